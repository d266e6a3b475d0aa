import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/main/errors';
import { createDraft, saveDraft, sign } from '../../src/main/records';
import { errorMessage, lastAttemptMessage } from '../../src/renderer/src/lib/errors';
import { i18n } from '../../src/renderer/src/lib/i18n';
import en from '../../src/renderer/src/locales/en.json';
import es from '../../src/renderer/src/locales/es.json';
import type { AppError } from '../../src/shared/result';
import { client, clinicWithStaff } from '../helpers/clinic';
import { tempDir } from '../helpers/temp-dir';
import { CAM, recordsClinic, testPlan } from './records/fixture';

const t = i18n.t.bind(i18n);

/** What main sent for a refusal, as the router hands it to the screen. */
function refusalOf(act: () => unknown): AppError {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return error.toAppError();
    throw error;
  }
  throw new Error('expected a refusal, nothing was thrown');
}

/**
 * A refusal reads in the language of the person who sees it: main names the sentence and its
 * values, the catalogue says it. The account's language comes from main, as the app takes it at
 * sign-in (app/language), and the screen's `errorMessage` is the one every alert uses.
 */
describe('refusals in the reader’s language', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('a Spanish account reads a diagnosis conflict in Spanish, with the code filled in', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    await clinic.call('accounts:setLanguage', { language: 'es' });
    const { id: clientId } = await clinic.call('clients:create', { client: client() });
    await clinic.call('diagnoses:add', { clientId, diagnosis: { code: 'F33.1' } });

    const refused = await clinic.refuse('diagnoses:add', { clientId, diagnosis: { code: 'F33.1' } });
    expect(refused).toMatchObject({
      code: 'conflict',
      details: { messageKey: 'errors.icd_duplicate', icdCode: 'F33.1' },
    });
    const language = (await clinic.call('app:status', {})).session?.language;
    expect(language).toBe('es');
    await i18n.changeLanguage(language as string);
    expect(errorMessage(t, refused)).toBe('F33.1 ya es un diagnóstico abierto de este cliente.');
    expect(errorMessage(t, refused)).not.toContain(refused.message);
  });

  it('a signed version that is edited is refused in words, in English and in Spanish', async () => {
    const clinic = recordsClinic();
    const draft = createDraft(clinic.as(CAM), testPlan, {
      clientId: 'client-1',
      content: { title: 'Housing', goals: ['Find a flat'] },
    });
    const versionId = draft.draftVersionId as string;
    sign(clinic.as(CAM), testPlan, versionId, { role: 'worker' });

    const refused = refusalOf(() => saveDraft(clinic.as(CAM), testPlan, versionId, { title: 'Changed' }));
    // The code says what kind of problem it is; `problem` is for code; the key is for people.
    expect(refused).toMatchObject({
      code: 'wrong_state',
      details: { problem: 'version_not_draft', messageKey: 'errors.record_signed_not_editable' },
    });
    expect(errorMessage(t, refused)).toBe(en.errors.record_signed_not_editable);
    await i18n.changeLanguage('es');
    expect(errorMessage(t, refused)).toBe(es.errors.record_signed_not_editable);
    expect(errorMessage(t, refused)).not.toBe(es.errors.wrong_state);

    const twice = refusalOf(() => sign(clinic.as(CAM), testPlan, versionId, { role: 'worker' }));
    expect(twice.details).toMatchObject({ problem: 'role_already_signed', role: 'worker' });
    expect(errorMessage(t, twice)).toBe('Esto ya se firmó en ese rol.');
  });

  it('the last failed backup is said in Spanish on Backups, from the key its run keeps', async () => {
    const clinic = await clinicWithStaff();
    const folder = join(tempDir(), 'unplugged-drive', 'Copias');
    await clinic.call('backup:updateSettings', { folder, automatic: true, keepDaily: 14, keepMonthly: 12 });
    await clinic.refuse('backup:run', {});
    const { lastAttempt } = await clinic.call('backup:status', {});
    expect(lastAttempt).toMatchObject({ ok: false, messageKey: 'errors.backup_folder_unavailable', folder });
    await i18n.changeLanguage('es');
    expect(lastAttemptMessage(t, lastAttempt!)).toBe(
      es.errors.backup_folder_unavailable.replace('{{folder}}', folder),
    );
    // A run an older Lantern logged in English reads as the general sentence, not in English.
    expect(lastAttemptMessage(t, { messageKey: null, folder })).toBe(es.errors.backup_failed);
  });
});
