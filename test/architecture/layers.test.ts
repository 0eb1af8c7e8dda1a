/**
 * Dependencies run one way. Each source folder sits in a layer; a file imports
 * only from its own layer or a lower one, nothing imports from test/, and no
 * files (and no folders) import each other round in a circle.
 */
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles, type Import } from './sources';

/**
 * The layers, lowest first: the one place to add a folder (a path and all below
 * it; the longest matching path decides).
 */
const LAYERS: ReadonlyArray<{ layer: string; paths: readonly string[] }> = [
  { layer: 'parse engine', paths: ['lib/parse'] },
  { layer: 'sites', paths: ['lib/sites'] },
  // Pure: the save transaction (lib/db) keeps the threads with these rules.
  { layer: 'thread rules', paths: ['lib/threads'] },
  { layer: 'database', paths: ['lib/db'] },
  { layer: 'search, topics', paths: ['lib/search', 'lib/topics'] },
  { layer: 'sync, bridge, messages', paths: ['lib/sync', 'lib/bridge', 'lib/messages.ts', 'lib/watch'] },
  { layer: 'components', paths: ['components'] },
  { layer: 'entry points', paths: ['entrypoints', 'pwa'] },
  { layer: 'tools', paths: ['bench', 'scripts'] },
];

const FOLDERS = ['lib', 'components', 'entrypoints', 'pwa', 'bench', 'scripts'];

function under(file: string, path: string): boolean {
  return file === path || file.startsWith(`${path}/`);
}

/** The layer number of a file, or -1 when no path of LAYERS holds it. */
function layerOf(file: string): number {
  let best = -1;
  let length = -1;
  LAYERS.forEach(({ paths }, n) => {
    for (const p of paths) {
      if (under(file, p) && p.length > length) {
        best = n;
        length = p.length;
      }
    }
  });
  return best;
}

/** "lib/db", "components/library", "lib/messages.ts", "entrypoints/background.ts": the folders (or lone files) that must not import each other round. */
function unitOf(file: string): string {
  return file.split('/').slice(0, 2).join('/');
}

/** Each cycle of the graph once (Tarjan's strongly connected components of more than one node, or a node naming itself). */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.has(v)) out.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

const files = sourceFiles(FOLDERS);
const imports = new Map<string, Import[]>(files.map((f) => [f, importsOf(f)]));
const local = (file: string) => imports.get(file)!.flatMap((i) => (i.target ? [i.target] : []));

describe('the layers', () => {
  it('reads the source folders', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('lib/db/schema.ts');
    expect(files).toContain('entrypoints/background/index.ts');
  });

  it('give every source file a layer', () => {
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('are imported downwards only: from the same layer or a lower one', () => {
    const upward = files.flatMap((file) =>
      local(file)
        .filter((target) => !under(target, 'test') && layerOf(target) > layerOf(file))
        .map((target) => `${file} (${LAYERS[layerOf(file)]!.layer}) imports ${target} (${LAYERS[layerOf(target)]!.layer})`),
    );
    expect(upward).toEqual([]);
  });

  it('never import from test/ (bench and scripts included)', () => {
    expect(files.flatMap((file) => local(file).filter((t) => under(t, 'test')).map((t) => `${file} imports ${t}`))).toEqual([]);
  });

  it('hold no import cycle between files', () => {
    const graph = new Map(files.map((f) => [f, new Set(local(f))]));
    expect(cycles(graph)).toEqual([]);
  });

  it('hold no import cycle between folders (lib/db and lib/search, components/library and components/topics, …)', () => {
    const graph = new Map<string, Set<string>>();
    for (const file of files) {
      const from = unitOf(file);
      if (!graph.has(from)) graph.set(from, new Set());
      for (const target of local(file)) if (unitOf(target) !== from) graph.get(from)!.add(unitOf(target));
    }
    expect(cycles(graph)).toEqual([]);
  });

  it('keep lib/threads pure: nothing it imports reaches lib/db or Dexie', () => {
    // So the save transaction (lib/db) runs the thread rules without a cycle.
    const seen = new Set<string>();
    const todo = files.filter((f) => under(f, 'lib/threads'));
    const impure: string[] = [];
    while (todo.length) {
      const file = todo.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const i of imports.get(file) ?? []) {
        const dbAccess = i.target !== null && under(i.target, 'lib/db');
        if (i.specifier === 'dexie' || dbAccess) impure.push(`${file} imports ${i.specifier}`);
        if (i.target) todo.push(i.target);
      }
    }
    expect(impure).toEqual([]);
  });
});
