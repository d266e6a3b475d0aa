import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicWithStaff, client } from '../../helpers/clinic';
import { tempDir } from '../../helpers/temp-dir';

async function clinicWithClient() {
  const clinic = await clinicWithStaff();
  await clinic.as('cam');
  const { id } = await clinic.call('clients:create', { client: client() });
  return { ...clinic, clientId: id };
}

const choose = { purpose: 'fhir_export', title: 'Save the client record' } as const;

describe('where a FHIR export is written', () => {
  it('asks first, writes exactly where the person chose, once, and names no client in the suggested name', async () => {
    const clinic = await clinicWithClient();
    const picker = clinic.picker;
    const refusedFirst = await clinic.refuse('clients:exportFhir', { clientId: clinic.clientId });
    expect(refusedFirst).toMatchObject({
      code: 'wrong_state',
      details: { messageKey: 'errors.export_choose_location' },
    });

    // The test picker's save root is its own temp folder; answer a place inside it.
    const saveRoot = picker.options.saveRoot;
    const inside = join(saveRoot, 'chosen', 'record-for-referral.json');
    mkdirSync(join(saveRoot, 'chosen'));
    picker.answer({ kind: 'save', path: inside });
    const chosen = await clinic.call('files:chooseSaveLocation', choose);
    expect(chosen).toEqual({ path: inside, syncService: null });
    expect(picker.asked.at(-1)).toMatchObject({ kind: 'save', title: choose.title });
    expect(picker.asked.at(-1)?.suggestedName).toMatch(
      /^Lantern-client-record-\d{4}-\d{2}-\d{2}\.fhir\.json$/,
    );

    const result = await clinic.call('clients:exportFhir', { clientId: clinic.clientId });
    expect(result.file).toBe(inside);
    expect(JSON.parse(readFileSync(inside, 'utf8'))).toMatchObject({ resourceType: 'Bundle' });
    if (process.platform !== 'win32') expect(statSync(inside).mode & 0o077).toBe(0);
    // Used up: the next export asks again.
    expect((await clinic.refuse('clients:exportFhir', { clientId: clinic.clientId })).code).toBe(
      'wrong_state',
    );
  });

  it('a cancelled dialog exports nothing, and one person’s choice is not another’s', async () => {
    const clinic = await clinicWithClient();
    clinic.picker.answer({ kind: 'save', path: null });
    expect(await clinic.call('files:chooseSaveLocation', choose)).toEqual({ path: null, syncService: null });
    expect((await clinic.refuse('clients:exportFhir', { clientId: clinic.clientId })).code).toBe(
      'wrong_state',
    );

    await clinic.call('files:chooseSaveLocation', choose);
    await clinic.as('sage');
    expect((await clinic.refuse('clients:exportFhir', { clientId: clinic.clientId })).code).toBe(
      'wrong_state',
    );
  });

  it('says when the chosen folder is synced to the cloud', async () => {
    const clinic = await clinicWithClient();
    const saveRoot = clinic.picker.options.saveRoot;
    const synced = join(saveRoot, 'OneDrive - Riverbend Clinic', 'Exports');
    mkdirSync(synced, { recursive: true });
    clinic.picker.answer({ kind: 'save', path: join(synced, 'record.json') });
    expect(await clinic.call('files:chooseSaveLocation', choose)).toMatchObject({ syncService: 'OneDrive' });
  });

  it('the test picker refuses save locations outside its root (the harness keeps exports in its data folder)', async () => {
    const clinic = await clinicWithClient();
    clinic.picker.answer({ kind: 'save', path: join(tempDir('lantern-elsewhere-'), 'record.json') });
    expect(await clinic.call('files:chooseSaveLocation', choose)).toEqual({ path: null, syncService: null });
    clinic.picker.answer({ kind: 'save', path: '/tmp/../etc/record.json' });
    expect((await clinic.call('files:chooseSaveLocation', choose)).path).toBeNull();
  });
});

describe('Browse… for backup paths', () => {
  it('answers the picked folder, refuses a picked network path, and only for administrators', async () => {
    const clinic = await clinicWithStaff();
    const folder = tempDir('lantern-usb-');
    clinic.picker.answer({ kind: 'folder', path: folder });
    expect(
      await clinic.call('files:pickFolder', { purpose: 'backup_folder', title: 'Backup folder' }),
    ).toEqual({
      path: folder,
    });
    clinic.picker.answer({ kind: 'folder', path: '\\\\fileserver\\share' });
    expect(
      (await clinic.refuse('files:pickFolder', { purpose: 'backup_folder', title: 'Backup folder' })).fields,
    ).toEqual({ path: 'validation.path_network' });
    expect(
      await clinic.call('files:pickFolder', { purpose: 'backup_folder', title: 'Backup folder' }),
    ).toEqual({
      path: null,
    });
    await clinic.as('cam');
    expect((await clinic.refuse('files:pickFolder', { purpose: 'backup_folder', title: 'x' })).code).toBe(
      'forbidden',
    );
    expect((await clinic.refuse('files:pickFile', { purpose: 'clinic_file', title: 'x' })).code).toBe(
      'forbidden',
    );
    await clinic.call('auth:signOut', {});
    expect((await clinic.refuse('files:pickFolder', { purpose: 'backup_to_restore', title: 'x' })).code).toBe(
      'not_signed_in',
    );
  });
});
