import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll } from 'vitest';
import type { DocumentRequestInput } from '../../../src/shared/domain/documents';
import { documentRequestSchema } from '../../../src/shared/domain/documents';
import { findAccountByUsername } from '../../../src/main/accounts/repository';
import { requestContext } from '../../../src/main/api/context';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import type { Db } from '../../../src/main/db/open';
import { renderBuiltInDocument } from '../../../src/main/documents/render';
import type { PreparedDocument } from '../../../src/main/documents/types';
import { dataFiles } from '../../../src/main/paths';
import { Keyring } from '../../../src/main/security/keyring';

/**
 * A data folder for a whole suite (tests/helpers/temp-dir removes its folders after each test;
 * these suites build one clinic in beforeAll and read it in every test). Remove it in afterAll.
 */
export function suiteDataDir(): { dataDir: string; remove: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-documents-'));
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/**
 * One clinic for a whole suite, built once by `build` in its own data folder, with a document
 * maker on its database; closed and removed after the suite. Read `suite.clinic`, `suite.maker`
 * inside the tests.
 */
export function documentSuite<C extends { core: { close(): void } }>(build: (dataDir: string) => Promise<C>) {
  const folder = suiteDataDir();
  const suite = {} as { clinic: C; maker: Awaited<ReturnType<typeof documentMaker>> };
  beforeAll(async () => {
    suite.clinic = await build(folder.dataDir);
    suite.maker = await documentMaker(folder.dataDir);
  }, 180_000);
  afterAll(() => {
    suite.maker?.close();
    suite.clinic?.core.close();
    folder.remove();
  });
  return suite;
}

/**
 * Makes documents the way the documents:preview channel does — `renderBuiltInDocument` with a
 * signed-in person's request context — on the clinic database a test filled through the channels.
 * The database is opened a second time with the key that person's own password unwraps (the
 * core's connection stays open; SQLite serves both).
 */
export async function documentMaker(dataDir: string) {
  const files = dataFiles(dataDir);
  const keyring = await Keyring.load(files.keyring);
  let connection: Db | null = null;
  // One connection for everyone: the first person's password opens it, each request is still
  // that request's person (their account, role and policy).
  const open = async (username: string, password: string) => {
    if (connection) return connection;
    const { databaseKey } = await keyring.unlockWithPassword(username, password);
    connection = openClinicDatabase(files.database, databaseKey, {
      preMigrationDir: files.preMigrationDir,
    }).db;
    return connection;
  };
  return {
    async make(
      who: { username: string; password: string },
      request: DocumentRequestInput,
    ): Promise<PreparedDocument> {
      const db = await open(who.username, who.password);
      const account = findAccountByUsername(db, who.username);
      if (!account) throw new Error(`no account ${who.username}`);
      const ctx = requestContext(db, account, { now: new Date(), emit: () => undefined });
      return renderBuiltInDocument(ctx, documentRequestSchema.parse(request));
    },
    /** The document and its text as a reader's PDF viewer extracts it. */
    async read(who: { username: string; password: string }, request: DocumentRequestInput) {
      const doc = await this.make(who, request);
      return { doc, ...(await pdfText(doc.bytes)) };
    },
    close() {
      connection?.close();
    },
  };
}

/** The text of every page, as a reader's PDF viewer extracts it (pdfjs in Node). */
export async function pdfText(
  bytes: Uint8Array,
): Promise<{ pages: string[]; all: string; info: Record<string, unknown> }> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
  }
  const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
  await task.destroy();
  return { pages, all: pages.join('\n'), info };
}

const RESULTS = join(process.cwd(), 'test-results', 'documents');

/** Page 1 as a PNG in test-results/documents/ (pdftoppm), for a person to look at; returns its size. */
export function firstPagePng(bytes: Uint8Array, name: string): { file: string; size: number } {
  mkdirSync(RESULTS, { recursive: true });
  const pdf = join(RESULTS, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    join(RESULTS, name),
  ]);
  const file = join(RESULTS, `${name}.png`);
  return { file, size: statSync(file).size };
}
