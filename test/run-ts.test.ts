// scripts/run-ts.mjs, the launcher `npm run build` runs: it compiles a TypeScript script into
// .cache/run/ under a name that stands for its content, runs it with its own arguments, and drops
// what earlier versions left there once it is a week old.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const launcher = resolve(import.meta.dirname, '../scripts/run-ts.mjs');

describe('run-ts.mjs', () => {
  it('runs the script with its arguments from a content-addressed build, and prunes what is a week old', () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-ts-'));
    const script = (greeting: string) =>
      writeFileSync(join(dir, 'hello.ts'), `const who: string = process.argv.slice(2).join(' ');\nconsole.log(\`${greeting} \${who}\`);\n`);
    const run = () => spawnSync(process.execPath, [launcher, 'hello.ts', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
    mkdirSync(join(dir, '.cache/run'), { recursive: true });
    const old = join(dir, '.cache/run/hello-OLD.mjs');
    const recent = join(dir, '.cache/run/hello-RECENT.mjs');
    writeFileSync(old, '');
    writeFileSync(recent, '');
    const eightDaysAgo = (Date.now() - 8 * 24 * 3600 * 1000) / 1000;
    utimesSync(old, eightDaysAgo, eightDaysAgo);

    script('hello');
    const first = run();
    expect(first.stdout, first.stderr).toBe('hello a b\n');
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    const compiled = readdirSync(join(dir, '.cache/run')).filter((f) => f !== 'hello-RECENT.mjs');
    expect(compiled).toHaveLength(1);

    // The same script again: the same file, nothing new written.
    expect(run().stdout).toBe('hello a b\n');
    expect(readdirSync(join(dir, '.cache/run')).filter((f) => f !== 'hello-RECENT.mjs')).toEqual(compiled);

    // A change is a new name beside the old one, never a rewrite of it.
    script('goodbye');
    expect(run().stdout).toBe('goodbye a b\n');
    expect(readdirSync(join(dir, '.cache/run')).filter((f) => f !== 'hello-RECENT.mjs')).toHaveLength(2);
  });

  it('answers a missing or non-TypeScript entry with its usage', () => {
    const result = spawnSync(process.execPath, [launcher, 'script.js'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: node scripts/run-ts.mjs <script.ts>');
  });
});
