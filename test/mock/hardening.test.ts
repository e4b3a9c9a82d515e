// What an adversarial run of the mock found (issue 17), each as the exact input and the exact
// outcome: V1 retries and ClientToken, header-unsafe parameter names, a state write that fails,
// junk that must not grow the state, DNS rebinding and cross-site requests to the inspection API,
// too many parameters, slow requests, `toString`/`__proto__`, malformed state files, leftover
// temporaries, a request without Host, and paths other than `/`.
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startMock, type MockOptions, type RunningMock } from '../../src/mock/server.ts';
import { send, V3, validQuery, qs } from '../support/mock.ts';

const dir = mkdtempSync(join(tmpdir(), 'hardening-'));
let running: RunningMock[] = [];
afterEach(async () => {
  await Promise.all(running.map((m) => m.close()));
  running = [];
});
async function mock(options: MockOptions = {}) {
  const started = await startMock({ port: 0, log: null, ...options });
  running.push(started);
  return started;
}
/** A session's listeners (the default session's: unsigned requests without x-mock-session). */
const listeners = async (m: RunningMock, session?: string) =>
  (await (await fetch(`${m.url}/__mock/listeners${session ? `?session=${session}` : ''}`)).json()) as Array<{ id: string; port: number }>;

/** A raw HTTP/1.1 exchange, for requests fetch cannot make (another Host, none at all, a stall). */
function raw(url: string, text: string, { endAfterWrite = true } = {}): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    if (endAfterWrite) socket.end(text);
    else socket.write(text);
  });
}
/** A session of a state file, as a snapshot holds it. */
const session = (world: string) => `{"world":${world},"jobs":[],"tokens":{},"settledAt":0}`;
const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));

describe('1. a V1 retry is the same request', () => {
  it('the same ClientToken with a new SignatureNonce, Timestamp, Signature and SecurityToken replays the listener', async () => {
    const m = await mock({ stateful: {} });
    const v1 = (nonce: string, stamp: string) => ({
      Action: 'CreateListener',
      Version: '2020-06-16',
      Format: 'JSON',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      ...validQuery,
      ListenerPort: '8081',
      ClientToken: 'v1-retry-token',
      SignatureNonce: nonce,
      Timestamp: stamp,
      // The same caller (one AccessKeyId: one session, issue 25) with a fresh STS token.
      AccessKeyId: 'LTAI5tRetryKey',
      SecurityToken: `token-${nonce}`,
      Signature: `sig-${nonce}`,
    });
    const first = await fetch(`${m.url}/?${qs(v1('n1', '2026-11-28T01:00:00Z'))}`, { method: 'POST' });
    const second = await fetch(`${m.url}/?${qs(v1('n2', '2026-11-28T01:00:05Z'))}`, { method: 'POST' });
    const [a, b] = [await first.json(), await second.json()];
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(b.ListenerId).toBe(a.ListenerId);
    expect((await listeners(m, 'LTAI5tRetryKey')).filter((l) => l.port === 8081)).toHaveLength(1);
  });

  it('a parameter the contract does not know does not make a retry a different request; a business parameter does', async () => {
    const m = await mock({ stateful: {} });
    const base = { ...validQuery, ListenerPort: '8082', ClientToken: 'junk-token' };
    const a = await send(m.url, base);
    const b = await send(m.url, { ...base, Junk: 'x'.repeat(1000) });
    expect(b.body.ListenerId).toBe(a.body.ListenerId);
    const c = await send(m.url, { ...base, ListenerDescription: 'changed' });
    expect(c.body.Code).toBe('IdempotentParameterMismatch');
  });
});

describe('2. parameter names that cannot be a header value', () => {
  it.each([['€'], ['测试'], ['😀'], ['a\r\nSet-Cookie: x=y'], ['\u0000']])(
    'an unknown parameter named %j is ignored, named percent-encoded, never a 5xx',
    async (name) => {
      const m = await mock({ stateful: {} });
      const r = await send(m.url, { ...validQuery, ListenerPort: '8090', [name]: '1' });
      expect(r.status).toBe(200);
      expect(r.headers.get('x-mock-ignored-parameters')).toBe(encodeURIComponent(name));
      expect(r.headers.get('set-cookie')).toBeNull();
      // Created once, acknowledged once.
      expect((await listeners(m)).filter((l) => l.port === 8090)).toHaveLength(1);
    },
  );
});

describe('4. nothing is acknowledged that is not on disk', () => {
  it('a state directory that disappears: 503 ServiceUnavailable without local paths, nothing kept; after it is back the retry creates and survives a restart', async () => {
    const stateDir = join(dir, `vanishing-${Date.now()}`);
    mkdirSync(stateDir);
    const stateFile = join(stateDir, 'state.json');
    const m = await mock({ stateful: { stateFile } });
    const query = { ...validQuery, ListenerPort: '8100', ClientToken: 'durable-token' };
    rmSync(stateDir, { recursive: true });

    for (let attempt = 0; attempt < 2; attempt++) {
      const r = await send(m.url, query);
      expect([r.status, r.body.Code]).toEqual([503, 'ServiceUnavailable']);
      expect(r.text).not.toContain(stateDir);
    }
    expect((await listeners(m)).filter((l) => l.port === 8100)).toEqual([]);

    mkdirSync(stateDir);
    const ok = await send(m.url, query);
    expect(ok.status).toBe(200);
    await m.close();
    running = running.filter((r) => r !== m);
    const restarted = await mock({ stateful: { stateFile } });
    expect((await listeners(restarted)).filter((l) => l.port === 8100).map((l) => l.id)).toEqual([ok.body.ListenerId]);
  });
});

describe('7. the state does not grow with junk, and writes do not rewrite the world', () => {
  it('five creates carrying 770 KB of unknown parameters keep the state file and journal small', async () => {
    const stateFile = join(dir, `junk-${Date.now()}.json`);
    const m = await mock({ stateful: { stateFile } });
    const before = statSync(stateFile).size;
    for (let i = 0; i < 5; i++) {
      const junk = Object.fromEntries(Array.from({ length: 7 }, (_, k) => [`Junk${k}`, 'x'.repeat(22_000)]));
      const body = qs({ ...validQuery, ListenerPort: String(8200 + i), ...junk });
      const r = await fetch(`${m.url}/`, { method: 'POST', headers: { ...V3, 'content-type': 'application/x-www-form-urlencoded' }, body });
      expect(r.status).toBe(200);
    }
    const journal = statSync(`${stateFile}.journal`).size;
    expect(statSync(stateFile).size).toBe(before);
    // Five lines of a listener and its business request each.
    expect(journal).toBeLessThan(5 * 1_000);
  });
});

describe('8. DNS rebinding and cross-site pages', () => {
  it('a request whose Host is not a loopback name is refused and changes nothing', async () => {
    const m = await mock({ stateful: {} });
    await send(m.url, { ...validQuery, ListenerPort: '8300' });
    const reset = await raw(
      m.url,
      'POST /__mock/reset HTTP/1.1\r\nHost: attacker.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
    );
    expect(statusOf(reset)).toBe(403);
    const api = await raw(
      m.url,
      `POST /?${qs(validQuery)} HTTP/1.1\r\nHost: attacker.example:4010\r\nx-acs-action: CreateListener\r\nx-acs-version: 2020-06-16\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(api)).toBe(403);
    expect((await listeners(m)).filter((l) => l.port === 8300)).toHaveLength(1);
  });

  it("allowedHosts admits a name of the developer's choosing", async () => {
    const m = await mock({ allowedHosts: ['mock.test'] });
    const r = await raw(
      m.url,
      `POST /?${qs(validQuery)} HTTP/1.1\r\nHost: mock.test\r\nx-acs-action: CreateListener\r\nx-acs-version: 2020-06-16\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(r)).toBe(200);
  });

  it('the inspection API sends no CORS header and refuses cross-origin requests, a simple form post included', async () => {
    const m = await mock({ stateful: {} });
    const same = await fetch(`${m.url}/__mock/state`, { headers: { origin: m.url } });
    expect(same.status).toBe(200);
    expect(same.headers.get('access-control-allow-origin')).toBeNull();
    const cross = await fetch(`${m.url}/__mock/state`, { headers: { origin: 'http://evil.example' } });
    expect(cross.status).toBe(403);
    const form = await fetch(`${m.url}/__mock/reset`, {
      method: 'POST',
      headers: { origin: 'null', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=b',
    });
    expect(form.status).toBe(403);
    const fetchMetadata = await fetch(`${m.url}/__mock/reset`, { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(fetchMetadata.status).toBe(403);
  });

  it('with a specific --cors-origin, requests from other origins are refused, not only hidden', async () => {
    const m = await mock({ stateful: {}, corsOrigin: 'http://localhost:5173' });
    const other = await send(m.url, { ...validQuery, ListenerPort: '8301' }, { headers: { origin: 'http://evil.example' } });
    expect(other.status).toBe(403);
    const allowed = await send(m.url, { ...validQuery, ListenerPort: '8302' }, { headers: { origin: 'http://localhost:5173' } });
    expect(allowed.status).toBe(200);
    expect((await listeners(m)).map((l) => l.port)).not.toContain(8301);
  });
});

describe('9. smaller findings', () => {
  it('a form body of 120,000 unique keys is refused as InvalidParameter naming the cap', async () => {
    const m = await mock();
    // About 850 KB: under the body limit, so the parameter cap is what refuses it.
    const body = Array.from({ length: 120_000 }, (_, i) => `k${i.toString(36)}=1`).join('&');
    expect(body.length).toBeLessThan(1 << 20);
    const r = await fetch(`${m.url}/`, { method: 'POST', headers: { ...V3, 'content-type': 'application/x-www-form-urlencoded' }, body });
    const answer = await r.json();
    expect([r.status, answer.Code]).toEqual([400, 'InvalidParameter']);
    expect(answer.Message).toBe('The request has more than 2000 parameters.');
  });

  it('parameters named toString, __proto__ and constructor are parameters like any other', async () => {
    const m = await mock();
    const r = await fetch(`${m.url}/?${qs(validQuery)}&toString=1&__proto__=2&constructor=3`, { method: 'POST', headers: V3 });
    expect(r.status).toBe(200);
    expect(r.headers.get('x-mock-ignored-parameters')).toBe('toString,__proto__,constructor');
  });

  it('a request that stalls in its headers is answered 408 in the envelope and closed', async () => {
    const m = await mock({ timeouts: { headersMs: 300, requestMs: 300 } });
    const response = await raw(m.url, 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nx-acs-action: CreateL', { endAfterWrite: false });
    expect(statusOf(response)).toBe(408);
    expect(bodyOf(response).Code).toBe('InvalidParameter');
  });

  it('a request without a Host header gets the envelope, not a bare 400', async () => {
    const m = await mock();
    const response = await raw(
      m.url,
      `POST /?${qs(validQuery)} HTTP/1.1\r\nx-acs-action: CreateListener\r\nx-acs-version: 2020-06-16\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(response)).toBe(400);
    expect(bodyOf(response)).toMatchObject({ Code: 'InvalidParameter', Message: 'The request has no Host header.' });
  });

  it('a path other than / is InvalidAction.NotFound (404), as the gateway answers an unknown URL', async () => {
    const m = await mock();
    for (const path of ['/foo', '/CreateListener', '/api/']) {
      const r = await fetch(`${m.url}${path}?${qs(validQuery)}`, { method: 'POST', headers: V3 });
      expect([r.status, (await r.json()).Code], path).toEqual([404, 'InvalidAction.NotFound']);
    }
  });

  it.each([
    [
      'a world of the wrong shape',
      `{"version":3,"seq":0,"sessions":{"default":${session('{"loadBalancers":"none"}')}}}`,
      /does not hold a valid session "default": \/world\/loadBalancers must be array/,
    ],
    [
      'a port that is a string',
      `{"version":3,"seq":0,"sessions":{"default":${session('{"loadBalancers":[{"id":"alb-a","vpcId":"v"}],"listeners":[{"id":"lsn-a","loadBalancerId":"alb-a","port":"80","protocol":"HTTP"}]}')}}}`,
      /\/world\/listeners\/0\/port must be integer/,
    ],
    ['an earlier version of the mock', '{"version":2,"seq":0,"world":{"loadBalancers":[]}}', /written by an earlier version of this mock/],
    ['a journal line that is not a record', null, /state journal .* is corrupted at line 1 \(not a journal record/],
  ])('a state file holding %s is refused with the reason, not loaded half-right', async (_, content, message) => {
    const stateFile = join(dir, `shape-${Math.random()}.json`);
    if (content) writeFileSync(stateFile, content);
    else {
      writeFileSync(stateFile, '{"version":3,"seq":0,"sessions":{}}');
      writeFileSync(`${stateFile}.journal`, '{"op":"delete-everything"}\n');
    }
    await expect(startMock({ port: 0, log: null, stateful: { stateFile } })).rejects.toThrow(message);
  });

  it('a journal line torn by a crash (no newline: never synced, never acknowledged) is dropped', async () => {
    const stateFile = join(dir, `torn-${Date.now()}.json`);
    const first = await mock({ stateful: { stateFile } });
    const created = await send(first.url, { ...validQuery, ListenerPort: '8400' });
    await first.close();
    running = running.filter((r) => r !== first);
    appendFileSync(`${stateFile}.journal`, '{"seq":99,"op":"create","listener":{"id":"lsn-to');
    const second = await mock({ stateful: { stateFile } });
    expect((await listeners(second)).filter((l) => l.port === 8400).map((l) => l.id)).toEqual([created.body.ListenerId]);
  });

  it('temporary files a crash left beside the state file are removed at start', async () => {
    const stateDir = join(dir, `tmp-${Date.now()}`);
    mkdirSync(stateDir);
    const stateFile = join(stateDir, 'state.json');
    writeFileSync(`${stateFile}.4242.tmp`, 'half a snapshot');
    writeFileSync(`${stateFile}.journal.4243.tmp`, '');
    writeFileSync(join(stateDir, 'unrelated.tmp'), 'keep me');
    await mock({ stateful: { stateFile } });
    expect(readdirSync(stateDir).sort()).toEqual(['state.json', 'state.json.journal', 'state.json.lock', 'unrelated.tmp']);
    expect(existsSync(`${stateFile}.4242.tmp`)).toBe(false);
  });

  it('at the cap, a connection that has sent nothing makes room for a new one; one being served keeps its place', async () => {
    const m = await mock({ maxConnections: 2 });
    const { port } = new URL(m.url);
    const connection = () =>
      new Promise<ReturnType<typeof connect>>((resolve) => {
        const s = connect(Number(port), '127.0.0.1', () => resolve(s));
      });
    const silent = await connection();
    const served = await connection();
    const closed = new Promise<void>((done) => silent.once('close', () => done()));
    // A request on the second, kept alive: it keeps its place.
    served.write(
      `POST /?${qs(validQuery)} HTTP/1.1\r\nHost: 127.0.0.1\r\nx-acs-action: CreateListener\r\nx-acs-version: 2020-06-16\r\n\r\n`,
    );
    await new Promise<void>((done) => served.once('data', () => done()));
    // The third arrives at the cap: the silent one is closed for it, and it is answered.
    const third = await raw(
      m.url,
      `POST /?${qs(validQuery)} HTTP/1.1\r\nHost: 127.0.0.1\r\nx-acs-action: CreateListener\r\nx-acs-version: 2020-06-16\r\nConnection: close\r\n\r\n`,
    );
    expect(statusOf(third)).toBe(200);
    await closed;
    expect(served.destroyed).toBe(false);
    // With the cap held by connections being served, a further one is closed on arrival.
    const second = await connection();
    second.write(
      `POST /?${qs(validQuery)} HTTP/1.1\r\nHost: 127.0.0.1\r\nx-acs-action: CreateListener\r\nx-acs-version: 2020-06-16\r\n\r\n`,
    );
    await new Promise<void>((done) => second.once('data', () => done()));
    const refused = await raw(m.url, `POST /?${qs(validQuery)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`).catch(() => '');
    expect(refused).toBe('');
    for (const s of [served, second]) s.destroy();
  });
});
