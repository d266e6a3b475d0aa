import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clientIdsOf, keptClientId } from '../../src/main/clients/repository';
import { openEncrypted } from '../../src/main/db/open';
import { dataFiles } from '../../src/main/paths';
import { createDraft, defineRecordKind, readRecord, recordIdsOf, sign } from '../../src/main/records';
import { Keyring } from '../../src/main/security/keyring';
import { clinicWithStaff, client } from '../helpers/clinic';
import { ADMIN } from '../helpers/lantern';

const carePlan = defineRecordKind({
  kind: 'care_plan',
  content: z.strictObject({ goal: z.string().min(1) }),
});

/** A second connection to the clinic's real encrypted file, as another process would open it. */
async function openClinicFile(dataDir: string) {
  const files = dataFiles(dataDir);
  const keyring = await Keyring.load(files.keyring);
  const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
  return openEncrypted(files.database, databaseKey);
}

/** Every stored byte of a client's child rows and signed records, to compare before and after. */
function rowsOf(db: ReturnType<typeof openEncrypted>, clientId: string) {
  const all = (sql: string) => db.prepare(sql).all(clientId);
  return {
    contacts: all('SELECT * FROM client_contacts WHERE client_id = ? ORDER BY id'),
    diagnoses: all('SELECT * FROM client_diagnoses WHERE client_id = ? ORDER BY id'),
    history: all('SELECT * FROM client_history WHERE client_id = ? ORDER BY id'),
    records: all('SELECT * FROM signed_records WHERE client_id = ? ORDER BY id'),
    versions: all(
      'SELECT v.* FROM record_versions v JOIN signed_records r ON r.id = v.record_id WHERE r.client_id = ? ORDER BY v.id',
    ),
    signatures: all(
      `SELECT s.* FROM record_signatures s JOIN record_versions v ON v.id = s.version_id
       JOIN signed_records r ON r.id = v.record_id WHERE r.client_id = ? ORDER BY s.id`,
    ),
  };
}

describe('a merge never touches the duplicate’s rows', () => {
  it('signed records, contacts, diagnoses and history of the duplicate stay byte for byte and appear under the kept client', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const keep = await clinic.call('clients:create', { client: client() });
    const dupe = await clinic.call('clients:create', {
      client: client({ legalFirstName: 'Johnathan' }),
      duplicatesReviewed: true,
    });
    const contact = await clinic.call('careTeam:add', {
      clientId: dupe.id,
      contact: { kind: 'family', name: 'Rosa Smith', relationship: 'sister' },
    });
    await clinic.call('diagnoses:add', { clientId: dupe.id, diagnosis: { code: 'F33.1', isPrimary: true } });

    const db = await openClinicFile(clinic.dataDir);
    const cam = { id: clinic.ids.cam as string, role: 'case_manager' as const, fullName: 'Cam Manager' };
    const ctx = () => ({ db, actor: cam, now: new Date() });
    const draft = createDraft(ctx(), carePlan, { clientId: dupe.id, content: { goal: 'Stable housing' } });
    const signed = sign(ctx(), carePlan, draft.versions[0]!.id, { role: 'worker' });
    const before = rowsOf(db, dupe.id);
    expect(before.signatures).toHaveLength(1);
    expect(before.contacts).toHaveLength(1);

    await clinic.as('ada');
    await clinic.call('clients:merge', { survivorId: keep.id, mergedId: dupe.id, reason: 'Same person' });

    // Not one of the duplicate's rows changed: ids, client_id, content, hashes, updated_at.
    const { history: historyAfter, ...after } = rowsOf(db, dupe.id);
    const { history: historyBefore, ...unchanged } = before;
    expect(after).toEqual(unchanged);
    // History is append-only: the old entries as they were, plus the merge's own entry.
    expect(historyAfter).toEqual(expect.arrayContaining(historyBefore));
    expect(historyAfter).toHaveLength(historyBefore.length + 1);
    expect(rowsOf(db, keep.id).contacts).toEqual([]);
    // The database itself would refuse moving a signed record: this is why merges resolve instead.
    expect(() =>
      db.prepare('UPDATE signed_records SET client_id = ? WHERE id = ?').run(keep.id, signed.id),
    ).toThrow();

    // The kept client's file reads through the merge.
    expect(clientIdsOf(db, keep.id)).toEqual([keep.id, dupe.id]);
    expect(keptClientId(db, dupe.id)).toBe(keep.id);
    expect(recordIdsOf(ctx(), carePlan, clientIdsOf(db, keep.id))).toEqual([signed.id]);
    const reread = readRecord(ctx(), carePlan, signed.id);
    expect(reread.versions[0]).toMatchObject({
      state: 'signed',
      content: { goal: 'Stable housing' },
      contentHash: signed.versions[0]!.contentHash,
    });

    await clinic.as('cam');
    const contacts = await clinic.call('careTeam:list', { clientId: keep.id });
    expect(contacts.map((c) => [c.id, c.name])).toEqual([[contact.id, 'Rosa Smith']]);
    const diagnoses = await clinic.call('diagnoses:list', { clientId: keep.id });
    expect(diagnoses.map((d) => d.code)).toEqual(['F33.1']);
    const history = await clinic.call('clients:history', { clientId: keep.id });
    expect(history.filter((h) => h.entity === 'contact').map((h) => h.to)).toContain('Rosa Smith');
    expect(history.find((h) => h.entity === 'diagnosis' && h.field === 'code')?.to).toBe('F33.1');

    // The FHIR export of the kept client carries the duplicate's contact and diagnosis too.
    await clinic.call('files:chooseSaveLocation', { purpose: 'fhir_export', title: 'Save the record' });
    const exported = await clinic.call('clients:exportFhir', { clientId: keep.id });
    const text = readFileSync(exported.file, 'utf8');
    expect(text).toContain('F33.1');
    expect(text).toContain('Rosa');

    // A contact of the duplicate is edited as part of the kept file; a new primary clears its flag.
    await clinic.call('careTeam:update', {
      id: contact.id,
      contact: { kind: 'family', name: 'Rosa Smith', relationship: 'older sister' },
    });
    await clinic.call('diagnoses:add', { clientId: keep.id, diagnosis: { code: 'Z59.01', isPrimary: true } });
    const primaries = (await clinic.call('diagnoses:list', { clientId: keep.id })).filter((d) => d.isPrimary);
    expect(primaries.map((d) => d.code)).toEqual(['Z59.01']);
    db.close();
  });
});
