// Costs that must not grow with the mock's state (issue 17, items 6 and 7), in-process, measured
// side by side in one run:
//   stateful creates per second with a state file (journal append + fdatasync per create) in a
//     world of 10 listeners and one of 10,000, and the bytes written per create;
//   V3 signature verifications per second with the nonce cache nearly empty and holding --nonces
//     nonces;
//   ListAsynJobs by JobIds (what every waiter sends) in a session of 10 jobs and one of --jobs jobs;
//   a reset of a world of MAX_WORLD_ENTRIES entries (what a reset blocks the server for).
//   npm run bench:state [-- --creates 300 --nonces 50000 --jobs 50000]
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { signAcs3 } from '../src/node.ts';
import { nodeHashes } from '../src/client/hashes-node.ts';
import { createVerifier } from '../src/mock/signatures.ts';
import { openWorldStore } from '../src/mock/state/open-store.ts';
import { listJobs } from '../src/mock/state/queries.ts';
import { MAX_WORLD_ENTRIES } from '../src/mock/state/world.ts';
import { parseCommand } from '../src/cli/args.ts';
import { actionVersions } from '../generated/types.ts';

const values = parseCommand(
  process.argv.slice(2),
  {
    creates: { type: 'string', default: '300' },
    nonces: { type: 'string', default: '50000' },
    jobs: { type: 'string', default: '50000' },
  } as const,
  'usage: npm run bench:state [-- --creates N] [--nonces N] [--jobs N]',
);
const creates = Number(values.creates);
const nonces = Number(values.nonces);
const jobCount = Number(values.jobs);
const dir = mkdtempSync(join(tmpdir(), 'bench-state-'));

function worldWith(listeners: number): string {
  const path = join(dir, `world-${listeners}.yaml`);
  const lbs = Math.ceil(listeners / 50_000) + 1;
  const lines = ['limits: { serverGroupAttachedQuota: 1000000 }', 'loadBalancers:'];
  for (let i = 0; i < lbs; i++) lines.push(`  - { id: alb-bench${i}, vpcId: vpc-1, listenerQuota: 100000 }`);
  lines.push('serverGroups:', '  - { id: sgp-bench, vpcId: vpc-1, protocol: HTTP }', listeners > 0 ? 'listeners:' : 'listeners: []');
  // Existing listeners fill ports 1.. of the first load balancers; new ones go to the last.
  for (let i = 0; i < listeners; i++)
    lines.push(`  - { id: lsn-bench${i}, loadBalancerId: alb-bench${Math.floor(i / 50_000)}, port: ${(i % 50_000) + 1}, protocol: HTTP }`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function measureCreates(listeners: number): { perSecond: number; bytesPerCreate: number } {
  const stateFile = join(dir, `state-${listeners}.json`);
  const store = openWorldStore({ worldFile: worldWith(listeners), stateFile });
  const lastLb = `alb-bench${Math.ceil(listeners / 50_000)}`;
  const started = performance.now();
  for (let i = 0; i < creates; i++) {
    const request = {
      LoadBalancerId: lastLb,
      ListenerProtocol: 'HTTP' as const,
      ListenerPort: i + 1,
      DefaultActions: [{ Type: 'ForwardGroup' as const, ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-bench' }] } }],
    };
    const outcome = store.createListener(
      'default',
      request,
      { LoadBalancerId: lastLb, ListenerPort: String(i + 1), ClientToken: `t-${listeners}-${i}` },
      false,
    );
    if (outcome.kind !== 'done') throw new Error(`create ${i} failed: ${JSON.stringify(outcome)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  // The journal is compacted every 1,000 creates; what is left in it is whole records.
  const left = creates % 1_000;
  return { perSecond: creates / seconds, bytesPerCreate: left > 0 ? statSync(`${stateFile}.journal`).size / left : Number.NaN };
}

async function measureVerify(filled: number): Promise<number> {
  const key = { accessKeyId: 'LTAI5tBench', accessKeySecret: 'bench-secret' };
  const verify = createVerifier(key, nodeHashes);
  const host = '127.0.0.1:4010';
  const query = { ListenerPort: '80' };
  const date = `${new Date().toISOString().slice(0, 19)}Z`;
  const headers = { 'x-acs-action': 'CreateListener', 'x-acs-version': actionVersions.CreateListener };
  const request = async (nonce: string) => {
    const signed = await signAcs3({ method: 'POST', host, query, headers }, key, { date, nonce });
    return { method: 'POST', params: query, query, headers: { ...signed.headers, host }, body: '' };
  };
  for (let i = 0; i < filled; i++) await verify(await request(`fill-${i}`));
  // Sign first, so only verification is timed.
  const batch = await Promise.all(Array.from({ length: 2_000 }, (_, i) => request(`timed-${filled}-${i}`)));
  const started = performance.now();
  for (const r of batch) if ((await verify(r)) !== undefined) throw new Error('verification failed');
  return batch.length / ((performance.now() - started) / 1000);
}

/** ListAsynJobs by JobIds per second in a session holding `jobs` jobs (memory only: the lookup is what is timed). */
function measureJobLookups(jobs: number): number {
  const store = openWorldStore({ worldFile: worldWith(0) });
  const ids: string[] = [];
  for (let i = 0; i < jobs; i++) {
    const outcome = store.createListener(
      'default',
      { LoadBalancerId: 'alb-bench0', ListenerProtocol: 'HTTP', ListenerPort: (i % 65_535) + 1, DefaultActions: [] } as never,
      {},
      false,
    );
    if (outcome.kind !== 'done') {
      // Ports run out on one load balancer past 65,535: enough jobs are made by then.
      break;
    }
    ids.push(String(outcome.body.JobId));
  }
  const session = store.session();
  const lookups = 20_000;
  const started = performance.now();
  for (let i = 0; i < lookups; i++) listJobs(session, { JobIds: [ids[(i * 7919) % ids.length]!] }, store.now());
  return lookups / ((performance.now() - started) / 1000);
}

/** Milliseconds a reset of a world of MAX_WORLD_ENTRIES entries takes, with a state file (median of 5). */
function measureReset(): number {
  const path = join(dir, 'world-max.yaml');
  const lines = ['loadBalancers:', '  - { id: alb-max, vpcId: vpc-1, listenerQuota: 100000 }', 'certificates:'];
  for (let i = 0; i < MAX_WORLD_ENTRIES - 1; i++) lines.push(`  - cert-${i}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  const store = openWorldStore({ worldFile: path, stateFile: join(dir, 'state-max.json') });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    store.createListener('default', { LoadBalancerId: 'alb-max', ListenerProtocol: 'HTTP', ListenerPort: 80 } as never, {}, false);
    const started = performance.now();
    store.reset();
    times.push(performance.now() - started);
  }
  store.close();
  return times.sort((a, b) => a - b)[2]!;
}

const small = measureCreates(10);
const large = measureCreates(10_000);
const emptyCache = await measureVerify(10);
const fullCache = await measureVerify(nonces);
const fewJobs = measureJobLookups(10);
const manyJobs = measureJobLookups(jobCount);
const resetMs = measureReset();
rmSync(dir, { recursive: true, force: true });

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${creates} creates per world, ${nonces} nonces\n`);
console.log('| stateful creates with a state file | creates/s | journal bytes per create |');
console.log('|---|---|---|');
console.log(`| world of 10 listeners | ${small.perSecond.toFixed(0)} | ${small.bytesPerCreate.toFixed(0)} |`);
console.log(`| world of 10,000 listeners | ${large.perSecond.toFixed(0)} | ${large.bytesPerCreate.toFixed(0)} |`);
console.log(`| 10,000 / 10 | ${(large.perSecond / small.perSecond).toFixed(2)}x | |\n`);
console.log('| V3 verifications | per second |');
console.log('|---|---|');
console.log(`| nonce cache holding 10 | ${emptyCache.toFixed(0)} |`);
console.log(`| nonce cache holding ${nonces} | ${fullCache.toFixed(0)} |`);
console.log(`| full / empty | ${(fullCache / emptyCache).toFixed(2)}x |\n`);
console.log('| ListAsynJobs by JobIds | lookups/s |');
console.log('|---|---|');
console.log(`| session of 10 jobs | ${fewJobs.toFixed(0)} |`);
console.log(`| session of ${Math.min(jobCount, 65_535)} jobs | ${manyJobs.toFixed(0)} |`);
console.log(`| many / few | ${(manyJobs / fewJobs).toFixed(2)}x |\n`);
console.log(`reset of a world of ${MAX_WORLD_ENTRIES} entries, with a state file: ${resetMs.toFixed(0)} ms (median of 5)`);
