// Mock server benchmarks, ours and Prism's CLI side by side in one run, both serving the generated
// wire form of CreateListener (generated/openapi.wire.json), both in their own process, on 127.0.0.1:
//   throughput: autocannon, 50 connections, a valid signed-looking V3 request, `--seconds` each,
//     alternating ours / `prism mock -v silent` for `--rounds` rounds;
//   soak: `--soak-seconds` of the same load on ours; resident memory after warm-up vs at the end,
//     and the error count.
//   npm run bench:mock [-- --seconds 10 --rounds 2 --soak-seconds 60]
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

import autocannon from 'autocannon';
import { parseCommand } from '../src/cli/args.ts';
import { prismSpecFile } from './support/prism-spec.ts';
import { actionVersions } from '../generated/types.ts';

const values = parseCommand(
  process.argv.slice(2),
  {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    'soak-seconds': { type: 'string', default: '60' },
  } as const,
  'usage: npm run bench:mock [-- --seconds N --rounds N --soak-seconds N]',
);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const soakSeconds = Number(values['soak-seconds']);

const query =
  'LoadBalancerId=alb-7y0kq0zi6gqgb1hb4w&ListenerProtocol=HTTP&ListenerPort=80&DefaultActions.1.Type=ForwardGroup' +
  '&DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId=sgp-8ilqs4axp6bc2lfcxs';
const headers = {
  'x-acs-action': 'CreateListener',
  'x-acs-version': actionVersions.CreateListener,
  accept: 'application/json',
  // Prism checks that the declared apiKey scheme is present; our mock ignores it unless verifying.
  authorization: 'ACS3-HMAC-SHA256 Credential=bench,SignedHeaders=host,Signature=00',
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

async function launch(command: string, args: string[], ready?: RegExp): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let seen = '';
  if (ready)
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        seen += chunk;
        if (ready.test(seen)) resolve();
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.on('exit', (code) => reject(new Error(`${command} exited ${code}: ${seen}`)));
      setTimeout(() => reject(new Error(`${command} not ready: ${seen}`)), 60_000);
    });
  child.stdout!.resume();
  child.stderr!.resume();
  return child;
}

function load(port: number, duration: number) {
  return autocannon({ url: `http://127.0.0.1:${port}/?${query}`, method: 'POST', headers, connections: 50, duration });
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);

const oursPort = await freePort();
const prismPort = await freePort();
const ours = await launch(
  process.execPath,
  ['--import', 'tsx', 'scripts/start.ts', '--no-build', '--quiet', '--port', String(oursPort)],
  /mock on http/,
);
const prism = await launch('node_modules/.bin/prism', [
  'mock',
  '-v',
  'silent',
  '-p',
  String(prismPort),
  '-h',
  '127.0.0.1',
  prismSpecFile(),
]);
// prism -v silent prints nothing when ready: wait until it answers.
for (let i = 0; i < 600; i++) {
  try {
    await fetch(`http://127.0.0.1:${prismPort}/?${query}`, { method: 'POST', headers });
    break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Warm both up, then alternate.
await load(oursPort, 2);
await load(prismPort, 2);
const results: Record<string, autocannon.Result[]> = { ours: [], prism: [] };
for (let round = 0; round < rounds; round++) {
  results.ours!.push(await load(oursPort, seconds));
  results.prism!.push(await load(prismPort, seconds));
}
const summary = (name: string) => {
  const runs = results[name]!;
  const rps = runs.reduce((s, r) => s + r.requests.average, 0) / runs.length;
  const p99 = Math.max(...runs.map((r) => r.latency.p99));
  const p50 = runs.reduce((s, r) => s + r.latency.p50, 0) / runs.length;
  const bad = runs.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx, 0);
  return { rps, p50, p99, bad };
};
const a = summary('ours');
const b = summary('prism');
console.log(
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; autocannon 50 connections, ${seconds} s x ${rounds} rounds each, alternating\n`,
);
console.log('| server | req/s (mean) | p50 | p99 (worst round) | errors + non-2xx |\n|---|---|---|---|---|');
console.log(`| our mock | ${Math.round(a.rps)} | ${a.p50.toFixed(1)} ms | ${a.p99} ms | ${a.bad} |`);
console.log(`| prism mock -v silent | ${Math.round(b.rps)} | ${b.p50.toFixed(1)} ms | ${b.p99} ms | ${b.bad} |`);
console.log(`\nthroughput ours / Prism: ${(a.rps / b.rps).toFixed(2)}x; p99 ours / Prism: ${(a.p99 / b.p99).toFixed(2)}x`);
prism.kill();
let failed = a.bad > 0;

if (soakSeconds > 0) {
  const warm = Math.min(10, Math.floor(soakSeconds / 4));
  await load(oursPort, warm);
  const before = rssKb(ours.pid!);
  const soak = await load(oursPort, soakSeconds);
  const after = rssKb(ours.pid!);
  const bad = soak.errors + soak.timeouts + soak.non2xx;
  console.log(
    `\nsoak: ${soakSeconds} s after ${warm} s warm-up, ${soak.requests.total} requests, ${bad} errors/non-2xx; RSS ${Math.round(before / 1024)} MB -> ${Math.round(after / 1024)} MB (${(((after - before) / before) * 100).toFixed(1)} %)`,
  );
  failed ||= bad > 0;
}
ours.kill();
// Errors fail the run (CI runs a short one); speed and memory are read from the figures.
process.exitCode = failed ? 1 : 0;
