// Client benchmarks, each ratio measured side by side in one run:
//   calls per second, sequential and 50 in flight, against a loopback keep-alive server in a child
//   process: our client as Node resolves it (the Node entry: node:http, node:crypto) and as
//   browsers get it (the universal entry: fetch, Web Crypto) vs the official SDK vs a bare fetch
//   of one pre-signed request (the floor);
//   bundle size of "create client, call createListener" for the browser (esbuild, minified, gzip);
//   cold import time over bare `node -e 0`, for both entries.
//   npm run bench:client [-- --seconds 3]
import { execFileSync, fork, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { benchRequest as request } from './support/client-request.ts';
import { median } from './support/median.ts';
import { parseCommand } from '../src/cli/args.ts';

const repo = resolve(import.meta.dirname, '..');
const values = parseCommand(
  process.argv.slice(2),
  { seconds: { type: 'string', default: '3' } } as const,
  'usage: npm run bench:client [-- --seconds N]',
);
const seconds = Number(values.seconds);
const ROUNDS = 9;

async function startServer(): Promise<{ url: string; stop(): void }> {
  const child = fork(join(import.meta.dirname, 'support/keepalive-server.mjs'), { stdio: 'ignore' });
  const port = await new Promise<number>((done) => child.once('message', (m: any) => done(m.port)));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function throughput() {
  const server = await startServer();
  const names = ['ours', 'universal', 'sdk', 'floor'] as const;
  const children = new Map<string, ChildProcess>();
  for (const name of names) {
    const child = fork(join(import.meta.dirname, 'support/client-contender.ts'), [name, server.url], { execArgv: ['--import', 'tsx'] });
    await new Promise((ready) => child.once('message', ready));
    children.set(name, child);
  }
  const rate = (name: string, inFlight: number, ms: number) =>
    new Promise<number>((done) => {
      children.get(name)!.once('message', (m: { rate: number }) => done(m.rate));
      children.get(name)!.send({ inFlight, ms });
    });
  const rows: string[] = [];
  const webRows: string[] = [];
  for (const inFlight of [1, 50]) {
    // Interleaved rounds, one contender at a time, the order rotating, so machine noise hits every
    // contender alike; each figure is the median of the rounds.
    const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (let round = 0; round < ROUNDS; round++)
      for (let k = 0; k < names.length; k++) {
        const name = names[(round + k) % names.length]!;
        samples[name]!.push(await rate(name, inFlight, (seconds * 1000) / ROUNDS));
      }
    const [client, web, sdk, floor] = names.map((n) => median(samples[n]!));
    const mode = inFlight === 1 ? 'sequential' : '50 in flight';
    rows.push(
      `| ${mode} | ${Math.round(client!)} | ${Math.round(sdk!)} | ${Math.round(floor!)} | ${(client! / sdk!).toFixed(2)}x | ${(client! / floor!).toFixed(2)}x |`,
    );
    webRows.push(`| ${mode} | ${Math.round(web!)} | ${(web! / sdk!).toFixed(2)}x | ${(web! / floor!).toFixed(2)}x |`);
  }
  for (const child of children.values()) child.kill();
  server.stop();
  return [
    '| calls/s | our client (Node entry) | official SDK | bare fetch (pre-signed) | ours / SDK | ours / bare fetch |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '| calls/s, same run | universal entry (fetch, Web Crypto) | / SDK | / bare fetch |',
    '|---|---|---|---|',
    ...webRows,
  ].join('\n');
}

async function bundleSizes() {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  const oursEntry = join(dir, 'ours.ts');
  writeFileSync(
    oursEntry,
    `import { createAlbClient } from '${repo}/src/index.ts';\ncreateAlbClient({ region: 'cn-hangzhou' }).createListener(${JSON.stringify(request)});\n`,
  );
  const sdkEntry = join(dir, 'sdk.cjs');
  writeFileSync(
    sdkEntry,
    `const Alb = require('@alicloud/alb20200616');\nconst { $OpenApiUtil } = require('@alicloud/openapi-core');\nnew Alb.default(new $OpenApiUtil.Config({ regionId: 'cn-hangzhou', accessKeyId: 'a', accessKeySecret: 'b' })).createListener(new Alb.CreateListenerRequest({}));\n`,
  );
  const size = async (entry: string, platform: 'browser' | 'node') => {
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      write: false,
      platform,
      format: 'esm',
      nodePaths: [join(repo, 'node_modules')],
      logLevel: 'silent',
    });
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
  const time = (args: string[]) => {
    const samples: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const result = spawnSync(process.execPath, args, { cwd: repo });
      if (result.status !== 0) throw new Error(String(result.stderr));
      samples.push(performance.now() - t0);
    }
    return median(samples);
  };
  const bare = time(['-e', '0']);
  const ours = time(['--input-type=module', '-e', "await import('./dist/node.js')"]);
  const universal = time(['--input-type=module', '-e', "await import('./dist/index.js')"]);
  const sdk = time(['-e', "require('@alicloud/alb20200616')"]);
  return [
    '| cold start (median of 15) | time | over bare node |',
    '|---|---|---|',
    `| \`node -e 0\` | ${bare.toFixed(0)} ms | |`,
    `| import our client, Node entry (dist/node.js) | ${ours.toFixed(0)} ms | +${(ours - bare).toFixed(0)} ms |`,
    `| import our client, universal entry (dist/index.js) | ${universal.toFixed(0)} ms | +${(universal - bare).toFixed(0)} ms |`,
    `| require the official SDK | ${sdk.toFixed(0)} ms | +${(sdk - bare).toFixed(0)} ms |`,
  ].join('\n');
}

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${seconds} s per measurement\n`);
execFileSync('npm', ['run', '--silent', 'build:package'], { cwd: repo, stdio: 'ignore' });
console.log(await throughput());
console.log();
console.log(await bundleSizes());
console.log();
console.log(coldImports());
