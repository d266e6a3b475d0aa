import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../helpers/import-graph';

/**
 * The workstation is lifecycle only: setup, sign-in, backup/restore/move, the key change and the
 * lifecycle handlers hold it (and core, which creates it). Every other service works on the
 * request context; a service that took the workstation could reach the raw key, the keyring and
 * the session behind the router's back.
 */
const MAY_HOLD_THE_WORKSTATION = ['api', 'auth', 'backup', 'core', 'setup', 'workstation'];
/** The vault (the raw key, the keyring): the lifecycle code reaches it as `ws.vault`, accounts as a KeyVault. */
const MAY_HOLD_THE_VAULT = ['workstation'];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const mainDir = join(root, 'src', 'main');
const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);

/** Files outside the allowed folders that import `target`. */
function holdersOutside(graph: Map<string, string[]>, target: string, allowed: readonly string[]): string[] {
  return [...graph]
    .filter(([file, targets]) => targets.includes(target) && !allowed.includes(folderOf(file)))
    .map(([file]) => file)
    .sort();
}

describe('who holds the workstation', () => {
  const graph = importGraph(mainDir);

  it('only setup, auth, backup, the lifecycle handlers and core import the workstation', () => {
    expect(graph.get('core/lantern.ts')).toContain('workstation/workstation.ts');
    expect(holdersOutside(graph, 'workstation/workstation.ts', MAY_HOLD_THE_WORKSTATION)).toEqual([]);
  });

  it('nothing outside the workstation builds on the vault (accounts see it as a KeyVault)', () => {
    expect(holdersOutside(graph, 'workstation/vault.ts', MAY_HOLD_THE_VAULT)).toEqual([]);
  });

  it('a service that imports the workstation is caught', () => {
    const planted = new Map(graph);
    planted.set('clients/service.ts', [
      ...(planted.get('clients/service.ts') ?? []),
      'workstation/workstation.ts',
    ]);
    expect(holdersOutside(planted, 'workstation/workstation.ts', MAY_HOLD_THE_WORKSTATION)).toEqual([
      'clients/service.ts',
    ]);
  });
});
