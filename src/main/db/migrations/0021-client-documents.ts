import type { Migration } from '../migrate';

/**
 * The register of documents Lantern made for a client (issue 11): every built-in PDF and filled
 * Word template that was saved, printed or kept, with who made it, for whom and in which
 * language, and — unless the person unticked "Keep a copy in Lantern" — the exact bytes given
 * out, inside the encrypted database, so the document handed to someone can be reproduced.
 *
 * Append-only: a registered document is what was issued, so nothing about it changes and nothing
 * is removed (triggers refuse UPDATE and DELETE). Each later save or print of the same document
 * is a row of `client_document_issues`, which is append-only too.
 */
export const migration0021: Migration = {
  version: 21,
  name: 'client-documents',
  up(db) {
    db.exec(`
      CREATE TABLE client_documents (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients(id),
        source TEXT NOT NULL CHECK (source IN ('built_in','template')),
        definition_id TEXT,
        template_id TEXT,
        template_version INTEGER,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        mime_type TEXT NOT NULL,
        byte_length INTEGER NOT NULL CHECK (byte_length >= 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        page_count INTEGER,
        language TEXT NOT NULL CHECK (language IN ('en','es')),
        recipient TEXT NOT NULL CHECK (recipient IN ('client','other')),
        part2 INTEGER NOT NULL CHECK (part2 IN (0,1)),
        stored_copy BLOB,
        created_by TEXT NOT NULL REFERENCES accounts(id),
        created_by_name TEXT NOT NULL,
        created_by_role TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK ((source = 'built_in' AND definition_id IS NOT NULL AND template_id IS NULL)
            OR (source = 'template' AND template_id IS NOT NULL AND template_version IS NOT NULL)),
        CHECK (stored_copy IS NULL OR length(stored_copy) = byte_length)
      ) STRICT;
      CREATE INDEX client_documents_by_client ON client_documents(client_id, created_at);
      CREATE TRIGGER client_documents_no_update BEFORE UPDATE ON client_documents
      BEGIN SELECT RAISE(ABORT, 'client_document_immutable: a registered document is never changed'); END;
      CREATE TRIGGER client_documents_no_delete BEFORE DELETE ON client_documents
      BEGIN SELECT RAISE(ABORT, 'client_document_immutable: a registered document is never removed'); END;

      CREATE TABLE client_document_issues (
        id TEXT PRIMARY KEY NOT NULL,
        document_id TEXT NOT NULL REFERENCES client_documents(id),
        how TEXT NOT NULL CHECK (how IN ('saved','printed','kept')),
        at TEXT NOT NULL,
        by_account TEXT NOT NULL REFERENCES accounts(id),
        by_name TEXT NOT NULL
      ) STRICT;
      CREATE INDEX client_document_issues_by_document ON client_document_issues(document_id, at);
      CREATE TRIGGER client_document_issues_no_update BEFORE UPDATE ON client_document_issues
      BEGIN SELECT RAISE(ABORT, 'client_document_immutable: how a document was issued is never changed'); END;
      CREATE TRIGGER client_document_issues_no_delete BEFORE DELETE ON client_document_issues
      BEGIN SELECT RAISE(ABORT, 'client_document_immutable: how a document was issued is never removed'); END;
    `);
  },
};
