// `npm run build -- --watch` in a scratch copy: an edited spec file is rebuilt, and the rebuild
// equals a forced build. Slow (a watcher and two builds): `npm run test:slow`, which .ci/run runs.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildCommand, scratchCopy } from '../support/scratch-copy.ts';

const work = scratchCopy('watch-');
const [program, ...command] = buildCommand(work);

function build(...args: string[]) {
  const result = spawnSync(program, [...command, ...args], { cwd: work, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run build -- --watch', () => {
  it('rebuilds after a spec file changes, and the rebuild equals a forced build', { timeout: 120_000 }, async () => {
    const file = join(work, 'openapi/components/parameters/IdleTimeout.yaml');
    const original = readFileSync(file, 'utf8');
    onTestFinished(() => writeFileSync(file, original));
    const child = spawn(program, [...command, '--watch'], { cwd: work });
    onTestFinished(() => {
      child.kill();
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    const until = async (seen: () => boolean, what: string) => {
      for (let i = 0; i < 900 && !seen(); i++) await new Promise((r) => setTimeout(r, 100));
      if (!seen()) throw new Error(`waited for ${what}; output:\n${output}`);
    };
    await until(() => output.includes('watching'), 'the watcher');
    writeFileSync(file, original.replace('maximum: 600', 'maximum: 599'));
    await until(() => /change seen[\s\S]*build (finished|failed)/.test(output), 'the rebuild');
    expect(output).toMatch(/change seen[\s\S]*build finished/);
    const watched = readFileSync(join(work, 'generated/openapi.json'), 'utf8');
    expect(watched).toContain('"maximum": 599');
    child.kill();
    const forced = build('--force');
    expect(forced.status, forced.output).toBe(0);
    expect(readFileSync(join(work, 'generated/openapi.json'), 'utf8')).toBe(watched);
  });
});
