import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cycles, edgesOnCycles, folderGraph, importGraph } from '../../helpers/import-graph';

/**
 * No import cycles in main: a module that imports another which imports it back cannot be read,
 * moved or tested on its own, and initialisation order starts to matter. Checked on files and on
 * folders (features): the core that composes everything must not be imported back by what it
 * composes, and no two features may lean on each other both ways. The layers run one way: db,
 * security and audit at the bottom; settings, access and the request context over them; features
 * (clients, accounts, …) on the context; the workstation (vault, session) over the data it
 * guards; auth, setup and backup on the workstation; api and core on top.
 */
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

  it('no folder imports itself back through others', () => {
    expect(cycles(folderGraph(graph))).toEqual([]);
    expect(edgesOnCycles(folderGraph(graph))).toEqual([]);
  });

  it('a planted folder edge back down is caught (workstation importing auth)', () => {
    const planted = new Map(graph);
    planted.set('workstation/session.ts', [
      ...(planted.get('workstation/session.ts') ?? []),
      'auth/service.ts',
    ]);
    expect(edgesOnCycles(folderGraph(planted))).toContain('workstation -> auth');
  });
});
