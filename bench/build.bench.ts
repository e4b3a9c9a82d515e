// Benchmark of the pipeline, in a scratch copy of the repository (so edits never touch the tree):
// a full build (--force), a no-op rebuild, a one-parameter edit rebuilt by `npm run build`, and the
// same edit rebuilt by a running `npm run build -- --watch`. Each command is timed as a whole, as a
// user runs it (package.json's build command, without npm's own start-up). Prints a Markdown
// table for bench/RESULTS.md. With --against <revision>, also full builds of that revision's
// pipeline in a scratch copy of it, interleaved with this one's: a ratio measured side by side.
//   npm run bench:build [-- --runs N] [--against <git revision>]
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fail, parseCommand } from '../src/cli/args.ts';
import { buildCommand, scratchCopy } from '../test/support/scratch-copy.ts';
import { median } from './support/median.ts';

const values = parseCommand(
  process.argv.slice(2),
  { runs: { type: 'string', default: '5' }, against: { type: 'string' } } as const,
  `usage: npm run bench:build [-- --runs N] [--against <git revision>]

examples:
  npm run bench:build -- --runs 3
  npm run bench:build -- --runs 3 --against HEAD~1`,
);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, not ${values.runs}`, 2);

const work = scratchCopy('bench-build-');
const earlier = values.against === undefined ? undefined : scratchCopy('bench-build-against-', values.against);

// The edit: one parameter's maximum, alternating between two values so every run changes it.
const parameter = join(work, 'openapi/components/parameters/IdleTimeout.yaml');
const original = readFileSync(parameter, 'utf8');
let edits = 0;
const editParameter = () => writeFileSync(parameter, original.replace('maximum: 600', `maximum: ${edits++ % 2 === 0 ? 599 : 600}`));

function time(args: string[], before?: () => void, copy = work): number {
  before?.();
  const [program, ...command] = buildCommand(copy);
  const t0 = performance.now();
  const result = spawnSync(program, [...command, ...args], { cwd: copy, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return performance.now() - t0;
}

/** From the edit's write to the watcher's "build finished": what a contributor waits for. */
async function timeWatchRebuilds(count: number): Promise<number[]> {
  const [program, ...command] = buildCommand(work);
  const child = spawn(program, [...command, '--watch'], { cwd: work });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const until = async (seen: () => boolean) => {
    for (let i = 0; i < 1200 && !seen(); i++) await new Promise((r) => setTimeout(r, 20));
    if (!seen()) throw new Error(`the watcher did not answer:\n${output}`);
  };
  try {
    await until(() => output.includes('watching'));
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const finished = output.split('build finished').length;
      const t0 = performance.now();
      editParameter();
      await until(() => output.split('build finished').length > finished);
      times.push(performance.now() - t0);
      if (output.includes('build failed')) throw new Error(output);
    }
    return times;
  } finally {
    child.kill();
  }
}

const bareNode = Array.from({ length: runs }, () => {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - t0;
});
const full: number[] = [];
const fullEarlier: number[] = [];
for (let i = 0; i < Math.max(1, Math.ceil(runs / 2)); i++) {
  full.push(time(['--force']));
  if (earlier !== undefined) fullEarlier.push(time(['--force'], undefined, earlier));
}
const noop = Array.from({ length: runs }, () => time([]));
const edit = Array.from({ length: Math.max(1, Math.ceil(runs / 2)) }, () => time([], editParameter));
const watched = await timeWatchRebuilds(runs);
rmSync(work, { recursive: true, force: true });
if (earlier !== undefined) rmSync(earlier, { recursive: true, force: true });

const row = (name: string, values: number[]) =>
  `| ${name} | ${Math.round(median(values))} ms | ${Math.round(Math.min(...values))}-${Math.round(Math.max(...values))} ms | ${values.length} |`;
console.log(`Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| command | median | range | runs |\n|---|---|---|---|');
console.log(row('`node -e 0` (floor)', bareNode));
console.log(row('full build (`npm run build -- --force`)', full));
if (earlier !== undefined) console.log(row(`full build of ${values.against}, interleaved with the row above`, fullEarlier));
console.log(row('no-op rebuild (`npm run build`)', noop));
console.log(row('one-parameter edit, `npm run build`', edit));
console.log(row('one-parameter edit, `npm run build -- --watch` (edit to "build finished")', watched));
console.log(`\nno-op rebuild / bare node: ${(median(noop) / median(bareNode)).toFixed(1)}x`);
if (earlier !== undefined) console.log(`full build, this tree / ${values.against}: ${(median(full) / median(fullEarlier)).toFixed(2)}x`);
