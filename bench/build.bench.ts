// Benchmark of the pipeline: a full build (--force) and a no-op rebuild, each timed as a whole
// command (`tsx scripts/build.ts`), as a user runs it. Prints a Markdown table for bench/RESULTS.md.
//   npm run bench:build [-- --runs N]
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { median } from './support/median.ts';
import { parseCommand } from '../src/cli/args.ts';

const values = parseCommand(
  process.argv.slice(2),
  { runs: { type: 'string', default: '5' } } as const,
  'usage: npm run bench:build [-- --runs N]',
);
const runs = Number(values.runs);

function time(args: string[]): number {
  const t0 = performance.now();
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/build.ts', ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return performance.now() - t0;
}

const bareNode = Array.from({ length: runs }, () => {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - t0;
});
const full = Array.from({ length: Math.max(1, Math.ceil(runs / 2)) }, () => time(['--force']));
const noop = Array.from({ length: runs }, () => time([]));

const row = (name: string, values: number[]) =>
  `| ${name} | ${Math.round(median(values))} ms | ${Math.round(Math.min(...values))}-${Math.round(Math.max(...values))} ms | ${values.length} |`;
console.log(`Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| command | median | range | runs |\n|---|---|---|---|');
console.log(row('`node -e 0` (floor)', bareNode));
console.log(row('full build (`npm run build -- --force`)', full));
console.log(row('no-op rebuild (`npm run build`)', noop));
console.log(`\nno-op rebuild / bare node: ${(median(noop) / median(bareNode)).toFixed(1)}x`);
