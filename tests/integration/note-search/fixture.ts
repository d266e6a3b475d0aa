import type { NoteSearchInput, ProgressNoteDraftInput } from '../../../src/shared/contracts/progress-notes';
import { noteSearchInputSchema } from '../../../src/shared/contracts/progress-notes';
import type { Role } from '../../../src/shared/domain/roles';
import { requestContext } from '../../../src/main/api/context';
import { addAddendum, createDraft, sign, signAddendum, supersede } from '../../../src/main/records';
import { searchNotes } from '../../../src/main/note-search/service';
import { progressNoteKind } from '../../../src/main/progress-notes/kind';
import type { Migration } from '../../../src/main/db/migrate';
import { newId } from '../../../src/main/ids';
import { encryptedTestDatabase } from '../../helpers/db';

/**
 * The note kind of the notes service (src/main/progress-notes/kind.ts). Notes here are signed
 * through the primitive directly, past that service: search reads the primitive's tables only, so
 * it must find a note however it was signed.
 */
export { progressNoteKind };

export const STAFF = {
  cam: { role: 'case_manager', fullName: 'Cam Manager', team: 'north' },
  dee: { role: 'case_manager', fullName: 'Dee Manager', team: 'north' },
  sage: { role: 'supervisor', fullName: 'Sage Supervisor', team: null },
  fran: { role: 'front_desk', fullName: 'Fran Desk', team: null },
  remy: { role: 'reporting', fullName: 'Remy Reports', team: null },
  ada: { role: 'administrator', fullName: 'Ada Admin', team: null },
} as const satisfies Record<string, { role: Role; fullName: string; team: string | null }>;
export type StaffName = keyof typeof STAFF;

/** Cam's own client, Dee's (same team), Sage's opened by Cam's grant, Sage's not, and a Part 2 client of Cam's. */
export const CLIENTS = {
  ownby: { name: ['Pat', 'Ownby'], worker: 'cam', part2: false },
  teamwell: { name: ['Lee', 'Teamwell'], worker: 'dee', part2: false },
  grantham: { name: ['Ana', 'Grantham'], worker: 'sage', part2: false },
  otherton: { name: ['Olu', 'Otherton'], worker: 'sage', part2: false },
  parton: { name: ['Rae', 'Parton'], worker: 'cam', part2: true },
} as const;
export type ClientName = keyof typeof CLIENTS;

export const note = (overrides: Partial<ProgressNoteDraftInput> = {}): ProgressNoteDraftInput => ({
  formatId: 'dap',
  formatVersion: '1',
  contactDate: '2025-02-20',
  startTime: '10:00',
  durationMinutes: 45,
  sections: [{ id: 'data', text: '' }],
  ...overrides,
});

/** A real encrypted clinic database with the staff and clients above, and a clock that moves. */
export function searchClinic(options: { migrations?: readonly Migration[] } = {}) {
  const { db, dir } = encryptedTestDatabase(options.migrations);
  let clock = Date.parse('2025-03-01T09:00:00.000Z');
  // Ids are UUIDs like the app's (the channel's input schema checks them).
  const ids = Object.fromEntries(
    [...Object.keys(STAFF), ...Object.keys(CLIENTS)].map((name) => [name, newId()]),
  ) as Record<StaffName | ClientName, string>;
  db.prepare(
    `INSERT INTO teams (id, name, created_at, updated_at) VALUES ('north', 'North', 'x', 'x')`,
  ).run();
  for (const [name, person] of Object.entries(STAFF))
    db.prepare(
      `INSERT INTO accounts (id, username, full_name, role, team_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')`,
    ).run(ids[name as StaffName], name, person.fullName, person.role, person.team);
  for (const [name, client] of Object.entries(CLIENTS)) {
    const id = ids[name as ClientName];
    db.prepare(
      `INSERT INTO clients (id, client_number, legal_first_name, legal_last_name, sort_name, birth_date, status,
         flag_part2_protected, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '1980-01-01', 'active', ?, 'x', 'x')`,
    ).run(id, `C-${name}`, client.name[0], client.name[1], name, client.part2 ? 1 : 0);
    db.prepare(`INSERT INTO client_assignments (client_id, account_id, assigned_at) VALUES (?, ?, 'x')`).run(
      id,
      ids[client.worker],
    );
  }
  db.prepare(
    `INSERT INTO client_access_grants (id, client_id, account_id, reason, granted_at, expires_at)
     VALUES ('g1', ?, ?, 'Covering a crisis call', '2025-03-01T08:00:00.000Z', '2025-03-01T16:00:00.000Z')`,
  ).run(ids.grantham, ids.cam);

  const as = (who: StaffName) => {
    clock += 60_000;
    const { role, fullName, team } = STAFF[who];
    return requestContext(
      db,
      { id: ids[who], role, fullName, teamId: team },
      { now: new Date(clock), emit: () => {} },
    );
  };

  /** A note written and signed by `who` through the signed-record primitive; returns its ids. */
  const signNote = (who: StaffName, clientId: ClientName, content: ProgressNoteDraftInput) => {
    const draft = createDraft(as(who), progressNoteKind, { clientId: ids[clientId], content });
    const versionId = draft.draftVersionId as string;
    sign(as(who), progressNoteKind, versionId, { role: 'worker' });
    return { noteId: draft.id, versionId };
  };
  const draftNote = (who: StaffName, clientId: ClientName, content: ProgressNoteDraftInput) =>
    createDraft(as(who), progressNoteKind, { clientId: ids[clientId], content });
  /** A newer version of a signed note, with new content, signed. */
  const correct = (who: StaffName, signedVersionId: string, content: ProgressNoteDraftInput) => {
    const started = supersede(as(who), progressNoteKind, signedVersionId, content);
    const versionId = started.draftVersionId as string;
    sign(as(who), progressNoteKind, versionId, { role: 'worker' });
    return versionId;
  };
  const addendum = (who: StaffName, versionId: string, text: string) => {
    const added = addAddendum(as(who), progressNoteKind, versionId, { text });
    const addendumId = added.addenda.at(-1)?.id as string;
    signAddendum(as(who), progressNoteKind, addendumId, { role: 'worker' });
    return addendumId;
  };
  /** Searches as `who`, through the service with the channel's own input schema (names for ids). */
  const search = (
    who: StaffName,
    input: Omit<NoteSearchInput, 'authorId'> & { client?: ClientName; author?: StaffName },
  ) => {
    const { client, author, ...rest } = input;
    return searchNotes(
      as(who),
      noteSearchInputSchema.parse({
        ...rest,
        ...(client ? { clientId: ids[client] } : {}),
        ...(author ? { authorId: ids[author] } : {}),
      }),
    );
  };
  const audit = () =>
    db.prepare(`SELECT action, actor_name, subject, details FROM audit_log ORDER BY seq`).all() as {
      action: string;
      actor_name: string;
      subject: string | null;
      details: string;
    }[];
  return { db, dir, ids, as, signNote, draftNote, correct, addendum, search, audit };
}
