// A scratch copy of what the pipeline reads and writes (the spec, the lint rules, the scripts and
// sources, generated/), with the repository's node_modules linked in: where the pipeline tests and
// the build benchmark edit files and build without touching the tree.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ENTRIES = [
  'openapi',
  'spectral',
  'scripts',
  'src',
  'generated',
  '.spectral.yaml',
  'redocly.yaml',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

export const repo = resolve(import.meta.dirname, '../..');

/** Makes the copy in a new temporary directory and returns its path. */
export function scratchCopy(prefix: string): string {
  const work = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ENTRIES) cpSync(join(repo, entry), join(work, entry), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(work, 'node_modules'));
  return work;
}
