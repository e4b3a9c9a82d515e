// What the pipeline's outputs are made from, and one hash of it all. The build writes the hash
// into generated/inputs.sha256 after a full successful run; `npm start` in a fresh clone (no
// .cache/) compares it with the tree and serves the committed generated/ at once when they match,
// instead of running every step again. CI's drift check keeps the committed outputs honest.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const INPUTS_HASH_FILE = 'generated/inputs.sha256';

/** Every file the steps read that is not itself generated: the spec, the generators, the lint rules, the tool versions. */
export const SOURCE_INPUTS = [
  'openapi/**',
  'scripts/lib/**',
  'src/openapi/**',
  'src/wire/**',
  'src/mock/state/world-schema.ts',
  'src/docs-console/**',
  'src/client/**',
  'src/index.ts',
  'src/entry-exports.ts',
  '.spectral.yaml',
  'spectral/**',
  'redocly.yaml',
  'package-lock.json',
  'tsconfig.json',
];

/** `dir/**` is every file under dir, in a fixed order; anything else is one file. */
export function expand(pattern: string): string[] {
  if (!pattern.endsWith('/**')) return [pattern];
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((entry) => {
        const path = join(dir, entry);
        return statSync(path).isDirectory() ? walk(path) : [path];
      });
  const root = pattern.slice(0, -3);
  return existsSync(root) ? walk(root) : [];
}

/** A hash of the paths and contents of these files (missing ones count as missing). */
export function hashFiles(patterns: string[]): string {
  const hash = createHash('sha256');
  for (const file of patterns.flatMap(expand)) {
    hash.update(`${file}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : 'missing');
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when generated/ was last built, in full, from exactly the files in the tree now. */
export function generatedIsCurrent(): boolean {
  return existsSync(INPUTS_HASH_FILE) && readFileSync(INPUTS_HASH_FILE, 'utf8').trim() === hashFiles(SOURCE_INPUTS);
}
