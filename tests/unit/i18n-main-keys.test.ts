import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/renderer/src/locales/en.json';
import es from '../../src/renderer/src/locales/es.json';
import { placeholdersOf, scanRefusals, type Forwarder, type Refusal } from '../helpers/refusal-scan';

const CATALOGUES = { en, es } as const;

function lookup(key: string, catalogue: object = en): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('catalogue keys named by main and the shared contracts', () => {
  it.each(Object.entries(CATALOGUES))(
    'every errors.* and validation.* key written in src/main and src/shared is in the %s catalogue',
    (_language, catalogue) => {
      const missing = new Set<string>();
      for (const file of [...sources('src/main'), ...sources('src/shared')]) {
        for (const [, key] of readFileSync(file, 'utf8').matchAll(/'((?:errors|validation)\.[a-z_]+)'/g))
          if (typeof lookup(key as string, catalogue) !== 'string') missing.add(`${key} (${file})`);
      }
      expect([...missing]).toEqual([]);
    },
  );

  it.each(Object.entries(CATALOGUES))(
    'every backup file problem has its sentence in %s (keys built as errors.backup_<problem>)',
    (_language, catalogue) => {
      for (const problem of ['disk_full', 'not_writable', 'drive_removed', 'unknown'])
        expect(typeof lookup(`errors.backup_${problem}`, catalogue)).toBe('string');
    },
  );

  it.each(Object.entries(CATALOGUES))(
    'every session gate main names has its sentence in %s',
    (_l, catalogue) => {
      for (const gate of ['password_change', 'recovery_key'])
        expect(typeof lookup(`errors.gate_${gate}`, catalogue)).toBe('string');
    },
  );
});

/**
 * Functions that pass a caller's key on. Their callers are read as refusals instead: the first
 * `errors.*` argument is the sentence, the next object literal its values.
 */
const FORWARDERS: readonly Forwarder[] = [
  { name: 'wrongState', keyRequired: true }, // errors.ts, and records/rules.ts (problem first)
  { name: 'forbidden', keyRequired: false }, // without a key: errors.forbidden, the code's own
  { name: 'BackupError', keyRequired: true, adds: ['folder'] },
  { name: 'DatabaseUnreadableError', keyRequired: false }, // default: errors.database_unreadable
];

/** Where a key is passed through rather than written (`file#function`), and why that is safe. */
const FORWARDING_SITES: Record<string, string> = {
  'src/main/errors.ts#notFound': 'keys from the NOT_FOUND table, literals checked above',
  'src/main/errors.ts#forbidden': 'callers name the key (read as forwarder calls)',
  'src/main/errors.ts#wrongState': 'callers name the key (read as forwarder calls)',
  'src/main/records/rules.ts#wrongState': 'callers name the key (read as forwarder calls)',
  'src/main/backup/snapshot.ts#BackupError': 'callers of new BackupError name the key',
  'src/main/db/errors.ts#DatabaseUnreadableError': 'callers name the key, or the typed default',
  'src/main/worker/snapshot-thread.ts#offThreadSnapshot':
    'the key a BackupError had in the snapshot worker, typed ErrorMessageKey across the thread',
};

function scanMain() {
  const found = { refusals: [] as Refusal[], unkeyed: [] as string[] };
  for (const file of sources('src/main')) {
    const { refusals, unkeyed } = scanRefusals(
      file,
      readFileSync(file, 'utf8'),
      FORWARDERS,
      Object.keys(FORWARDING_SITES),
    );
    found.refusals.push(...refusals);
    found.unkeyed.push(...unkeyed);
  }
  return found;
}

/**
 * Answers the router and the harness build themselves (unknown channel, not signed in, the input
 * shape, `internal`) are not DomainErrors and name no key: the screen shows the code's own
 * sentence, `errors.<code>`, which is exactly what they say (typed: every code has one).
 */
describe('every refusal main throws names its sentence in the catalogue', () => {
  const { refusals, unkeyed } = scanMain();

  it('finds the refusals (the scan reads what it should)', () => {
    // A floor, not a count: fewer means the scan stopped seeing calls, not that they were keyed.
    expect(refusals.length).toBeGreaterThan(80);
    expect(refusals.map((r) => r.key)).toEqual(
      expect.arrayContaining(['errors.record_signed_not_editable', 'errors.locked', 'errors.backup_']),
    );
  });

  it('no DomainError without a messageKey, and keys passed through only where listed', () => {
    expect(unkeyed).toEqual([]);
  });

  it.each(Object.entries(CATALOGUES))('every key named is a sentence in %s', (_language, catalogue) => {
    const missing = refusals.filter((r) =>
      r.template
        ? !Object.keys(catalogue.errors).some((name) => `errors.${name}`.startsWith(r.key))
        : typeof lookup(r.key, catalogue) !== 'string',
    );
    expect(missing.map((r) => `${r.key} (${r.where})`)).toEqual([]);
  });

  it.each(Object.entries(CATALOGUES))(
    'every {{value}} a sentence in %s fills in is sent beside its key',
    (_language, catalogue) => {
      const unfilled = refusals.flatMap((r) => {
        const sentence = r.template ? undefined : lookup(r.key, catalogue);
        if (typeof sentence !== 'string') return [];
        const lacking = placeholdersOf(sentence).filter((name) => !r.values?.includes(name));
        return lacking.length ? [`${r.key} lacks ${lacking.join(', ')} (${r.where})`] : [];
      });
      expect(unfilled).toEqual([]);
    },
  );
});

describe('the refusal scan', () => {
  const scan = (text: string) =>
    scanRefusals('src/main/planted.ts', text, FORWARDERS, Object.keys(FORWARDING_SITES));

  it('reports a DomainError, a subclass and a forwarder call that name no sentence', () => {
    const { unkeyed } = scan(`
      throw new DomainError('conflict', 'Taken.', { name: 'validation.x' });
      class Late extends DomainError { constructor() { super('wrong_state', 'Late.'); } }
      throw wrongState('Not now.');
      throw new DomainError('conflict', 'Taken.', undefined, { messageKey: someKey });
    `);
    expect(unkeyed).toEqual([
      'src/main/planted.ts:2 names no messageKey in its details',
      'src/main/planted.ts:3 names no messageKey in its details',
      'src/main/planted.ts:4 calls wrongState without a key',
      'src/main/planted.ts:5 passes a messageKey through but is not a listed forwarder',
    ]);
  });

  it('reads the key and the values sent beside it', () => {
    const { refusals, unkeyed } = scan(`
      throw new DomainError('conflict', 'x', undefined, { messageKey: 'errors.icd_duplicate', icdCode });
      throw wrongState('draft_open', 'errors.record_draft_open', 'x', { draftVersionId: id });
      throw new BackupError(\`errors.backup_\${problem}\`, 'x', folder);
      throw forbidden(wide ? 'errors.access_part_forbidden' : 'errors.forbidden');
    `);
    expect(unkeyed).toEqual([]);
    expect(refusals.map(({ key, template, values }) => ({ key, template, values }))).toEqual([
      { key: 'errors.icd_duplicate', template: false, values: ['messageKey', 'icdCode'] },
      { key: 'errors.record_draft_open', template: false, values: ['draftVersionId'] },
      { key: 'errors.backup_', template: true, values: ['folder'] },
      { key: 'errors.access_part_forbidden', template: false, values: [] },
      { key: 'errors.forbidden', template: false, values: [] },
    ]);
  });
});
