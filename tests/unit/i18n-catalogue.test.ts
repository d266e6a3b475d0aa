import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../src/shared/contracts/audit';
import { ERROR_CODES } from '../../src/shared/result';
import en from '../../src/renderer/src/locales/en.json';
import es from '../../src/renderer/src/locales/es.json';

/** Looks a dotted i18n key up in the catalogue the way i18next does. */
function lookup(key: string, catalogue: object = en): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

describe.each([
  ['English', en],
  ['Spanish', es],
] as const)('the %s catalogue', (_name, catalogue) => {
  it('names every audit action', () => {
    const missing = AUDIT_ACTIONS.filter(
      (action) => typeof lookup(`admin.auditActions.${action}`, catalogue) !== 'string',
    );
    expect(missing).toEqual([]);
  });

  it('explains every error code, so no English sentence from main has to stand in', () => {
    const missing = ERROR_CODES.filter((code) => typeof lookup(`errors.${code}`, catalogue) !== 'string');
    expect(missing).toEqual([]);
  });
});
