/**
 * Caseload, quick search, client-file and clinical (care plan, measures) timings on synthetic
 * clinics, encrypted and not.
 *
 *   npm run bench -- [--sizes 1000,10000,100000] [--seed 1] [--cache-mib N] [--no-statistics]
 *                    [--no-clinical] [--encrypt-copy] [--note-density D] [--no-documents]
 *
 * For each size, the same synthetic clinic (same seed) is built twice in a temp folder: once as
 * Lantern stores it (SQLCipher, random key) and once as a plain SQLite file, both with the live
 * pragmas and the real migrations. Every operation then runs on both in the same process, with a
 * warm-up and then many repetitions (fewer for slow operations), each asking something different.
 * Prints p50/p95 in milliseconds and writes bench-results/caseload-<timestamp>.json.
 * Both databases are tuned as Lantern tunes its own (64 MiB page cache, query statistics refreshed
 * when opened). The clinics carry a clinical history (src/main/demo/clinical-history.ts) unless
 * `--no-clinical`; `--encrypt-copy` seeds the plain clinic only and times an encrypted copy of it
 * (the same rows; half the build time at 100,000 clients). Experiments: `--cache-mib N`
 * overrides the page cache on both connections; `--no-statistics` skips the statistics, to see
 * what the planner does without them. The clinical history includes progress notes
 * (src/main/demo/note-history.ts) at `--note-density D` (default 0.1: a tenth of the
 * weekly-to-monthly contacts documented, so 100,000 clients seed in reasonable time; 1 = all).
 * Then the documents bench (scripts/bench-documents.ts: PDFs, a Word template, a 25 MB
 * attachment, the main thread's event-loop delay), unless `--no-documents`.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { insertAccount } from '../src/main/accounts/repository';
import type { BackupFigures } from './bench-backup';
import { measureBackups } from './bench-backup';
import { migrate } from '../src/main/db/migrate';
import { MIGRATIONS } from '../src/main/db/migrations';
import type { Db } from '../src/main/db/open';
import { applyLivePragmas, keyPragma, openEncrypted, refreshQueryStatistics } from '../src/main/db/open';
import type { SeedSummary } from '../src/main/demo/synthetic-clinic';
import { seedClinic } from '../src/main/demo/synthetic-clinic';
import { newId } from '../src/main/ids';
import { loadShippedInstruments } from '../src/main/measures/catalogue';
import { loadShippedNoteFormats } from '../src/main/note-formats/formats';
import type { NoteBenchContext } from './bench-notes';
import { noteOperations, sampleClientsWithNotes } from './bench-notes';
import { clinicalOperations, sampleClientsWithPlans } from './bench-clinical';
import type { Operation } from './bench-workload';
import { idsOf, operations, sampleClients } from './bench-workload';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    seed: { type: 'string', default: '1' },
    'cache-mib': { type: 'string' },
    'no-statistics': { type: 'boolean', default: false },
    warmup: { type: 'string', default: '20' },
    reps: { type: 'string', default: '200' },
    'no-clinical': { type: 'boolean', default: false },
    'encrypt-copy': { type: 'boolean', default: false },
    'note-density': { type: 'string', default: '0.1' },
    'no-documents': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 100))
  throw new Error('--sizes takes whole numbers ≥ 100, e.g. 1000,10000');
const seed = Number(values.seed);
const cacheMib = values['cache-mib'] ? Number(values['cache-mib']) : null;
const WARMUP = Number(values.warmup);
const MAX_REPS = Number(values.reps);
const MIN_REPS = 30;
/** The shipped instrument files, read once (as the app reads them on first use). */
const instruments = loadShippedInstruments(join('resources', 'instruments'));
const shipped = () => instruments;
const withClinical = !values['no-clinical'];
const noteDensity = Number(values['note-density']);
if (!(noteDensity > 0 && noteDensity <= 1))
  throw new Error('--note-density takes a number above 0, at most 1');
/** The shipped note formats, read once (as the app reads them on first use). */
const noteFormats = loadShippedNoteFormats(join('resources', 'note-formats'));
const formats = () => noteFormats;
/** Slow operations get fewer repetitions: about this much time per operation and database. */
const BUDGET_MS = 4000;

type Kind = 'encrypted' | 'plain';
interface Figures {
  p50: number;
  p95: number;
  reps: number;
}
interface Row {
  operation: string;
  size: number;
  encrypted: Figures;
  plain: Figures;
  ratioP50: number;
}

const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const percentile = (sorted: readonly number[], q: number) =>
  sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;

const idOfNumber = (db: Db, clientNumber: string) =>
  db.prepare('SELECT id FROM clients WHERE client_number = ?').pluck().get(clientNumber) as string;

const encryptionKeys = new WeakMap<Db, string>();

function openBenchDatabase(dir: string, kind: Kind): Db {
  const file = join(dir, `${kind}.db`);
  const keyHex = randomBytes(32).toString('hex');
  const db = kind === 'encrypted' ? openEncrypted(file, keyHex, { create: true }) : new Database(file);
  if (kind === 'encrypted') encryptionKeys.set(db, keyHex);
  applyLivePragmas(db);
  if (cacheMib) db.pragma(`cache_size = -${cacheMib * 1024}`);
  migrate(db, MIGRATIONS, { preMigrationDir: join(dir, `pre-migration-${kind}`) });
  const at = new Date().toISOString();
  insertAccount(
    db,
    {
      id: newId(),
      username: 'admin',
      fullName: 'Bench Administrator',
      role: 'administrator',
      mustChangePassword: false,
    },
    null,
    at,
  );
  return db;
}

function build(dir: string, kind: Kind, size: number): { db: Db; summary: SeedSummary; seconds: number } {
  const db = openBenchDatabase(dir, kind);
  const started = process.hrtime.bigint();
  let lastPrint = 0;
  let lastClinical = 0;
  const summary = seedClinic(db, {
    clients: size,
    seed,
    ...(withClinical
      ? {
          clinical: {
            shipped,
            notes: {
              formats,
              density: noteDensity,
              onProgress: (done: number, total: number) => {
                if (done === total || done % 2_000 < 40)
                  process.stdout.write(
                    `  ${kind.padEnd(9)} notes ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} clients (${(elapsedMs(started) / 1000).toFixed(1)} s)\n`,
                  );
              },
            },
            onProgress: (done: number, total: number) => {
              if (done === total || done - lastClinical >= 10_000) {
                lastClinical = done;
                process.stdout.write(
                  `  ${kind.padEnd(9)} clinical history ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} active clients (${(elapsedMs(started) / 1000).toFixed(1)} s)\n`,
                );
              }
            },
          },
        }
      : {}),
    onProgress: (done, total) => {
      if (done === total || done - lastPrint >= 20_000) {
        lastPrint = done;
        process.stdout.write(
          `  ${kind.padEnd(9)} ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} clients (${(elapsedMs(started) / 1000).toFixed(1)} s)\n`,
        );
      }
    },
  });
  if (!values['no-statistics']) refreshQueryStatistics(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { db, summary, seconds: elapsedMs(started) / 1000 };
}

/**
 * The encrypted clinic as an encrypted copy of the plain one (`--encrypt-copy`): the same rows,
 * ids and statistics, written once. The copy is re-encrypted as key rotation does it (a VACUUM
 * INTO copy, rekeyed in rollback-journal mode) and then opened exactly as Lantern opens its file.
 * Halves the build time of the 100,000-client clinic; the seeding time is then the plain one's.
 */
function encryptedCopy(
  dir: string,
  plain: { db: Db; summary: SeedSummary },
): { db: Db; summary: SeedSummary; seconds: number } {
  const started = process.hrtime.bigint();
  const file = join(dir, 'encrypted.db');
  plain.db.prepare('VACUUM INTO ?').run(file);
  const copy = new Database(file);
  copy.pragma('journal_mode = DELETE');
  copy.pragma(`cipher='sqlcipher'`);
  copy.pragma('legacy=4');
  const keyHex = randomBytes(32).toString('hex');
  copy.pragma(keyPragma('rekey', keyHex));
  copy.close();
  const db = openEncrypted(file, keyHex);
  encryptionKeys.set(db, keyHex);
  applyLivePragmas(db);
  if (cacheMib) db.pragma(`cache_size = -${cacheMib * 1024}`);
  if (!values['no-statistics']) refreshQueryStatistics(db);
  return { db, summary: plain.summary, seconds: elapsedMs(started) / 1000 };
}

function run(op: Operation, ctx: NoteBenchContext, reps: number, offset: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const timed = op.prepare(ctx, offset + i);
    const start = process.hrtime.bigint();
    timed();
    times.push(elapsedMs(start));
  }
  return times;
}

/** Warm-up on both, then the measured repetitions on both (same inputs, same count). */
function measure(
  op: Operation,
  enc: NoteBenchContext,
  plain: NoteBenchContext,
): { encrypted: Figures; plain: Figures } {
  // Warm-up is cut short (at least 3 runs) once it has taken 2 s: slow operations need less.
  const warm = run(op, enc, Math.min(3, WARMUP), 0);
  while (warm.length < WARMUP && warm.reduce((a, b) => a + b, 0) < 2000)
    warm.push(...run(op, enc, 1, warm.length));
  run(op, plain, warm.length, 0);
  const mean = warm.reduce((a, b) => a + b, 0) / Math.max(1, warm.length);
  const reps = Math.max(MIN_REPS, Math.min(MAX_REPS, Math.floor(BUDGET_MS / Math.max(mean, 0.001))));
  const figures = (times: number[]): Figures => {
    const sorted = [...times].sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), reps };
  };
  return {
    encrypted: figures(run(op, enc, reps, warm.length)),
    plain: figures(run(op, plain, reps, warm.length)),
  };
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
function printTable(rows: readonly Row[]): void {
  const header = ['operation', 'size', 'enc p50', 'enc p95', 'plain p50', 'plain p95', 'enc/plain'];
  const lines = rows.map((r) => [
    r.operation,
    r.size.toLocaleString('en-US'),
    ms(r.encrypted.p50),
    ms(r.encrypted.p95),
    ms(r.plain.p50),
    ms(r.plain.p95),
    r.ratioP50.toFixed(2),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => (l[c] ?? '').length)));
  const fmt = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(fmt(line));
}

const root = mkdtempSync(join(os.tmpdir(), 'lantern-bench-'));
const sqlite = new Database(':memory:');
const environment = {
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  sqlite: sqlite.prepare('SELECT sqlite_version()').pluck().get() as string,
  cipher: sqlite.prepare('SELECT sqlite3mc_version()').pluck().get() as string,
  pragmas: 'applyLivePragmas (WAL, synchronous=FULL, foreign_keys, temp_store=MEMORY, secure_delete)',
  cacheMib,
  statistics: !values['no-statistics'],
  seed,
  noteDensity,
  warmup: WARMUP,
  maxReps: MAX_REPS,
};
sqlite.close();
console.log(
  `Lantern caseload bench — ${environment.cpu}, Node ${environment.node}, ${environment.sqlite} (${environment.cipher})`,
);
console.log(
  `Temp folder: ${root}${cacheMib ? `; page cache ${cacheMib} MiB` : "; Lantern's page cache (64 MiB)"}${values['no-statistics'] ? '; no query statistics' : ''}\n`,
);

const rows: Row[] = [];
const backupFigures: BackupFigures[] = [];
const seeding: {
  size: number;
  encryptedSeconds: number;
  /** The encrypted clinic was an encrypted copy of the plain one (encryptedSeconds: the copy). */
  encryptedIsCopy: boolean;
  plainSeconds: number;
  encryptedMiB: number;
  plainMiB: number;
  notes: SeedSummary['notes'];
}[] = [];
try {
  for (const size of sizes) {
    console.log(`Building two clinics of ${size.toLocaleString('en-US')} clients (seed ${seed}) …`);
    const dir = join(root, String(size));
    mkdirSync(dir);
    const copied = values['encrypt-copy'];
    let enc: ReturnType<typeof build>;
    let plain: ReturnType<typeof build>;
    if (copied) {
      plain = build(dir, 'plain', size);
      enc = encryptedCopy(dir, plain);
    } else {
      enc = build(dir, 'encrypted', size);
      plain = build(dir, 'plain', size);
    }
    const mib = (kind: Kind) => statSync(join(dir, `${kind}.db`)).size / 2 ** 20;
    seeding.push({
      size,
      encryptedSeconds: enc.seconds,
      encryptedIsCopy: copied,
      plainSeconds: plain.seconds,
      encryptedMiB: mib('encrypted'),
      plainMiB: mib('plain'),
      notes: plain.summary.notes,
    });
    if (plain.summary.notes) {
      const n = plain.summary.notes;
      console.log(
        `  notes (density ${noteDensity}): ${n.signed.toLocaleString('en-US')} signed for ${n.clients.toLocaleString('en-US')} clients (${n.late} late, ${n.unreached} attempted/no-show), ${n.addenda} addenda, ${n.cosigned} co-signed, ${n.awaitingCosign} awaiting, ${n.returned} returned, ${n.enteredInError} in error, ${n.drafts} open drafts`,
      );
    }
    console.log(
      `  ${copied ? `plain seeded, then copied and encrypted in` : 'seeded in'} ${enc.seconds.toFixed(1)} s encrypted (${mib('encrypted').toFixed(0)} MiB), ${plain.seconds.toFixed(1)} s plain (${mib('plain').toFixed(0)} MiB)\n`,
    );

    const samples = sampleClients(plain.db, size, 200, seed + size);
    const planSamples = withClinical ? sampleClientsWithPlans(plain.db, 200, seed + size) : [];
    const noteSamples = withClinical ? sampleClientsWithNotes(plain.db, 200, seed + size) : [];
    const ctx = (x: typeof enc): NoteBenchContext => ({
      db: x.db,
      summary: x.summary,
      sampleIds: idsOf(x.db, samples),
      planClientIds: planSamples.map((n) => idOfNumber(x.db, n)),
      shipped,
      noteClientIds: noteSamples.map((n) => idOfNumber(x.db, n)),
      formats,
    });
    const encCtx = ctx(enc);
    const plainCtx = ctx(plain);
    const sizeRows: Row[] = [];
    for (const op of [
      ...operations(samples),
      ...(withClinical ? [...clinicalOperations(), ...noteOperations()] : []),
    ]) {
      const result = measure(op, encCtx, plainCtx);
      const row = { operation: op.name, size, ...result, ratioP50: result.encrypted.p50 / result.plain.p50 };
      sizeRows.push(row);
      process.stdout.write(
        `  ${op.name.padEnd(40)} enc ${ms(row.encrypted.p50)}/${ms(row.encrypted.p95)}  plain ${ms(row.plain.p50)}/${ms(row.plain.p95)} ms (${row.encrypted.reps} reps)\n`,
      );
    }
    rows.push(...sizeRows);
    if (size >= 10_000) {
      const figures = await measureBackups(enc.db, encryptionKeys.get(enc.db) as string, dir, size);
      backupFigures.push(figures);
      console.log(
        `  backup + verify ${figures.backupSeconds.toFixed(2)} s (${figures.databaseMiB.toFixed(0)} MiB, ${figures.backupMiBPerSecond.toFixed(0)} MiB/s); check a backup ${figures.verifySeconds.toFixed(2)} s; restore copy ${figures.restoreSeconds.toFixed(2)} s`,
      );
    }
    enc.db.close();
    plain.db.close();
    rmSync(dir, { recursive: true, force: true });
    console.log('');
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

console.log('Seeding (the same synthetic clinic written twice):');
for (const s of seeding) {
  console.log(
    `  ${s.size.toLocaleString('en-US').padStart(7)} clients: encrypted ${s.encryptedIsCopy ? 'copy ' : ''}${s.encryptedSeconds.toFixed(1)} s (${s.encryptedMiB.toFixed(0)} MiB), plain ${s.plainSeconds.toFixed(1)} s (${s.plainMiB.toFixed(0)} MiB)`,
  );
}
console.log('\nTimings in ms (p50/p95 over the repetitions; enc/plain is the ratio of the p50s):\n');
printTable(rows);
if (backupFigures.length) {
  console.log('\nBackups of the encrypted clinic (median of 3):\n');
  for (const f of backupFigures) {
    console.log(
      `  ${f.size.toLocaleString('en-US').padStart(7)} clients, ${f.databaseMiB.toFixed(0)} MiB: backup + verify ${f.backupSeconds.toFixed(2)} s (${f.backupMiBPerSecond.toFixed(0)} MiB/s), check a backup ${f.verifySeconds.toFixed(2)} s, restore copy ${f.restoreSeconds.toFixed(2)} s`,
    );
  }
}

mkdirSync('bench-results', { recursive: true });
const out = join('bench-results', `caseload-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  out,
  `${JSON.stringify({ environment, seeding, results: rows, backups: backupFigures }, null, 2)}\n`,
);
console.log(`\nWrote ${out}`);

// Documents (PDFs, a Word template, a 25 MB attachment) on a clinic of their own, through the core
// in its worker as the app runs it: scripts/bench-documents.ts (also `npm run bench:documents`).
if (!values['no-documents']) {
  console.log('\nDocuments:');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-documents.ts'], { stdio: 'inherit' });
}
