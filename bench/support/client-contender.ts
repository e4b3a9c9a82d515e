// One contender of the client benchmark, in a process of its own so that no contender's heap or
// JIT state taxes another: `ours` (the Node entry as published, dist/node.js), `universal`
// (dist/index.js: fetch and Web Crypto), `sdk` (the official SDK) or `floor` (one request our client
// signed, replayed with bare fetch: no signing, no validation). The parent sends
// `{ inFlight, ms }`; the answer is `{ rate }`, calls per second over that window.
//   tsx bench/support/client-contender.ts <name> <server url>
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSdkClient, toSdkRequest } from '../../test/support/sdk-oracle.ts';
import { benchCredentials as credentials, benchRequest as request } from './client-request.ts';

const [name, url] = process.argv.slice(2) as [string, string];
const repo = join(import.meta.dirname, '../..');
// The client as published (npm run build:package): plain JavaScript, as users run it, not the
// sources through tsx, whose transform adds work to every closure.
const node = (await import(join(repo, 'dist/node.js'))) as typeof import('../../src/node.ts');
const universal = (await import(join(repo, 'dist/index.js'))) as typeof import('../../src/index.ts');

async function contender(): Promise<() => Promise<unknown>> {
  if (name === 'ours' || name === 'universal') {
    const client = (name === 'ours' ? node : universal).createAlbClient({ endpoint: url, credentials, retry: { maxAttempts: 1 } });
    return () => client.createListener(request);
  }
  if (name === 'sdk') {
    const client = createSdkClient(url, credentials);
    const sdkRequest = toSdkRequest(request as Record<string, unknown>);
    return () => client.createListener(sdkRequest);
  }
  let presigned: { url: string; init: RequestInit } | undefined;
  const capture: typeof fetch = (input, init) => {
    presigned = { url: String(input), init: { method: init?.method ?? 'POST', headers: init?.headers ?? {} } };
    return fetch(input, init);
  };
  await node.createAlbClient({ endpoint: url, credentials, fetch: capture }).createListener(request);
  return async () => (await fetch(presigned!.url, presigned!.init)).json();
}

const call = await contender();
for (let i = 0; i < 500; i++) await call(); // warm-up

process.on('message', async ({ inFlight, ms }: { inFlight: number; ms: number }) => {
  let done = 0;
  const until = performance.now() + ms;
  const worker = async () => {
    while (performance.now() < until) {
      await call();
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  process.send!({ rate: done / ((performance.now() - started) / 1000) });
});
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
