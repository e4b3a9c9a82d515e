// The pipeline in a scratch copy of the repository: a full build, a no-op rebuild that skips
// every step, and a broken spec that stops the build at lint with the linter's own message. The
// watcher and the incremental-equals-forced builds are in the slow suite (test/slow/).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { dependencies, dependents } from '../scripts/lib/pipeline.ts';
import { steps } from '../scripts/lib/steps.ts';
import { buildCommand, repo, scratchCopy } from './support/scratch-copy.ts';

const work = scratchCopy('pipeline-');

const [program, ...command] = buildCommand(work);

function build(...args: string[]) {
  const result = spawnSync(program, [...command, '--trace', ...args], { cwd: work, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run build', () => {
  // The scratch copy's first build runs every step (it has no .cache/).
  let firstBuild: ReturnType<typeof build> | undefined;
  it('runs every step with its duration, then skips them all when nothing changed', () => {
    const first = build();
    firstBuild = first;
    expect(first.status, first.output).toBe(0);
    for (const step of steps) expect(first.output).toMatch(new RegExp(`done  ${step.name} in \\d+ ms`));
    // What it wrote is what is committed (what it keeps in .cache/ is not).
    for (const file of steps.flatMap((s) => s.outputs).filter((f) => f.startsWith('generated/')))
      expect(readFileSync(join(work, file), 'utf8'), file).toBe(readFileSync(join(repo, file), 'utf8'));

    const second = build();
    expect(second.status).toBe(0);
    expect(second.output.match(/skip {2}/g)).toHaveLength(steps.length);
  });

  it("fails with the linter's own message, and records neither the step nor the inputs hash", () => {
    const file = join(work, 'openapi/components/parameters/ListenerPort.yaml');
    const original = readFileSync(file, 'utf8');
    onTestFinished(() => writeFileSync(file, original));
    writeFileSync(file, original.replace('example: 80', 'example: not-a-port'));
    const hashBefore = readFileSync(join(work, 'generated/inputs.sha256'), 'utf8');
    const result = build();
    expect(result.status).toBe(1);
    expect(result.output).toContain('FAIL  lint');
    // Both linters, each naming the file the problem is in (not the root document that refers to it).
    expect(result.output).toContain('spectral oas3-valid-media-example in');
    expect(result.output).toContain(
      'redocly no-invalid-parameter-examples in openapi/components/parameters/ListenerPort.yaml at #/example',
    );
    expect(result.output).toContain('build failed');
    expect(readFileSync(join(work, 'generated/inputs.sha256'), 'utf8')).toBe(hashBefore);
    // Not recorded: the next build lints again and fails again.
    const again = build();
    expect(again.status).toBe(1);
    expect(again.output).toContain('FAIL  lint');
  });

  it('starts each step only after every step that writes one of its inputs has finished', () => {
    const result = firstBuild!;
    const at = (line: string) => result.output.indexOf(line);
    for (const step of steps) {
      expect(at(`done  ${step.name} in`), step.name).toBeGreaterThan(-1);
      for (const needed of dependencies(step))
        expect(at(`done  ${needed.name} in`), `${needed.name} before ${step.name}`).toBeLessThan(at(`start ${step.name} at`));
    }
    // The graph is the one the outputs imply, not a chain: the linters wait for the wire form,
    // the types do not.
    const names = (name: string) => dependencies(steps.find((s) => s.name === name)!).map((s) => s.name);
    expect(names('lint').sort()).toEqual(['bundle', 'derive wire form']);
    expect(names('types')).toEqual(['bundle']);
    // What waits for a step, through others too: whose tools load while it runs.
    const waiting = (name: string) =>
      dependents(steps.find((s) => s.name === name)!)
        .map((s) => s.name)
        .sort();
    expect(waiting('bundle')).toEqual(
      steps
        .filter((s) => s.name !== 'bundle')
        .map((s) => s.name)
        .sort(),
    );
    expect(waiting('docs')).toEqual(['docs page']);
    expect(waiting('types')).toEqual(['docs page']);
    expect(waiting('docs page')).toEqual([]);
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
