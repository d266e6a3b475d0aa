import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/renderer/src/lib/errors';
import { i18n } from '../../src/renderer/src/lib/i18n';
import es from '../../src/renderer/src/locales/es.json';
import { clinicWithStaff } from '../helpers/clinic';

const UNKNOWN = '01890000-0000-7000-8000-000000000000';
const t = i18n.t.bind(i18n);

/** "Not found" is said in the reader's language: main names what, the catalogue says it. */
describe('not found, in words', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('names what was not found by a catalogue key, in English and in Spanish', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const client = await clinic.refuse('clients:get', { id: UNKNOWN });
    const contact = await clinic.refuse('careTeam:remove', { id: UNKNOWN, reason: 'Moved away' });
    expect(client).toMatchObject({ code: 'not_found', details: { messageKey: 'errors.not_found_client' } });
    expect(contact).toMatchObject({ code: 'not_found', details: { messageKey: 'errors.not_found_contact' } });
    expect(errorMessage(t, client)).toMatch(/^That client was not found/);
    await i18n.changeLanguage('es');
    expect(errorMessage(t, client)).toBe(es.errors.not_found_client);
    expect(errorMessage(t, contact)).toBe(es.errors.not_found_contact);
  });
});
