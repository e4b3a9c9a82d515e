// A scratch copy of what the pipeline reads and writes (the spec, the lint rules, the scripts and
// sources, generated/), with the repository's node_modules linked in: where the pipeline tests and
// the build benchmark edit files and build without touching the tree.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
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

/**
 * Makes the copy in a new temporary directory and returns its path: of the working tree, or of a
 * committed revision (`git archive`; to measure an earlier pipeline beside this one).
 */
export function scratchCopy(prefix: string, revision?: string): string {
  const work = mkdtempSync(join(tmpdir(), prefix));
  if (revision === undefined) for (const entry of ENTRIES) cpSync(join(repo, entry), join(work, entry), { recursive: true });
  else {
    const archive = execFileSync('git', ['archive', revision, ...ENTRIES], { cwd: repo, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', work], { input: archive });
  }
  symlinkSync(join(repo, 'node_modules'), join(work, 'node_modules'));
  return work;
}

/** The copy's `npm run build` command as [program, ...arguments], to run without npm in front. */
export function buildCommand(copy: string): [string, ...string[]] {
  const script: string = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')).scripts.build;
  const [program, ...args] = script.split(' ');
  return [program === 'node' ? process.execPath : join(repo, 'node_modules/.bin', program!), ...args];
}
