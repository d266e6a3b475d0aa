/**
 * The operations `npm run bench` times, each a function of a database context and a repetition
 * number (so every repetition asks something different: another client, another name, another
 * filter value). The same inputs are used on the encrypted and the plain database.
 */
import { listCaseload, quickSearch } from '../src/main/caseload/repository';
import { AccessPolicy } from '../src/main/access/policy';
import { findDuplicates } from '../src/main/clients/duplicates';
import { recordHistory } from '../src/main/clients/history';
import { readContacts } from '../src/main/care-team/repository';
import { readClient, updateClientRow } from '../src/main/clients/repository';
import { readDiagnoses } from '../src/main/diagnoses/repository';
import type { Db } from '../src/main/db/open';
import { typo } from '../src/main/demo/near-duplicates';
import { Random } from '../src/main/demo/random';
import type { SeedSummary } from '../src/main/demo/synthetic-clinic';
import type { CaseloadQuery } from '../src/shared/contracts/caseload';
import { caseloadQuerySchema } from '../src/shared/contracts/caseload';
import type { ClientFields } from '../src/shared/contracts/clients';
import { fieldsOfRecord } from '../src/shared/contracts/clients';
import { CLIENT_FLAGS, DEFAULT_PROGRAMS } from '../src/shared/domain/clients';

export interface BenchContext {
  db: Db;
  summary: SeedSummary;
  /** Client ids of the sampled clients, in sample order (ids differ between the two databases). */
  sampleIds: string[];
}

/** What the workload asks about: sampled clients, as the same values in both databases. */
export interface SampleClient {
  clientNumber: string;
  first: string;
  last: string;
  birthDate: string;
  phone: string | null;
}

export interface Operation {
  name: string;
  /** Untimed preparation for repetition `i`; returns the timed part. */
  prepare(ctx: BenchContext, i: number): () => unknown;
}

export function sampleClients(db: Db, size: number, count: number, seed: number): SampleClient[] {
  const rand = new Random(seed);
  const numbers = Array.from({ length: count }, () => `C-${String(rand.int(1, size)).padStart(6, '0')}`);
  const row = db.prepare(
    'SELECT legal_first_name, legal_last_name, birth_date, phones FROM clients WHERE client_number = ?',
  );
  return numbers.map((clientNumber) => {
    const r = row.get(clientNumber) as {
      legal_first_name: string;
      legal_last_name: string;
      birth_date: string;
      phones: string;
    };
    const phones = JSON.parse(r.phones) as { number: string }[];
    return {
      clientNumber,
      first: r.legal_first_name,
      last: r.legal_last_name,
      birthDate: r.birth_date,
      phone: phones[0]?.number ?? null,
    };
  });
}

export function idsOf(db: Db, samples: readonly SampleClient[]): string[] {
  const id = db.prepare('SELECT id FROM clients WHERE client_number = ?').pluck();
  return samples.map((s) => id.get(s.clientNumber) as string);
}

const query = (q: CaseloadQuery) => caseloadQuerySchema.parse(q);
// The policy the service would build for this person (one per request, as in the app).
const busyWorker = (ctx: BenchContext): AccessPolicy =>
  new AccessPolicy(
    ctx.db,
    { id: ctx.summary.busiestCaseManagerId, role: 'case_manager', fullName: 'Busiest case manager' },
    new Date(),
  );
const supervisor = (ctx: BenchContext): AccessPolicy =>
  new AccessPolicy(
    ctx.db,
    {
      id: ctx.summary.staff.find((s) => s.role === 'supervisor')?.id ?? '',
      role: 'supervisor',
      fullName: 'Supervisor',
    },
    new Date(),
  );
const at = <T>(list: readonly T[], i: number) => list[i % list.length] as T;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
/** Two neighbouring letters swapped in the middle of the word ("Brambelworth"). */
const swapTwo = (word: string) => {
  const k = Math.max(1, Math.floor(word.length / 2) - 1);
  return word.slice(0, k) + (word[k + 1] ?? '') + (word[k] ?? '') + word.slice(k + 2);
};
const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

function caseloadOp(
  name: string,
  viewer: (ctx: BenchContext) => AccessPolicy,
  build: (ctx: BenchContext, i: number) => CaseloadQuery,
): Operation {
  return {
    name,
    prepare: (ctx, i) => {
      const q = query(build(ctx, i));
      const v = viewer(ctx);
      return () => listCaseload(ctx.db, q, v);
    },
  };
}

const SORTS = [
  ['name', 'asc'],
  ['clientNumber', 'asc'],
  ['birthDate', 'asc'],
  ['status', 'asc'],
  ['riskLevel', 'desc'],
  ['lastContactAt', 'asc'],
] as const;

export function operations(samples: readonly SampleClient[]): Operation[] {
  const sample = (i: number) => at(samples, i);
  const search = (name: string, text: (s: SampleClient, i: number) => string): Operation => ({
    name,
    prepare: (ctx, i) => {
      const typed = text(sample(i), i);
      const viewer = busyWorker(ctx);
      return () => quickSearch(ctx.db, typed, 10, viewer);
    },
  });
  const caseManagers = (ctx: BenchContext) =>
    ctx.summary.staff.filter((s) => s.role === 'case_manager').map((s) => s.id);
  return [
    caseloadOp('caseload page: mine + active, by name', busyWorker, () => ({
      filter: { mine: true, statuses: ['active'] },
      sort: { column: 'name', direction: 'asc' },
      limit: 100,
    })),
    caseloadOp('filter: mine', busyWorker, () => ({ filter: { mine: true }, limit: 100 })),
    caseloadOp('filter: caseManagerId', supervisor, (ctx, i) => ({
      filter: { caseManagerId: at(caseManagers(ctx), i) },
      limit: 100,
    })),
    caseloadOp('filter: program', supervisor, (_, i) => ({
      filter: { program: at(DEFAULT_PROGRAMS, i) },
      limit: 100,
    })),
    caseloadOp('filter: statuses', supervisor, (_, i) => ({
      filter: {
        statuses: at([['active'], ['waitlist', 'referred'], ['on_hold'], ['discharged']] as const, i).slice(),
      },
      limit: 100,
    })),
    caseloadOp('filter: riskLevels', supervisor, (_, i) => ({
      filter: { riskLevels: at([['high'], ['moderate', 'high']] as const, i).slice() },
      limit: 100,
    })),
    caseloadOp('filter: flags', supervisor, (_, i) => ({
      filter: { flags: [at(CLIENT_FLAGS, i)] },
      limit: 100,
    })),
    caseloadOp('filter: noContactSince', supervisor, (_, i) => ({
      filter: { noContactSince: daysAgo(at([30, 90, 180], i)) },
      limit: 100,
    })),
    ...SORTS.map(([column, direction]) =>
      caseloadOp(`sort: ${column} ${direction}`, supervisor, () => ({
        sort: { column, direction },
        limit: 100,
      })),
    ),
    search('search: name prefix (2 letters)', (s) => s.last.slice(0, 2)),
    search('search: name prefix (4 letters)', (s) => s.last.slice(0, 4)),
    search('search: full name', (s) => `${s.first} ${s.last}`),
    search('search: misspelled name', (s) => `${s.first} ${swapTwo(s.last)}`),
    search('search: birth date', (s) => usDate(s.birthDate)),
    search('search: client ID', (s) => s.clientNumber),
    search(
      'search: phone digits',
      (s, i) =>
        s.phone ??
        at(
          samples.filter((x) => x.phone),
          i,
        ).phone ??
        '',
    ),
    {
      name: 'open client file',
      prepare: (ctx, i) => {
        const id = at(ctx.sampleIds, i);
        return () => openClientFile(ctx.db, id);
      },
    },
    {
      name: 'save client edit',
      prepare: (ctx, i) => {
        const id = at(ctx.sampleIds, i);
        const { fields, pronouns } = editedFields(ctx.db, id);
        const by = supervisor(ctx).accountId;
        const now = new Date().toISOString();
        return () =>
          ctx.db.transaction(() => {
            updateClientRow(ctx.db, id, fields, by, now);
            recordHistory(
              ctx.db,
              {
                clientId: id,
                entity: 'client',
                entityId: id,
                entityLabel: `${fields.legalFirstName} ${fields.legalLastName}`,
                actorId: by,
                actorName: 'Bench',
                at: now,
              },
              [{ field: 'pronouns', from: pronouns, to: fields.pronouns || null }],
            );
          })();
      },
    },
    {
      name: 'duplicate check',
      prepare: (ctx, i) => {
        const s = sample(i);
        const rand = new Random(i);
        const person = { legalFirstName: typo(rand, s.first), legalLastName: s.last, birthDate: s.birthDate };
        return () => findDuplicates(ctx.db, person);
      },
    },
  ];
}

/** What opening a client file reads: the record, its contacts and its diagnoses (their repositories). */
function openClientFile(db: Db, id: string) {
  return {
    client: readClient(db, id),
    contacts: readContacts(db, id),
    diagnoses: readDiagnoses(db, id),
  };
}

/** The client's current form values with one field changed, as the edit form would send them. */
function editedFields(db: Db, id: string): { fields: ClientFields; pronouns: string | null } {
  const record = readClient(db, id);
  if (!record) throw new Error(`bench: client ${id} is missing`);
  const fields = fieldsOfRecord(record);
  return {
    fields: { ...fields, pronouns: fields.pronouns === 'they/them' ? '' : 'they/them' },
    pronouns: fields.pronouns || null,
  };
}
