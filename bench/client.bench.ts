// Client benchmarks, each ratio measured side by side in one run:
//   calls per second, sequential and 50 in flight, against a loopback keep-alive server in a child
//   process: our client vs the official SDK vs a bare fetch of one pre-signed request (the floor);
//   bundle size of "create client, call createListener" (esbuild, minified, gzip);
//   cold import time over bare `node -e 0`.
//   npm run bench:client [-- --seconds 3]
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createAlbClient, type CreateListenerRequest } from '../src/index.ts';
import { createSdkClient, toSdkRequest } from '../test/support/sdk-oracle.ts';

const repo = resolve(import.meta.dirname, '..');
const secondsIndex = process.argv.indexOf('--seconds');
const seconds = secondsIndex > 0 ? Number(process.argv[secondsIndex + 1]) : 3;
const credentials = { accessKeyId: 'benchid', accessKeySecret: 'bench-secret' };
const request: CreateListenerRequest = {
  LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w',
  ClientToken: '123e4567-e89b-12d3-a456-426655440000',
  ListenerProtocol: 'HTTPS',
  ListenerPort: 443,
  ListenerDescription: 'bench',
  Certificates: [{ CertificateId: '103705-cn-hangzhou' }],
  DefaultActions: [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-1' }, { ServerGroupId: 'sgp-2' }] } }],
  XForwardedForConfig: { XForwardedForEnabled: true, XForwardedForProtoEnabled: true },
  Tag: [{ Key: 'env', Value: 'bench' }],
};

const ROUNDS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function startServer(): Promise<{ url: string; stop(): void }> {
  const child = fork(join(import.meta.dirname, 'support/keepalive-server.mjs'), { stdio: 'ignore' });
  const port = await new Promise<number>((done) => child.once('message', (m: any) => done(m.port)));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** Calls per second over `window` ms, with `inFlight` calls running at once. */
async function rate(call: () => Promise<unknown>, inFlight: number, window: number): Promise<number> {
  let done = 0;
  const until = performance.now() + window;
  const worker = async () => {
    while (performance.now() < until) {
      await call();
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  return done / ((performance.now() - started) / 1000);
}

async function throughput() {
  const server = await startServer();
  const ours = createAlbClient({ endpoint: server.url, credentials, retry: { maxAttempts: 1 } });
  // The floor: one request our client signed, replayed with bare fetch (no signing, no validation).
  const presigned = await captureSignedRequest(server.url);
  const sdkClient = createSdkClient(server.url, credentials);
  const sdkRequest = toSdkRequest(request as Record<string, unknown>);
  const contenders: Record<string, () => Promise<unknown>> = {
    ours: () => ours.createListener(request),
    sdk: () => sdkClient.createListener(sdkRequest),
    floor: async () => (await fetch(presigned.url, presigned.init)).json(),
  };
  for (const call of Object.values(contenders)) for (let i = 0; i < 300; i++) await call(); // warm-up
  const rows: string[] = [];
  for (const inFlight of [1, 50]) {
    // Interleaved rounds, the order rotating, so machine noise hits every contender alike;
    // each figure is the median of the rounds.
    const samples: Record<string, number[]> = { ours: [], sdk: [], floor: [] };
    const names = Object.keys(contenders);
    for (let round = 0; round < ROUNDS; round++)
      for (let k = 0; k < names.length; k++) {
        const name = names[(round + k) % names.length]!;
        samples[name]!.push(await rate(contenders[name]!, inFlight, (seconds * 1000) / ROUNDS));
      }
    const [client, sdk, floor] = ['ours', 'sdk', 'floor'].map((n) => median(samples[n]!));
    rows.push(`| ${inFlight === 1 ? 'sequential' : '50 in flight'} | ${Math.round(client!)} | ${Math.round(sdk!)} | ${Math.round(floor!)} | ${(client! / sdk!).toFixed(2)}x | ${(client! / floor!).toFixed(2)}x |`);
  }
  server.stop();
  return ['| calls/s | our client | official SDK | bare fetch (pre-signed) | ours / SDK | ours / bare fetch |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

async function captureSignedRequest(url: string): Promise<{ url: string; init: RequestInit }> {
  let captured: { url: string; init: RequestInit } | undefined;
  const client = createAlbClient({
    endpoint: url,
    credentials,
    fetch: (input, init) => {
      captured = { url: String(input), init: { method: init?.method ?? 'POST', headers: init?.headers ?? {} } };
      return fetch(input, init);
    },
  });
  await client.createListener(request);
  return captured!;
}

async function bundleSizes() {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  const oursEntry = join(dir, 'ours.ts');
  writeFileSync(oursEntry, `import { createAlbClient } from '${repo}/src/index.ts';\ncreateAlbClient({ region: 'cn-hangzhou' }).createListener(${JSON.stringify(request)});\n`);
  const sdkEntry = join(dir, 'sdk.cjs');
  writeFileSync(sdkEntry, `const Alb = require('@alicloud/alb20200616');\nconst { $OpenApiUtil } = require('@alicloud/openapi-core');\nnew Alb.default(new $OpenApiUtil.Config({ regionId: 'cn-hangzhou', accessKeyId: 'a', accessKeySecret: 'b' })).createListener(new Alb.CreateListenerRequest({}));\n`);
  const size = async (entry: string, platform: 'browser' | 'node') => {
    const out = await build({ entryPoints: [entry], bundle: true, minify: true, write: false, platform, format: 'esm', nodePaths: [join(repo, 'node_modules')], logLevel: 'silent' });
    const code = out.outputFiles[0]!.contents;
    return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
  };
  const ours = await size(oursEntry, 'browser');
  const sdk = await size(sdkEntry, 'node');
  return [
    '| bundle of "create client, call createListener" | raw | gzip |',
    '|---|---|---|',
    `| our client (esbuild --bundle --minify, platform browser) | ${ours.raw} B | ${ours.gzip} B |`,
    `| official SDK (esbuild --bundle --minify, platform node) | ${sdk.raw} B | ${sdk.gzip} B |`,
    `| ratio | | ${(ours.gzip / sdk.gzip).toFixed(3)}x |`,
  ].join('\n');
}

function coldImports() {
  execFileSync('npm', ['run', '--silent', 'build:package'], { cwd: repo, stdio: 'ignore' });
  const time = (args: string[]) => {
    const samples: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const result = spawnSync(process.execPath, args, { cwd: repo });
      if (result.status !== 0) throw new Error(String(result.stderr));
      samples.push(performance.now() - t0);
    }
    return samples.sort((a, b) => a - b)[7]!;
  };
  const bare = time(['-e', '0']);
  const ours = time(['--input-type=module', '-e', "await import('./dist/src/index.js')"]);
  const sdk = time(['-e', "require('@alicloud/alb20200616')"]);
  return [
    '| cold start (median of 15) | time | over bare node |',
    '|---|---|---|',
    `| \`node -e 0\` | ${bare.toFixed(0)} ms | |`,
    `| import our client (dist/) | ${ours.toFixed(0)} ms | +${(ours - bare).toFixed(0)} ms |`,
    `| require the official SDK | ${sdk.toFixed(0)} ms | +${(sdk - bare).toFixed(0)} ms |`,
  ].join('\n');
}

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${seconds} s per measurement\n`);
console.log(await throughput());
console.log();
console.log(await bundleSizes());
console.log();
console.log(coldImports());
