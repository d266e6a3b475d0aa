/**
 * Documents (issue 11): how long Lantern takes to make and store them, and whether the window
 * keeps answering meanwhile. Not a test: it prints figures.
 *
 *   npm run bench:documents -- [--clients 300] [--reps 10] [--data-dir DIR]
 *
 * Seeds a synthetic clinic with every contact documented (scripts/seed-demo.ts, note density 1;
 * a --data-dir already seeded is reused), starts the core in its worker thread as the app does
 * (an encrypted database), signs in as the demo's busiest case manager and times, through the
 * real channels:
 *   - a progress-notes PDF for a year of the client with the most notes (≥ 20 pages where the
 *     clinic has them; the page count is printed),
 *   - a care-plan PDF,
 *   - filling a Word template of about five pages with loops (added by the demo administrator),
 *   - storing a 25 MB attachment in 256 KiB chunks and reading it back (SHA-256 compared),
 * while this thread's event-loop delay is recorded (perf_hooks monitorEventLoopDelay): the main
 * thread only forwards calls, so long work in the core must not show here.
 * Targets: 20-page PDF ≤ 1 s, template fill ≤ 300 ms, attachment round trip ≤ 1 s, lag ≤ 20 ms.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ATTACHMENT_CHUNK_BYTES } from '../src/shared/contracts/attachments';
import { TEMPLATE_LIMITS } from '../src/shared/contracts/document-templates';
import { dataFiles } from '../src/main/paths';
import { startWorkerCore } from '../src/main/worker/worker-core';
import { docxPackage, paragraph, table } from './lib/docx-package';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '300' },
    reps: { type: 'string', default: '10' },
    'data-dir': { type: 'string' },
  },
});
const clients = Number(values.clients);
const REPS = Number(values.reps);
if (!Number.isInteger(clients) || clients < 20) throw new Error('--clients N: a whole number ≥ 20');
if (!Number.isInteger(REPS) || REPS < 1) throw new Error('--reps N: a whole number ≥ 1');

// The demo clinic's accounts (scripts/seed-demo.ts); synthetic data only.
const ADMIN = { username: 'demo.admin', password: 'demo-harbor-lamp-2718' };
const STAFF_PASSWORD = 'demo-caseload-lamp-3141';
const SEED_LOG = 'bench-documents-seed.log';

const ownDir = values['data-dir'] === undefined;
const dataDir = resolve(values['data-dir'] ?? mkdtempSync(join(os.tmpdir(), 'lantern-bench-documents-')));

function seedIfNeeded(): string {
  const log = join(dataDir, SEED_LOG);
  if (!existsSync(dataFiles(dataDir).database)) {
    console.log(`Seeding ${clients} synthetic clients, every contact documented, in ${dataDir} …`);
    const start = performance.now();
    const output = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/seed-demo.ts',
        ...['--clients', String(clients), '--note-density', '1', '--data-dir', dataDir],
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    writeFileSync(log, output);
    console.log(`  seeded in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } else console.log(`Reusing the clinic in ${dataDir}`);
  const found = /case_manager\s+username: (\S+)/.exec(readFileSync(log, 'utf8'));
  if (!found?.[1]) throw new Error(`No case manager in ${log}: seed a new --data-dir`);
  return found[1];
}

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number)
    : NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;

type Core = ReturnType<typeof startWorkerCore>;

/** A call that must succeed; the bench stops with the refusal otherwise. */
async function must<T = unknown>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel} refused: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Times `run` REPS times (after one warm-up) with this thread's event-loop delay recorded throughout. */
async function timed(label: string, run: () => Promise<string | void>): Promise<void> {
  await run();
  const times: number[] = [];
  let note = '';
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  for (let i = 0; i < REPS; i++) {
    const start = performance.now();
    note = (await run()) ?? note;
    times.push(performance.now() - start);
  }
  lag.disable();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(40)} p50 ${ms(percentile(sorted, 50)).padStart(9)}  p95 ${ms(percentile(sorted, 95)).padStart(9)}` +
      `  max ${ms(sorted.at(-1) ?? NaN).padStart(9)}   main-thread lag p99 ${ms(lag.percentile(99) / 1e6)}` +
      ` max ${ms(lag.max / 1e6)}${note ? `   (${note})` : ''}`,
  );
}

/** About five pages: a letter's worth of fixed text around every kind of loop a template has. */
function fivePageTemplate(): Uint8Array {
  const filler = (n: number) =>
    paragraph(
      `Paragraph ${n}. This letter describes the services provided and the support arranged, ` +
        'in the words a clinic would use for a landlord, a benefits office or a court. '.repeat(4),
    );
  const body = [
    paragraph('{clinic.name} — {clinic.address} — {clinic.phone}'),
    paragraph('{today}'),
    paragraph('Re: {client.fullName}, born {client.birthDate}, client number {client.clientNumber}'),
    ...Array.from({ length: 25 }, (_, i) => filler(i + 1)),
    paragraph('{#plan.goals}'),
    paragraph('Goal: {statement} ({status})'),
    paragraph('{#objectives}Objective: {text}, by {targetDate}{/objectives}'),
    paragraph('{/plan.goals}'),
    table(
      [
        ['Provider', 'Role', 'Phone'],
        ['{#careTeam}{name}', '{role}', '{phone}{/careTeam}'],
      ],
      { header: true },
    ),
    paragraph('{#diagnoses}{code} {title}{#primary} (primary){/primary}{/diagnoses}'),
    paragraph('{#measures}{name}: {score} ({band}) on {date}{/measures}'),
    ...Array.from({ length: 25 }, (_, i) => filler(i + 26)),
    paragraph('{#notes}{date}, {contactType}, {author}: {text}{/notes}'),
    paragraph('{worker.name}, {worker.title}'),
  ].join('');
  return docxPackage(body);
}

function base64Chunks(bytes: Uint8Array, chars: number): string[] {
  const text = Buffer.from(bytes).toString('base64');
  const out: string[] = [];
  for (let at = 0; at < text.length; at += chars) out.push(text.slice(at, at + chars));
  return out;
}

/** 25 MB that are a PDF by their bytes: a header, one large stream, a trailer. */
function largePdf(size: number): Buffer {
  const head = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Length ' + String(size) + ' >>\nstream\n');
  const tail = Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  return Buffer.concat([head, randomBytes(size - head.length - tail.length), tail]);
}

const lastYear = (now: Date) => {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(now.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
};

async function main(): Promise<void> {
  const caseManager = seedIfNeeded();
  const core = startWorkerCore({
    dataDir,
    defaultBackupFolder: join(dataDir, 'bench-backups'),
    logError: (channel, report) => console.error(`[bench] ${channel} failed: ${JSON.stringify(report)}`),
  });
  await core.ready;
  try {
    const idle = monitorEventLoopDelay({ resolution: 5 });
    idle.enable();
    await new Promise((done) => setTimeout(done, 3000));
    idle.disable();
    console.log(
      `\nidle baseline (3 s): main-thread event-loop delay p99 ${ms(idle.percentile(99) / 1e6)} max ${ms(idle.max / 1e6)}`,
    );

    // The template, added once by the administrator.
    await must(core, 'auth:signIn', ADMIN);
    const template = await must<{ id: string }>(core, 'documentTemplates:add', {
      name: 'Bench letter (five pages)',
      fileName: 'bench-letter.docx',
      content: base64Chunks(fivePageTemplate(), TEMPLATE_LIMITS.chunkChars),
    });
    await must(core, 'auth:signOut', {});

    await must(core, 'auth:signIn', { username: caseManager, password: STAFF_PASSWORD });
    const { rows } = await must<{ rows: { id: string }[] }>(core, 'caseload:list', { limit: 40 });
    const range = lastYear(new Date());
    const notesOf = (clientId: string) => ({
      definition: 'progress_notes',
      clientId,
      recipient: 'other',
      language: 'en',
      ...range,
    });
    // The client whose year of notes makes the longest document.
    let busiest = { clientId: '', pages: 0 };
    for (const { id } of rows) {
      const preview = await core.invoke('documents:preview', notesOf(id));
      const pages = preview.ok ? ((preview.value as { pageCount: number | null }).pageCount ?? 0) : 0;
      if (pages > busiest.pages) busiest = { clientId: id, pages };
    }
    let planned = '';
    for (const { id } of rows) {
      const input = { definition: 'care_plan', clientId: id, recipient: 'client', language: 'en' };
      if ((await core.invoke('documents:preview', input)).ok) {
        planned = id;
        break;
      }
    }
    console.log(
      `\n${caseManager}'s caseload (${rows.length} clients read); ${REPS} repetitions each, after one warm-up:`,
    );
    await timed(`progress notes PDF (${busiest.pages} pages)`, async () => {
      const value = await must<{ pageCount: number; byteLength: number }>(
        core,
        'documents:preview',
        notesOf(busiest.clientId),
      );
      return `${value.pageCount} pages, ${(value.byteLength / 1024).toFixed(0)} KiB`;
    });
    if (planned) {
      await timed('care plan PDF', async () => {
        const value = await must<{ pageCount: number }>(core, 'documents:preview', {
          definition: 'care_plan',
          clientId: planned,
          recipient: 'client',
          language: 'en',
        });
        return `${value.pageCount} pages`;
      });
    } else console.log('  care plan PDF: no client of this caseload has a signed plan');
    await timed('Word template fill (five pages, loops)', async () => {
      const filled = await must<{ paragraphs: string[] }>(core, 'documentTemplates:fill', {
        templateId: template.id,
        clientId: planned || busiest.clientId,
        // The client's own copy: a demo client may have a Part 2 diagnosis, which a letter to
        // someone else may not carry (the fill would be refused, naming the field).
        recipient: 'client',
      });
      return `${filled.paragraphs.length} paragraphs`;
    });

    const bytes = largePdf(25 * 1024 * 1024);
    const digest = createHash('sha256').update(bytes).digest('hex');
    const attachmentTo = planned || busiest.clientId;
    await timed('attachment 25 MB, store + read back', async () => {
      const begun = await must<{ uploadId: string }>(core, 'attachments:begin', {
        clientId: attachmentTo,
        fileName: 'hospital-discharge.pdf',
        sizeBytes: bytes.length,
        details: { title: 'Hospital discharge papers', kind: 'hospital_papers', documentDate: range.to },
      });
      for (let index = 0, at = 0; at < bytes.length; index++, at += ATTACHMENT_CHUNK_BYTES) {
        const data = bytes.subarray(at, at + ATTACHMENT_CHUNK_BYTES).toString('base64');
        await must(core, 'attachments:chunk', { uploadId: begun.uploadId, index, data });
      }
      const stored = await must<{ id: string }>(core, 'attachments:finish', { uploadId: begun.uploadId });
      await must(core, 'attachments:open', { attachmentId: stored.id });
      const back = createHash('sha256');
      for (let index = 0; ; index++) {
        const piece = await must<{ data: string; chunkCount: number }>(core, 'attachments:read', {
          attachmentId: stored.id,
          index,
        });
        back.update(Buffer.from(piece.data, 'base64'));
        if (index + 1 >= piece.chunkCount) break;
      }
      if (back.digest('hex') !== digest)
        throw new Error('the attachment read back differs from what was stored');
      return 'same SHA-256';
    });
    await must(core, 'auth:signOut', {});
  } finally {
    await core.closeAndWait();
    if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
