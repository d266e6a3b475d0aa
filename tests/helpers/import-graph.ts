import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Every .ts file under `root`, as absolute paths. */
function sourceFiles(root: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** A relative specifier resolved to a file inside the tree, or null (packages, Node built-ins). */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * The import graph of a source tree, read with TypeScript's own pre-processor (imports, exports
 * `from`, dynamic imports). Type-only imports count too: a cycle of types is still a knot that
 * makes one module impossible to understand, move or test without the other.
 */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((ref) => resolveImport(file, ref.fileName))
      .filter((target): target is string => target !== null && target.startsWith(root));
    graph.set(relative(root, file), [...new Set(targets.map((t) => relative(root, t)))]);
  }
  return graph;
}

/** The strongly connected components with more than one member (or a self-import): the cycles. */
export function cycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's algorithm, iterative enough for a tree of a few hundred files.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

/**
 * The same graph between folders of the tree (features such as `clients`, `core`, `api`); a file
 * at the top (errors.ts, ids.ts) is its own node, and `index.ts` at the top — the composition
 * root that wires everything — and `core/lantern.ts`, which composes the core, are left out:
 * importing everything is their job, and nothing imports them back.
 */
export function folderGraph(
  graph: Map<string, string[]>,
  roots: readonly string[] = ['index.ts', 'core/lantern.ts'],
): Map<string, string[]> {
  const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    if (roots.includes(file)) continue;
    const from = folderOf(file);
    const edges = folders.get(from) ?? new Set<string>();
    for (const target of targets) if (folderOf(target) !== from) edges.add(folderOf(target));
    folders.set(from, edges);
  }
  return new Map([...folders].map(([folder, edges]) => [folder, [...edges]]));
}

/** The edges `from -> to` that lie on a cycle (both ends in the same strongly connected component). */
export function edgesOnCycles(graph: Map<string, string[]>): string[] {
  const componentOf = new Map<string, number>();
  cycles(graph).forEach((component, n) => component.forEach((node) => componentOf.set(node, n)));
  const edges: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const component = componentOf.get(from);
      if (component !== undefined && componentOf.get(to) === component) edges.push(`${from} -> ${to}`);
    }
  }
  return edges.sort();
}
