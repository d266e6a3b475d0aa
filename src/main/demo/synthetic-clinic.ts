import type { Role } from '../../shared/domain/roles';
import { insertAccount } from '../accounts/repository';
import type { Db } from '../db/open';
import { newId } from '../ids';
import { readSetting, writeSetting } from '../settings/repository';
import type { GeneratedClient, Identity, StaffPool } from './client-generator';
import { generateClient } from './client-generator';
import { firstName, lastName } from './name-lists';
import type { NearDuplicateKind } from './near-duplicates';
import { nearDuplicateOf } from './near-duplicates';
import { Random } from './random';
import { findAccountById, firstActiveAdministrator, usernameTaken } from '../accounts/repository';
import type { ShippedInstruments } from '../measures/catalogue';
import type { ClinicalSummary } from './clinical-history';
import { seedClinicalHistory } from './clinical-history';
import type { NoteHistoryOptions, NoteHistorySummary } from './note-history';
import { seedNoteHistory } from './note-history';
import { clientWriter } from './repository';

/**
 * Fills a clinic database with a synthetic clinic for demos and benchmarks: staff and N clients
 * with obviously fake names (see name-lists.ts) and realistic spreads of status, programs,
 * caseloads, risk, flags, contacts, diagnoses and last contacts, plus about 1.5% planted
 * near-duplicate registrations for duplicate detection to find. The same seed gives the same
 * people in the same order (only the UUIDs differ between runs).
 *
 * Deliberate omissions:
 * - No audit entries. The audit trail records what people did to real clients; seeding is not
 *   an act by a staff member, and fake "client.created" entries would only bury that trail. The
 *   seed script refuses to run on a clinic that already has clients (unless forced) instead.
 * - The clinical history (options.clinical) is the exception: it goes through the features' own
 *   services acting as the client's worker at the time it happened, so it carries the audit
 *   entries those services write (dated then; their sequence is in seeding order, not by date).
 * - No client_history rows for the creation of each client (about 30 rows per client, 3 million
 *   at 100,000 clients): history starts with the first real edit. Skipped for speed and size.
 */
export interface SeedOptions {
  clients: number;
  seed: number;
  /** Clients written per transaction (default 2,000). */
  batchSize?: number;
  onProgress?: (written: number, total: number) => void;
  /**
   * When given, most active clients also get a clinical history (clinical-history.ts): signed
   * assessments, measures, care plans and their versions, written through the features' services.
   */
  clinical?: {
    shipped: ShippedInstruments;
    onProgress?: (written: number, total: number) => void;
    /** When given, the clients with a clinical history also get progress notes (note-history.ts). */
    notes?: Omit<NoteHistoryOptions, 'seed'>;
  };
}

export interface SeededStaff {
  id: string;
  username: string;
  fullName: string;
  role: Role;
}

export interface NearDuplicatePair {
  originalId: string;
  duplicateId: string;
  kind: NearDuplicateKind;
}

export interface SeedSummary {
  staff: SeededStaff[];
  clients: number;
  nearDuplicates: NearDuplicatePair[];
  /** The case manager with the most active clients (the benchmark's "mine" caseload). */
  busiestCaseManagerId: string;
  firstClientNumber: string | null;
  lastClientNumber: string | null;
  /** What the clinical pass wrote (null when it was not asked for). */
  clinical: ClinicalSummary | null;
  /** What the note pass wrote (null when it was not asked for). */
  notes: NoteHistorySummary | null;
}

const NEAR_DUPLICATE_SHARE = 0.015;
const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

export function seedClinic(db: Db, options: SeedOptions, now: Date = new Date()): SeedSummary {
  if (!Number.isInteger(options.clients) || options.clients < 0)
    throw new RangeError('clients must be a whole number ≥ 0');
  const rand = new Random(options.seed);
  const at = now.toISOString();
  // The clinic's first administrator stands in as the person who registered the demo data.
  const adminId = firstActiveAdministrator(db);
  if (!adminId) throw new Error('Seed a clinic that is set up: no active administrator was found.');

  const staff = db.transaction(() => createStaff(db, rand, options.clients, adminId, at))();
  const caseManagers = staff.filter((s) => s.role === 'case_manager');
  // Some workers carry more than others (0.5× to 1.5× the average caseload).
  let running = 0;
  const pool: StaffPool = {
    caseManagerIds: caseManagers.map((s) => s.id),
    cumulativeWeights: caseManagers.map(() => (running += 0.5 + rand.float())),
    supervisorIds: staff.filter((s) => s.role === 'supervisor').map((s) => s.id),
  };

  const writer = clientWriter(db, adminId);
  const identities: { id: string; identity: Identity }[] = [];
  const nearDuplicates: NearDuplicatePair[] = [];
  const activeLoad = new Map<string, number>();
  let counter = readSetting<number>(db, 'client_number_counter') ?? 0;
  let firstNumber: string | null = null;
  let lastNumber: string | null = null;
  const batchSize = options.batchSize ?? 2000;

  for (let done = 0; done < options.clients;) {
    const size = Math.min(batchSize, options.clients - done);
    db.transaction(() => {
      for (let i = 0; i < size; i++) {
        do counter += 1;
        while (writer.numberTaken(clientNumber(counter)));
        const number = clientNumber(counter);
        const id = newId();
        const original =
          identities.length > 0 && rand.chance(NEAR_DUPLICATE_SHARE) ? rand.pick(identities) : null;
        const twin = original ? nearDuplicateOf(rand, original.identity) : null;
        const client = generateClient(rand, pool, number, now, twin?.identity);
        writer.write(id, client);
        if (original && twin)
          nearDuplicates.push({ originalId: original.id, duplicateId: id, kind: twin.kind });
        else identities.push({ id, identity: identityOf(client) });
        if (client.fields.enrollments.some((e) => e.status === 'active')) {
          for (const worker of client.fields.assignedCaseManagerIds)
            activeLoad.set(worker, (activeLoad.get(worker) ?? 0) + 1);
        }
        firstNumber ??= number;
        lastNumber = number;
      }
      writeSetting(db, 'client_number_counter', counter, adminId, at);
    })();
    done += size;
    options.onProgress?.(done, options.clients);
  }

  const admin = findAccountById(db, adminId);
  const clinical =
    options.clinical && admin
      ? seedClinicalHistory(
          db,
          admin,
          { seed: options.seed, shipped: options.clinical.shipped, onProgress: options.clinical.onProgress },
          now,
        )
      : null;

  const notes =
    options.clinical?.notes && admin
      ? seedNoteHistory(db, admin, { ...options.clinical.notes, seed: options.seed }, now)
      : null;

  const busiest = [...activeLoad.entries()]
    .filter(([id]) => pool.caseManagerIds.includes(id))
    .sort((a, b) => b[1] - a[1])[0]?.[0];
  return {
    staff,
    clients: options.clients,
    nearDuplicates,
    busiestCaseManagerId: busiest ?? pool.caseManagerIds[0] ?? '',
    firstClientNumber: firstNumber,
    lastClientNumber: lastNumber,
    clinical,
    notes,
  };
}

const clientNumber = (n: number) => `C-${String(n).padStart(6, '0')}`;

const identityOf = (client: GeneratedClient): Identity => ({
  legalFirstName: client.fields.legalFirstName,
  legalLastName: client.fields.legalLastName,
  birthDate: client.fields.birthDate,
  sexAtBirth: client.fields.sexAtBirth,
});

/**
 * About one case manager per 40 clients (caseloads of 15–50 active clients), capped at 250 so
 * the 100,000-client stress clinic stays a plausible single agency; a supervisor per ten case
 * managers (up to 10) and a front desk of one to four.
 */
function createStaff(db: Db, rand: Random, clients: number, adminId: string, at: string): SeededStaff[] {
  const caseManagers = clamp(Math.round(clients / 40), 2, 250);
  const plan: [Role, string, number][] = [
    ['supervisor', 'sup', clamp(Math.ceil(caseManagers / 10), 1, 10)],
    ['case_manager', 'cm', caseManagers],
    ['front_desk', 'desk', clamp(Math.ceil(caseManagers / 25), 1, 4)],
  ];
  const taken = usernameTaken(db);
  const staff: SeededStaff[] = [];
  for (const [role, prefix, count] of plan) {
    for (let n = 1; n <= count; n++) {
      let username = `demo.${prefix}${String(n).padStart(3, '0')}`;
      for (let k = 2; taken(username); k++) username = `demo.${prefix}${String(n).padStart(3, '0')}-${k}`;
      const member: SeededStaff = {
        id: newId(),
        username,
        fullName: `${firstName(rand)} ${lastName(rand)}`,
        role,
      };
      // A temporary password must be chosen at first sign-in; the seed script gives a few demo
      // accounts a known password (and clears this) so people can try the app.
      insertAccount(db, { ...member, mustChangePassword: true }, adminId, at);
      staff.push(member);
    }
  }
  return staff;
}
