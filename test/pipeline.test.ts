// The pipeline in a scratch copy of the repository: a full build, a no-op rebuild that skips
// every step, and a broken spec that stops the build at lint with the linter's own message.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { steps } from '../scripts/lib/steps.ts';

const repo = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'pipeline-'));

function build(...args: string[]) {
  const result = spawnSync(join(repo, 'node_modules/.bin/tsx'), ['scripts/build.ts', ...args], { cwd: work, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  for (const entry of [
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
  ])
    cpSync(join(repo, entry), join(work, entry), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(work, 'node_modules'));
});

describe('npm run build', () => {
  it('runs every step with its duration, then skips them all when nothing changed', () => {
    const first = build();
    expect(first.status, first.output).toBe(0);
    for (const step of steps) expect(first.output).toMatch(new RegExp(`done  ${step.name} in \\d+ ms`));
    // What it wrote is what is committed.
    for (const file of steps.flatMap((s) => s.outputs))
      expect(readFileSync(join(work, file), 'utf8'), file).toBe(readFileSync(join(repo, file), 'utf8'));

    const second = build();
    expect(second.status).toBe(0);
    expect(second.output.match(/skip {2}/g)).toHaveLength(steps.length);
  });

  it("stops at the first failing step with the tool's own message", () => {
    const file = join(work, 'openapi/components/parameters/ListenerPort.yaml');
    const original = readFileSync(file, 'utf8');
    onTestFinished(() => writeFileSync(file, original));
    writeFileSync(file, original.replace('example: 80', 'example: not-a-port'));
    const bundleBefore = readFileSync(join(work, 'generated/openapi.yaml'), 'utf8');
    const result = build();
    expect(result.status).toBe(1);
    expect(result.output).toContain('FAIL  lint source');
    expect(result.output).toMatch(/ListenerPort|type must be integer|must be integer/);
    expect(result.output).not.toContain('done  bundle');
    expect(readFileSync(join(work, 'generated/openapi.yaml'), 'utf8')).toBe(bundleBefore);
  });
});

describe('generated/inputs.sha256', () => {
  it('is the hash of the tree the committed outputs were built from, so npm start in a fresh clone may skip the pipeline', async () => {
    const { generatedIsCurrent } = await import('../scripts/lib/inputs.ts');
    expect(generatedIsCurrent()).toBe(true);
  });

  it('stops matching when a spec file changes', async () => {
    const { hashFiles, SOURCE_INPUTS } = await import('../scripts/lib/inputs.ts');
    const file = join(work, 'openapi/components/parameters/IdleTimeout.yaml');
    const original = readFileSync(file, 'utf8');
    onTestFinished(() => writeFileSync(file, original));
    const cwd = process.cwd();
    process.chdir(work);
    try {
      const a = hashFiles(SOURCE_INPUTS);
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
      expect(hashFiles(SOURCE_INPUTS)).not.toBe(a);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('an incremental build cannot differ from a forced one', () => {
  // All outputs of every step, plus the inputs hash.
  const outputs = () =>
    [...steps.flatMap((s) => s.outputs), 'generated/inputs.sha256'].map((file) => [file, readFileSync(join(work, file), 'utf8')]);
  const edit = (file: string, from: string, to: string) => {
    const path = join(work, file);
    const text = readFileSync(path, 'utf8');
    expect(text, `${file} holds ${from}`).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };

  it.each([
    // The case that once left generated/request-validator.ts stale: only a rule's `parameter` changes.
    [
      'a cross-field rule',
      'openapi/paths/CreateListener.yaml',
      'parameter: QuicConfig.QuicListenerId',
      'parameter: QuicConfig.QuicUpgradeEnabled',
    ],
    // A generator module that no step listed by name.
    ['a script module', 'scripts/lib/docs.ts', "'### Error codes'", "'### Error codes and what to do'"],
  ])('after a change to %s', { timeout: 240_000 }, (_, file, from, to) => {
    // Start from a build of the scratch copy as it is.
    const ready = build();
    expect(ready.status, ready.output).toBe(0);
    edit(file, from, to);
    const incremental = build();
    expect(incremental.status, incremental.output).toBe(0);
    const afterIncremental = outputs();
    const forced = build('--force');
    expect(forced.status, forced.output).toBe(0);
    expect(outputs()).toEqual(afterIncremental);
    // The change reached the outputs (the test would prove nothing otherwise).
    expect(afterIncremental.some(([, text]) => text!.includes(to.replace(/'/g, '').replace('parameter: ', '')))).toBe(true);
  });
});
