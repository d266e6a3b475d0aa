/**
 * Timings of note search on ~200,000 index rows (issue: common words were slow across clients).
 * Not a test: run `npx tsx tests/integration/note-search/bench.ts [rows]`; it prints p50/p95 per
 * case and asserts nothing (timings depend on the machine and its load).
 *
 * The index rows are written straight into migration 0019's tables (signing 200,000 notes through
 * the primitive would take far longer than the searches), with the same keys the triggers give.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openClinicDatabase } from '../../../src/main/db/clinic-database';
import type { ListScope } from '../../../src/main/access/policy';
import { RELATED_CLIENTS_SQL } from '../../../src/main/access/repository';
import { entryKeySql } from '../../../src/main/db/migrations/0019-note-search';
import { searchNoteIndex } from '../../../src/main/note-search/repository';

const ROWS = Number(process.argv[2] ?? 200_000);
const NOTES_PER_CLIENT = 10;
const CLIENTS = Math.ceil(ROWS / NOTES_PER_CLIENT);
const CASELOAD = 50;

// A real encrypted file, as in the app (the tests' temp-dir helper needs vitest).
const dir = mkdtempSync(join(tmpdir(), 'lantern-search-bench-'));
const { db } = openClinicDatabase(join(dir, 'lantern.db'), randomBytes(32), {
  create: true,
  preMigrationDir: join(dir, 'pre-migration'),
});
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const day = (offset: number) =>
  new Date(Date.UTC(2015, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

const started = performance.now();
db.exec('BEGIN');
db.prepare(
  `INSERT INTO accounts (id, username, full_name, role, team_id, created_at, updated_at)
  VALUES ('cam', 'cam', 'Cam', 'case_manager', NULL, 'x', 'x')`,
).run();
const client =
  db.prepare(`INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name,
  birth_date, status, flag_part2_protected, created_at, updated_at) VALUES (?, ?, 'First', ?, ?, '1980-01-01', 'active', ?, 'x', 'x')`);
const assign = db.prepare(
  `INSERT INTO client_assignments (client_id, account_id, assigned_at) VALUES (?, 'cam', 'x')`,
);
for (let i = 0; i < CLIENTS; i++) {
  client.run(`c${i}`, `C-${i}`, `Last${i}`, `last${i}`, i % 97 === 0 ? 1 : 0);
  if (i % Math.floor(CLIENTS / CASELOAD) === 0) assign.run(`c${i}`);
}
const entry = db.prepare(`INSERT INTO note_search_entries (entry, source, source_id, record_id, client_id,
  contact_date, author_id, author_name, part2)
  VALUES (${entryKeySql('@date', '@seq')}, 'note', @source, @record, @client, @date, @author, 'Author', @part2)`);
const text = db.prepare('INSERT INTO note_search_text (rowid, body) VALUES (?, ?)');
const words = ['housing', 'shelter', 'medication', 'court', 'benefits', 'family', 'school', 'relapse'];
for (let seq = 1; seq <= ROWS; seq++) {
  // Written in random date order: a late entry is as likely as a timely one.
  const date = day(Math.floor(random() * 3650));
  const key = entry.run({
    date,
    seq,
    source: `v${seq}`,
    record: `r${seq}`,
    client: `c${seq % CLIENTS}`,
    author: `a${seq % 40}`,
    part2: seq % 50 === 0 ? 1 : 0,
  }).lastInsertRowid;
  const rare = seq % 1000 === 0 ? ' zeppelin' : '';
  text.run(
    key,
    `Met the client today about ${words[seq % words.length]} and ${words[(seq * 7) % words.length]}.${rare}`,
  );
}
db.prepare(`UPDATE note_search_seq SET next = ? WHERE id = 1`).run(ROWS + 1);
db.exec('COMMIT');
console.log(`built ${ROWS} rows for ${CLIENTS} clients in ${Math.round(performance.now() - started)} ms`);

const all: ListScope = { kind: 'all' };
const none: ListScope = { kind: 'none' };
const caseload: ListScope = {
  kind: 'related',
  sql: RELATED_CLIENTS_SQL,
  params: { scopeAccount: 'cam', scopeTeam: null, scopeNow: new Date().toISOString() },
};
const base = { clientIdsJson: null, from: null, to: null, authorId: null, limit: 50, offset: 0 };
const cases = {
  'supervisor, word in every note': { ...base, match: '"client"', clinical: all, part2: all },
  'supervisor, common word, Part 2 withheld': { ...base, match: '"housing"', clinical: all, part2: none },
  'supervisor, rare word': { ...base, match: '"zeppelin"', clinical: all, part2: all },
  'supervisor, common word, one year': {
    ...base,
    match: '"client"',
    clinical: all,
    part2: all,
    from: '2020-01-01',
    to: '2020-12-31',
  },
  'supervisor, common word, page 5': { ...base, match: '"client"', clinical: all, part2: all, offset: 200 },
  'case manager (50 clients), common word': {
    ...base,
    match: '"client"',
    clinical: caseload,
    part2: caseload,
  },
  'case manager (50 clients), rare word': {
    ...base,
    match: '"zeppelin"',
    clinical: caseload,
    part2: caseload,
  },
  'one client, common word': {
    ...base,
    match: '"client"',
    clinical: all,
    part2: all,
    clientIdsJson: '["c123"]',
  },
};
for (const [name, query] of Object.entries(cases)) {
  const times: number[] = [];
  let found = 0;
  for (let run = 0; run < 40; run++) {
    const t = performance.now();
    found = searchNoteIndex(db, query).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  console.log(
    `${name.padEnd(44)} p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms  (${found} rows)`,
  );
}
db.close();
rmSync(dir, { recursive: true, force: true });
