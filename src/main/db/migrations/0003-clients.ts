import type { Migration } from '../migrate';

/**
 * The client file and the caseload. Designed for 100,000 clients with years of history:
 * every caseload filter and sort has an index, quick search uses an FTS5 trigram index inside the
 * encrypted database (never a scan), and history, merges and access grants are append-only.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'clients',
  up(db) {
    db.exec(`
      CREATE TABLE clients (
        id TEXT PRIMARY KEY NOT NULL,
        client_number TEXT NOT NULL COLLATE NOCASE UNIQUE,
        legal_first_name TEXT NOT NULL,
        legal_last_name TEXT NOT NULL,
        preferred_name TEXT NOT NULL DEFAULT '',
        -- "last, first" folded to lower case: the caseload's default sort.
        sort_name TEXT NOT NULL,
        pronouns TEXT NOT NULL DEFAULT '',
        birth_date TEXT NOT NULL,
        sex_at_birth TEXT NOT NULL DEFAULT 'unknown',
        gender_identity TEXT NOT NULL DEFAULT '',
        preferred_language TEXT NOT NULL DEFAULT 'English',
        interpreter_needed INTEGER NOT NULL DEFAULT 0,
        phones TEXT NOT NULL DEFAULT '[]',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '{}',
        living_situation TEXT NOT NULL DEFAULT 'unknown',
        insurance TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL CHECK (status IN ('referred','waitlist','active','on_hold','discharged')),
        risk_level TEXT NOT NULL DEFAULT 'unknown' CHECK (risk_level IN ('unknown','low','moderate','high')),
        risk_rank INTEGER NOT NULL DEFAULT 0,
        flag_safety_concern INTEGER NOT NULL DEFAULT 0,
        flag_financial_concern INTEGER NOT NULL DEFAULT 0,
        flag_legal_involvement INTEGER NOT NULL DEFAULT 0,
        flag_part2_protected INTEGER NOT NULL DEFAULT 0,
        flag_household_unaware INTEGER NOT NULL DEFAULT 0,
        last_contact_at TEXT,
        record_status TEXT NOT NULL DEFAULT 'active' CHECK (record_status IN ('active','merged')),
        merged_into_id TEXT REFERENCES clients(id),
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES accounts(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT REFERENCES accounts(id)
      ) STRICT;
      CREATE INDEX clients_by_name ON clients(record_status, sort_name, id);
      CREATE INDEX clients_by_status ON clients(record_status, status, sort_name);
      CREATE INDEX clients_by_risk ON clients(record_status, risk_rank, sort_name);
      CREATE INDEX clients_by_birth_date ON clients(birth_date);
      CREATE INDEX clients_by_last_contact ON clients(record_status, last_contact_at);
      CREATE TRIGGER clients_no_delete BEFORE DELETE ON clients
      BEGIN SELECT RAISE(ABORT, 'clients are never deleted; discharge or merge instead'); END;

      CREATE TABLE client_enrollments (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients(id),
        program TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('referred','waitlist','active','on_hold','discharged')),
        start_date TEXT,
        end_date TEXT,
        position INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT REFERENCES accounts(id)
      ) STRICT;
      CREATE INDEX client_enrollments_by_client ON client_enrollments(client_id);
      CREATE INDEX client_enrollments_by_program ON client_enrollments(program, client_id);

      CREATE TABLE client_assignments (
        client_id TEXT NOT NULL REFERENCES clients(id),
        account_id TEXT NOT NULL REFERENCES accounts(id),
        assigned_at TEXT NOT NULL,
        assigned_by TEXT REFERENCES accounts(id),
        PRIMARY KEY (client_id, account_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX client_assignments_by_worker ON client_assignments(account_id, client_id);

      CREATE TABLE client_contacts (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients(id),
        kind TEXT NOT NULL,
        care_role TEXT,
        name TEXT NOT NULL,
        relationship TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        may_contact INTEGER NOT NULL DEFAULT 0,
        consent_date TEXT,
        notes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','removed')),
        removed_reason TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES accounts(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT REFERENCES accounts(id)
      ) STRICT;
      CREATE INDEX client_contacts_by_client ON client_contacts(client_id, status);
      CREATE TRIGGER client_contacts_no_delete BEFORE DELETE ON client_contacts
      BEGIN SELECT RAISE(ABORT, 'contacts are removed by status, never deleted'); END;

      CREATE TABLE client_diagnoses (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients(id),
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        is_primary INTEGER NOT NULL DEFAULT 0,
        onset_date TEXT,
        resolved_date TEXT,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','entered_in_error')),
        removed_reason TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES accounts(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT REFERENCES accounts(id)
      ) STRICT;
      CREATE INDEX client_diagnoses_by_client ON client_diagnoses(client_id, status);
      CREATE TRIGGER client_diagnoses_no_delete BEFORE DELETE ON client_diagnoses
      BEGIN SELECT RAISE(ABORT, 'diagnoses are marked entered-in-error, never deleted'); END;

      -- Who changed what, from what to what, and when. Append-only.
      CREATE TABLE client_history (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients(id),
        at TEXT NOT NULL,
        actor_id TEXT REFERENCES accounts(id),
        actor_name TEXT,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        entity_label TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT
      ) STRICT;
      CREATE INDEX client_history_by_client ON client_history(client_id, at);
      CREATE TRIGGER client_history_no_update BEFORE UPDATE ON client_history
      BEGIN SELECT RAISE(ABORT, 'client history is append-only'); END;
      CREATE TRIGGER client_history_no_delete BEFORE DELETE ON client_history
      BEGIN SELECT RAISE(ABORT, 'client history is append-only'); END;

      -- "Break the glass": access outside one's caseload, with a reason. Append-only.
      CREATE TABLE client_access_grants (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients(id),
        account_id TEXT NOT NULL REFERENCES accounts(id),
        reason TEXT NOT NULL,
        granted_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX client_access_grants_lookup ON client_access_grants(account_id, client_id, expires_at);
      CREATE INDEX client_access_grants_recent ON client_access_grants(granted_at);
      CREATE TRIGGER client_access_grants_no_update BEFORE UPDATE ON client_access_grants
      BEGIN SELECT RAISE(ABORT, 'access grants are append-only'); END;
      CREATE TRIGGER client_access_grants_no_delete BEFORE DELETE ON client_access_grants
      BEGIN SELECT RAISE(ABORT, 'access grants are append-only'); END;

      CREATE TABLE client_merges (
        id TEXT PRIMARY KEY NOT NULL,
        survivor_id TEXT NOT NULL REFERENCES clients(id),
        merged_id TEXT NOT NULL REFERENCES clients(id),
        reason TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        merged_at TEXT NOT NULL,
        merged_by TEXT REFERENCES accounts(id),
        merged_by_name TEXT
      ) STRICT;
      CREATE TRIGGER client_merges_no_update BEFORE UPDATE ON client_merges
      BEGIN SELECT RAISE(ABORT, 'merge records are append-only'); END;
      CREATE TRIGGER client_merges_no_delete BEFORE DELETE ON client_merges
      BEGIN SELECT RAISE(ABORT, 'merge records are append-only'); END;

      CREATE TABLE saved_views (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        name TEXT NOT NULL,
        definition TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (account_id, name)
      ) STRICT;

      -- Quick search: trigram index over names, client number, birth date and phone digits.
      CREATE VIRTUAL TABLE client_search USING fts5(
        client_id UNINDEXED,
        names,
        identifiers,
        tokenize = 'trigram remove_diacritics 1'
      );
    `);
  },
};
