// Time to the first answered request, ours and Prism's side by side in one run (issue 14):
//   fresh clone: `npm start` in a clone of HEAD with no build cache (node_modules linked in, so the
//     install is not timed), until the mock answers the documented sample request with 200;
//   installed: the packed tarball installed into an empty project, `alb-contract mock`;
//   prism: `prism mock -v silent` on the same wire form (CreateListener's, bench/support/prism-spec.ts).
// With --sizes, also the installed size of our package against @stoplight/prism-cli's (each
// installed from the npm registry into an empty project; that needs the registry).
//   npm run bench:start [-- --rounds 5 --sizes]
import { prismSpecFile } from './support/prism-spec.ts';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './support/median.ts';
import { parseCommand } from '../src/cli/args.ts';
import { actionVersions } from '../generated/types.ts';

const values = parseCommand(
  process.argv.slice(2),
  { rounds: { type: 'string', default: '5' }, sizes: { type: 'boolean', default: false } } as const,
  'usage: npm run bench:start [-- --rounds N] [--sizes]',
);
const rounds = Number(values.rounds);
const repo = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bench-start-'));
const quiet = { stdio: 'pipe' as const, encoding: 'utf8' as const };

// A fresh clone of what is committed, with this checkout's node_modules.
const clone = join(work, 'clone');
execFileSync('git', ['clone', '-q', repo, clone], quiet);
symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'));
// The published package, installed into an empty project.
const consumer = join(work, 'consumer');
execFileSync('mkdir', ['-p', consumer]);
execFileSync('npm', ['pack', '--pack-destination', consumer, '--silent'], { ...quiet, cwd: repo });
const tarball = readdirSync(consumer).find((f) => f.endsWith('.tgz'))!;
writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', `./${tarball}`], { ...quiet, cwd: consumer });

const sample =
  '/?LoadBalancerId=alb-7y0kq0zi6gqgb1hb4w&ListenerProtocol=HTTP&ListenerPort=80&DefaultActions.1.Type=ForwardGroup' +
  '&DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId=sgp-8ilqs4axp6bc2lfcxs';
const headers = {
  'x-acs-action': 'CreateListener',
  'x-acs-version': actionVersions.CreateListener,
  authorization: 'ACS3-HMAC-SHA256 Credential=bench,SignedHeaders=host,Signature=00',
};

/** Milliseconds from spawning the command to the first 200 for the sample request. */
async function firstAnswer(cwd: string, port: number, command: string, args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, stdio: 'ignore', detached: true });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}${sample}`, { method: 'POST', headers });
        await response.arrayBuffer();
        if (response.status === 200) return performance.now() - started;
      } catch {
        // Not listening yet.
      }
      if (performance.now() - started > 60_000) throw new Error(`${command} ${args.join(' ')} did not answer within 60 s`);
      await new Promise((done) => setTimeout(done, 10));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((done) => setTimeout(done, 200));
  }
}

const contenders: Array<[string, () => Promise<number>]> = [
  ['`npm start` in a fresh clone', () => firstAnswer(clone, 4301, 'npm', ['start', '--', '--port', '4301', '--quiet'])],
  [
    'installed `alb-contract mock`',
    () => firstAnswer(consumer, 4302, join(consumer, 'node_modules/.bin/alb-contract'), ['mock', '--port', '4302', '--quiet']),
  ],
  [
    '`prism mock -v silent` (same spec)',
    () => firstAnswer(repo, 4303, join(repo, 'node_modules/.bin/prism'), ['mock', '-p', '4303', '-v', 'silent', prismSpecFile(repo)]),
  ],
];
const times = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
// Interleaved, so a noisy moment taxes every contender alike.
for (let round = 0; round < rounds; round++) for (const [name, run] of contenders) times.get(name)!.push(await run());

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${rounds} interleaved rounds, medians\n`);
console.log('| to the first answered request | median | range |');
console.log('|---|---|---|');
for (const [name, samples] of times)
  console.log(`| ${name} | ${median(samples).toFixed(0)} ms | ${Math.min(...samples).toFixed(0)}-${Math.max(...samples).toFixed(0)} ms |`);
const prism = median(times.get(contenders[2]![0])!);
console.log(
  `\nfresh clone / prism: ${(median(times.get(contenders[0]![0])!) / prism).toFixed(2)}x; installed / prism: ${(median(times.get(contenders[1]![0])!) / prism).toFixed(2)}x`,
);

if (values.sizes) {
  const size = (dir: string) => Number(execFileSync('du', ['-sk', join(dir, 'node_modules')], quiet).split('\t')[0]) * 1024;
  const prismProject = join(work, 'prism');
  execFileSync('mkdir', ['-p', prismProject]);
  writeFileSync(join(prismProject, 'package.json'), JSON.stringify({ name: 'prism-consumer', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '@stoplight/prism-cli@5.14.2'], { ...quiet, cwd: prismProject });
  const count = (dir: string) =>
    execFileSync('npm', ['ls', '--all', '--parseable'], { ...quiet, cwd: dir })
      .trim()
      .split('\n').length - 1;
  console.log('\n| installed into an empty project | node_modules | packages |');
  console.log('|---|---|---|');
  console.log(`| this package (npm pack) | ${(size(consumer) / 2 ** 20).toFixed(1)} MiB | ${count(consumer)} |`);
  console.log(`| @stoplight/prism-cli@5.14.2 | ${(size(prismProject) / 2 ** 20).toFixed(1)} MiB | ${count(prismProject)} |`);
}
execFileSync('rm', ['-rf', work]);
