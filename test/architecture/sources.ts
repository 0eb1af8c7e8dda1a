/** The project's own source files and the files each one imports, read as text (no type check). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const SOURCE = /\.(ts|tsx|mts|mjs)$/;
const TRY = ['', '.ts', '.tsx', '.mts', '.mjs', '/index.ts', '/index.tsx'];

/** Every source file under `folders` (relative to the project, with `/`), test files left out. */
export function sourceFiles(folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const path = `${dir}/${name}`;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const folder of folders) if (existsSync(join(ROOT, folder))) walk(folder);
  return out;
}

export function readSource(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

export interface Import {
  /** As written. */
  specifier: string;
  /** The project file it names (relative, with `/`), or null for a package. */
  target: string | null;
}

/** The imports of a file (static, type-only, re-exports and dynamic `import()`); relative ones resolved to files. */
export function importsOf(file: string): Import[] {
  const { importedFiles } = ts.preProcessFile(readSource(file), true, true);
  return importedFiles.map(({ fileName: specifier }) => {
    if (!specifier.startsWith('.')) return { specifier, target: null };
    const base = resolve(ROOT, dirname(file), specifier);
    const found = TRY.map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile());
    if (!found) throw new Error(`${file}: cannot resolve ${specifier}`);
    return { specifier, target: relative(ROOT, found).split(sep).join('/') };
  });
}
