// Real regions are https: the client speaks TLS to them and refuses a certificate it cannot
// verify. A loopback https server with a self-signed certificate (made by openssl for 127.0.0.1)
// stands in: trusted through NODE_EXTRA_CA_CERTS the call succeeds; untrusted it fails with
// AlbNetworkError naming the certificate problem. Both entry points.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlbNetworkError, createAlbClient as createUniversalClient, type CreateListenerRequest } from '../../src/index.ts';
import { createAlbClient as createNodeClient } from '../../src/node.ts';
import { startRecorder } from '../support/recorder.ts';
import { minimalRequest } from '../support/requests.ts';

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'tls-'));
const request: CreateListenerRequest = minimalRequest;
let recorder: Awaited<ReturnType<typeof startRecorder>>;

beforeAll(async () => {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  recorder = await startRecorder(undefined, {
    key: readFileSync(join(dir, 'key.pem'), 'utf8'),
    cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
  });
});

afterAll(() => recorder.close());

describe.each([
  { name: 'universal entry (fetch)', entry: 'src/index.ts', createAlbClient: createUniversalClient },
  { name: 'Node entry (node:https)', entry: 'src/node.ts', createAlbClient: createNodeClient },
])('$name over https', ({ entry, createAlbClient }) => {
  it('refuses a certificate it cannot verify, with AlbNetworkError', async () => {
    const error = await createAlbClient({ endpoint: recorder.url, retry: { maxAttempts: 1 } })
      .createListener(request)
      .catch((e) => e);
    expect(error).toBeInstanceOf(AlbNetworkError);
    expect((error as Error).message).toMatch(/certificate/i);
  });

  it('signs and succeeds when the certificate is trusted', async () => {
    const before = recorder.requests.length;
    const script = `import { createAlbClient } from ${JSON.stringify(join(repo, entry))};
const alb = createAlbClient({ endpoint: ${JSON.stringify(recorder.url)}, credentials: { accessKeyId: 'id', accessKeySecret: 'secret' } });
console.log((await alb.createListener(${JSON.stringify(request)})).ListenerId);`;
    const run = await promisify(execFile)(join(repo, 'node_modules/.bin/tsx'), ['--input-type=module', '-e', script], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') },
    });
    expect(run.stdout.trim()).toBe('lsn-o4u54y73wq7b7xawmq');
    expect(recorder.requests.slice(before).map((r) => r.headers.authorization)).toEqual([
      expect.stringMatching(/^ACS3-HMAC-SHA256 Credential=id,/),
    ]);
  });
});
