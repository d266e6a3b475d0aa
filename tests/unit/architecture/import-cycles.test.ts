import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cycles, edgesOnCycles, folderGraph, importGraph } from '../../helpers/import-graph';

/**
 * No import cycles in main: a module that imports another which imports it back cannot be read,
 * moved or tested on its own, and initialisation order starts to matter. Checked on files and on
 * folders (features): the core that composes everything must not be imported back by what it
 * composes.
 *
 * Between files there is no cycle, and there must never be one. Between folders, `core` and
 * `api` are out of every cycle (they were tangled with auth, backup, settings, security and
 * diagnoses both ways); the folder edges below still lie on a cycle. The list only shrinks: a new
 * edge on a cycle fails, and so does an entry that no longer is on one (delete it). What is left
 * and how it goes: the workstation's session mechanics (auth/idle-timer, session-limit,
 * sign-in-guard) move into workstation/, audit/verify.ts (which reads backups) moves out of audit,
 * rotate-database-key.ts out of security, and the request context stops naming clients/history.
 */
const FOLDER_EDGES_STILL_ON_A_CYCLE = [
  'access -> accounts',
  'access -> audit',
  'accounts -> request',
  'accounts -> security',
  'audit -> backup',
  'audit -> workstation',
  'auth -> accounts',
  'auth -> audit',
  'auth -> security',
  'auth -> workstation',
  'backup -> accounts',
  'backup -> audit',
  'backup -> auth',
  'backup -> security',
  'backup -> settings',
  'backup -> workstation',
  'clients -> access',
  'clients -> accounts',
  'clients -> audit',
  'clients -> request',
  'clients -> settings',
  'request -> access',
  'request -> audit',
  'request -> clients',
  'security -> accounts',
  'security -> audit',
  'security -> workstation',
  'settings -> request',
  'workstation -> audit',
  'workstation -> auth',
  'workstation -> security',
  'workstation -> settings',
];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const mainDir = join(root, 'src', 'main');

describe('import cycles in src/main', () => {
  const graph = importGraph(mainDir);

  it('reads the real graph', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('core/lantern.ts')).toContain('api/router.ts');
  });

  it('finds a planted cycle (the check can fail)', () => {
    const planted = new Map(graph);
    planted.set('errors.ts', [...(planted.get('errors.ts') ?? []), 'clients/service.ts']);
    expect(cycles(planted).some((cycle) => cycle.includes('errors.ts'))).toBe(true);
    expect(cycles(folderGraph(planted)).length).toBeGreaterThan(0);
  });

  it('no file imports itself back through others', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('core and api are on no folder cycle', () => {
    const onCycles = cycles(folderGraph(graph)).flat();
    expect(onCycles).not.toContain('core');
    expect(onCycles).not.toContain('api');
  });

  it('no new folder edge closes a cycle, and the list of those left only shrinks', () => {
    expect(edgesOnCycles(folderGraph(graph))).toEqual(FOLDER_EDGES_STILL_ON_A_CYCLE);
  });
});
