import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../src/shared/contracts/audit';
import { ERROR_CODES } from '../../src/shared/result';
import en from '../../src/renderer/src/locales/en.json';

/** Looks a dotted i18n key up in the catalogue the way i18next does. */
function lookup(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

describe('the English catalogue', () => {
  it('names every audit action', () => {
    const missing = AUDIT_ACTIONS.filter(
      (action) => typeof lookup(`admin.auditActions.${action}`) !== 'string',
    );
    expect(missing).toEqual([]);
  });

  it('explains every error code whose meaning does not depend on the case', () => {
    // These codes carry a specific sentence from main (which username is taken, which file is
    // missing); the renderer shows it as given. Translating them needs message keys from main.
    const specific = new Set([
      'not_found',
      'conflict',
      'wrong_state',
      'keyring_corrupt',
      'database_from_future',
      'database_unreadable',
      'backup_failed',
      'backup_invalid',
    ]);
    const missing = ERROR_CODES.filter(
      (code) => !specific.has(code) && typeof lookup(`errors.${code}`) !== 'string',
    );
    expect(missing).toEqual([]);
  });
});
