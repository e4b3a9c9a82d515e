// The second adversarial round (issue 22) as a repeatable run against real mock processes, counting
// acknowledged creates and what survives: creates under load from several keep-alive clients while
// a second instance tries the same state file, kill -9 restarts in the middle of the load, and a
// file-size limit that cuts journal writes short (as a full disk does). Every acknowledged create
// must be found after each restart; nothing refused may appear. Loopback only, bounded in time.
//   npm run bench:durability [-- --seconds 20 --restarts 5 --clients 8]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommand } from '../src/cli/args.ts';
import { exampleQuery } from '../src/wire/example-request.ts';
import { type MockProcess, spawnMock } from '../test/support/mock-process.ts';
import wire from '../generated/openapi.wire.json' with { type: 'json' };

const values = parseCommand(
  process.argv.slice(2),
  {
    seconds: { type: 'string', default: '20' },
    restarts: { type: 'string', default: '5' },
    clients: { type: 'string', default: '8' },
  } as const,
  'usage: npm run bench:durability [-- --seconds N] [--restarts N] [--clients N]',
);
const seconds = Number(values.seconds);
const restarts = Number(values.restarts);
const clients = Number(values.clients);

const dir = mkdtempSync(join(tmpdir(), 'bench-durability-'));
const query = exampleQuery(wire.paths['/#Action=CreateListener'].post.parameters as never);
const groupKey = Object.keys(query).find((k) => k.endsWith('ServerGroupId'))!;
const world = join(dir, 'world.yaml');
writeFileSync(
  world,
  `limits: { serverGroupAttachedQuota: 10000000 }\nloadBalancers:\n${Array.from(
    { length: 100 },
    (_, i) => `  - { id: alb-bench${i}, vpcId: vpc-1, listenerQuota: 100000, serversQuota: 1000000000 }`,
  ).join('\n')}\nserverGroups:\n  - { id: ${query[groupKey]}, vpcId: vpc-1, protocol: HTTP, servers: 0 }\n`,
);
const argsFor = (stateFile: string) => [
  '--port',
  '0',
  '--quiet',
  '--stateful',
  '--world',
  world,
  '--state-file',
  stateFile,
  '--provisioning-ms',
  '0',
];
const args = argsFor(join(dir, 'state.json'));

const acknowledged = new Set<string>();
let refused = 0;
let next = 0;
let clashes = 0;

async function create(url: string): Promise<void> {
  const n = next++;
  const params = { ...query, LoadBalancerId: `alb-bench${n % 100}`, ListenerPort: String(Math.floor(n / 100) + 1), ClientToken: `t${n}` };
  try {
    const r = await fetch(`${url}/?${new URLSearchParams(params)}`, {
      method: 'POST',
      headers: { 'x-acs-action': 'CreateListener', 'x-acs-version': '2020-06-16' },
    });
    const body = await r.json();
    if (r.status === 200) acknowledged.add(body.ListenerId);
    else refused++;
  } catch {
    // The mock was killed under this request: neither acknowledged nor refused.
  }
}

async function found(url: string): Promise<Set<string>> {
  const listeners = (await (await fetch(`${url}/__mock/listeners`)).json()) as Array<{ id: string }>;
  return new Set(listeners.map((l) => l.id));
}

function lost(present: Set<string>): number {
  let missing = 0;
  for (const id of acknowledged) if (!present.has(id)) missing++;
  return missing;
}

async function load(mock: MockProcess, untilMs: number): Promise<void> {
  const url = await mock.url;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < untilMs && mock.child.exitCode === null) await create(url);
    }),
  );
}

const started = Date.now();
const slice = (seconds * 1000) / (restarts + 1);
let mock = spawnMock(args);
const checks: string[] = [];
for (let round = 0; round <= restarts; round++) {
  const until = Date.now() + slice;
  const running = load(mock, until);
  // Halfway through each round, a second instance tries the same state file.
  await new Promise((done) => setTimeout(done, slice / 2));
  const second = spawnMock(args);
  if ((await second.exited) === 1 && /is in use by another mock/.test(second.stderr())) clashes++;
  if (round < restarts) {
    mock.child.kill('SIGKILL');
    await mock.exited;
  }
  await running;
  if (round < restarts) {
    mock = spawnMock(args);
    const missing = lost(await found(await mock.url));
    checks.push(`after kill -9 #${round + 1}: ${acknowledged.size} acknowledged, ${missing} lost`);
  }
}
const lostUnderLoad = lost(await found(await mock.url));
mock.child.kill('SIGTERM');
await mock.exited;

// A file-size limit (8 KiB per file): journal writes past it are refused, never acknowledged then lost.
const limitedArgs = argsFor(join(dir, 'limited.json'));
const before = acknowledged.size;
const limited = spawnMock(limitedArgs, { limits: 'ulimit -S -f 16;' });
const limitedUrl = await limited.url;
const refusedBefore = refused;
for (let i = 0; i < 40; i++) await create(limitedUrl);
const limitedAcknowledged = acknowledged.size - before;
execFileSync('prlimit', ['--pid', String(limited.child.pid), '--fsize=unlimited']);
for (let i = 0; i < 5; i++) await create(limitedUrl);
limited.child.kill('SIGKILL');
await limited.exited;
const afterLimit = spawnMock(limitedArgs);
const limitedPresent = await found(await afterLimit.url);
afterLimit.child.kill('SIGTERM');
await afterLimit.exited;
const limitedLost = [...acknowledged].slice(before).filter((id) => !limitedPresent.has(id)).length;
rmSync(dir, { recursive: true, force: true });

const totalLost = lostUnderLoad + limitedLost;
console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
console.log('| run | figure |');
console.log('|---|---|');
console.log(`| creates acknowledged under load (${clients} clients, ${restarts} kill -9 restarts) | ${before} |`);
console.log(`| second instances on the same state file, refused naming the owner | ${clashes} of ${restarts + 1} |`);
for (const line of checks) console.log(`| ${line.split(': ')[0]} | ${line.split(': ')[1]} |`);
console.log(
  `| under an 8 KiB file-size limit: acknowledged / refused (503) | ${limitedAcknowledged} / ${refused - refusedBefore} of 40, then +5 once lifted |`,
);
console.log(`| **acknowledged writes lost** | **${totalLost}** |`);
if (totalLost > 0 || clashes !== restarts + 1) process.exitCode = 1;
