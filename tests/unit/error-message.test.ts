import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage, fieldMessage } from '../../src/renderer/src/lib/errors';
import { i18n } from '../../src/renderer/src/lib/i18n';
import en from '../../src/renderer/src/locales/en.json';
import es from '../../src/renderer/src/locales/es.json';

const t = i18n.t.bind(i18n);
const taken = { code: 'conflict' as const, message: 'That username is already taken.' };

describe('errors from main, in the reader’s language', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('never shows main’s English message: without a key, the code’s sentence, in English too', () => {
    expect(errorMessage(t, taken)).toBe(en.errors.conflict);
    expect(errorMessage(t, { ...taken, details: { messageKey: 'errors.username_taken' } })).toBe(
      en.errors.username_taken,
    );
  });

  it('in Spanish, shows the catalogue’s sentence for the code instead of main’s English one', async () => {
    await i18n.changeLanguage('es');
    expect(errorMessage(t, taken)).toBe(es.errors.conflict);
    expect(errorMessage(t, { code: 'wrong_credentials', message: 'Incorrect username or password.' })).toBe(
      'Nombre de usuario o contraseña incorrectos.',
    );
  });

  it('fills a message key main names with its details, in Spanish too', async () => {
    await i18n.changeLanguage('es');
    const error = {
      code: 'backup_failed' as const,
      message: 'The backup drive is full.',
      details: { messageKey: 'errors.backup_disk_full', folder: 'E:\\Copias' },
    };
    expect(errorMessage(t, error)).toBe(
      'La unidad de copias de seguridad está llena (E:\\Copias). Libere espacio o elija otra carpeta.',
    );
  });

  it('falls back to the code’s sentence when main names a key the catalogue lacks', async () => {
    await i18n.changeLanguage('es');
    const error = {
      code: 'internal' as const,
      message: 'x',
      details: { messageKey: 'errors.no_such_sentence' },
    };
    expect(errorMessage(t, error)).toBe(es.errors.internal);
  });

  it('explains a session gate, and reads an unknown field key as “not valid”', async () => {
    await i18n.changeLanguage('es');
    expect(errorMessage(t, { code: 'forbidden', message: 'x', details: { gate: 'password_change' } })).toBe(
      es.errors.gate_password_change,
    );
    expect(fieldMessage(t, 'validation.required')).toBe(es.validation.required);
    expect(fieldMessage(t, 'validation.from_a_newer_lantern')).toBe(es.validation.invalid);
  });
});
