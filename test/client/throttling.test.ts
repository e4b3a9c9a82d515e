// Throttling as every official runtime sees it (issue 23, item 5): the client retries what any of
// them retries and waits the longest any of them is told, on a virtual clock; the mock's throttling
// fault sends each form, and the client gets through each.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/create-client.ts';
import { fetchSend } from '../../src/client/http-fetch.ts';
import { nodeHashes } from '../../src/client/hashes-node.ts';
import { nodeSend } from '../../src/client/http-node.ts';
import { readThrottling } from '../../src/client/throttling.ts';
import { AlbError } from '../../src/index.ts';
import { startMock } from '../../src/mock/server.ts';
import type { ThrottleSignal } from '../../src/mock/faults.ts';
import { ok, startRecorder } from '../support/recorder.ts';
import { minimalRequest } from '../support/requests.ts';

const envelope = (code: string) => JSON.stringify({ RequestId: 'r', Code: code, Message: 'throttled' });

describe('readThrottling: each runtime’s signal', () => {
  it.each([
    ['openapi-core 1.0.8: a Throttling code with x-acs-retry-after', 'Throttling.User', 400, { 'x-acs-retry-after': '1500' }, true, 1500],
    ['openapi-core 1.0.8: any code containing Throttling, no header', 'Rejected.Throttling', 400, {}, true, undefined],
    [
      'openapi-core HEAD: another code with a positive x-acs-retry-after',
      'ServiceUnavailable',
      503,
      { 'x-acs-retry-after': '700' },
      true,
      700,
    ],
    ['openapi-core HEAD: x-acs-retry-after 0 is ignored', 'InvalidParameter', 400, { 'x-acs-retry-after': '0' }, false, undefined],
    ['openapi-core HEAD: a non-number is ignored', 'InvalidParameter', 400, { 'x-acs-retry-after': 'soon' }, false, undefined],
    [
      'Go v2.1.14: Throttling.Api with x-ratelimit-user-api TimeLeft',
      'Throttling.Api',
      400,
      { 'x-ratelimit-user-api': 'Limit:5,Remain:0,TimeLeft:2000,Reset:1234' },
      true,
      2000,
    ],
    [
      'Go v2.1.14: the larger TimeLeft of the two headers',
      'Throttling',
      400,
      { 'x-ratelimit-user-api': 'Limit:5,Remain:0,TimeLeft:300,Reset:1', 'x-ratelimit-user': 'Limit:9,Remain:0,TimeLeft:900,Reset:1' },
      true,
      900,
    ],
    [
      'Go v2.1.14 reads TimeLeft only on its three codes',
      'Rejected.Throttling',
      400,
      { 'x-ratelimit-user': 'Limit:1,Remain:0,TimeLeft:900,Reset:1' },
      true,
      undefined,
    ],
    [
      'a rate-limit header on an error that is not throttling asks for nothing',
      'InvalidParameter',
      400,
      { 'x-ratelimit-user': 'Limit:1,Remain:3,TimeLeft:900,Reset:1' },
      false,
      undefined,
    ],
    [
      'the union: the longest wait any runtime is told',
      'Throttling.User',
      400,
      { 'x-acs-retry-after': '400', 'x-ratelimit-user-api': 'TimeLeft:1200' },
      true,
      1200,
    ],
  ])('%s', (_, code, status, headers, throttled, retryAfterMs) => {
    expect(readThrottling(code, status, headers)).toEqual({ throttled, retryAfterMs });
  });
});

describe('the client waits what each runtime is told (virtual clock)', () => {
  it.each([
    ['Throttling.User + x-acs-retry-after', 400, 'Throttling.User', { 'x-acs-retry-after': '1500' }, 1500],
    ['ServiceUnavailable + x-acs-retry-after (HEAD)', 503, 'ServiceUnavailable', { 'x-acs-retry-after': '2500' }, 2500],
    [
      'Throttling.Api + x-ratelimit-user-api (Go)',
      400,
      'Throttling.Api',
      { 'x-ratelimit-user-api': 'Limit:5,Remain:0,TimeLeft:3500,Reset:1' },
      3500,
    ],
    ['an unknown 429 code + x-acs-retry-after (HEAD)', 429, 'Flow.Limited', { 'x-acs-retry-after': '800' }, 800],
  ])('%s: one retry after exactly that long', async (_, status, code, headers, wait) => {
    const server = await startRecorder((__, i) => (i === 0 ? { status, body: envelope(code), headers } : ok()));
    const slept: number[] = [];
    const client = createClient(
      { endpoint: server.url, retry: { maxAttempts: 3, maxElapsedMs: 30_000 } },
      { send: nodeSend, hashes: nodeHashes },
      { sleep: async (ms) => void slept.push(ms) },
    );
    const answer = await client.createListener(minimalRequest);
    expect(answer.ListenerId).toBeTruthy();
    expect(slept).toEqual([wait]);
    expect(server.requests.map((r) => r.query.ClientToken)).toEqual(Array(2).fill(server.requests[0]!.query.ClientToken));
    await server.close();
  });

  it('a wait past the retry budget ends the call with the error, naming the wait', async () => {
    const server = await startRecorder(() => ({
      status: 400,
      body: envelope('Throttling.User'),
      headers: { 'x-acs-retry-after': '60000' },
    }));
    const client = createClient(
      { endpoint: server.url, retry: { maxElapsedMs: 30_000 } },
      { send: fetchSend(fetch), hashes: nodeHashes },
      { sleep: async () => {} },
    );
    const error = await client.createListener(minimalRequest).catch((e) => e);
    expect(error).toBeInstanceOf(AlbError);
    expect(error).toMatchObject({ code: 'Throttling.User', throttled: true, retryAfterMs: 60_000 });
    expect(server.requests).toHaveLength(1);
    await server.close();
  });
});

describe("the mock's throttling fault sends each form, and the client gets through each", () => {
  it.each<[ThrottleSignal, number, string, string]>([
    ['x-acs-retry-after', 400, 'Throttling.User', 'x-acs-retry-after'],
    ['x-ratelimit', 400, 'Throttling.User', 'x-ratelimit-user-api'],
    ['retry-after-only', 503, 'ServiceUnavailable', 'x-acs-retry-after'],
  ])('signal %s: %i %s with %s only', async (signal, status, code, header) => {
    // One token every 500 ms: the second request, sent at once, meets an empty bucket even on a loaded machine.
    const mock = await startMock({ port: 0, log: null, faults: { throttle: { ratePerSecond: 2, burst: 1, signal } } });
    const post = () =>
      fetch(`${mock.url}/?ListenerId=lsn-x`, {
        method: 'POST',
        headers: { 'x-acs-action': 'GetListenerAttribute', 'x-acs-version': '2020-06-16' },
      });
    await post();
    const throttled = await post();
    expect([throttled.status, (await throttled.json()).Code]).toEqual([status, code]);
    const signals = ['x-acs-retry-after', 'x-ratelimit-user-api'].filter((name) => throttled.headers.get(name) !== null);
    expect(signals).toEqual([header]);

    // Our client, sleeping for real what it is told, gets an answer.
    const slept: number[] = [];
    const client = createClient(
      // Its own back-off would wait seconds; the mock's signal says at most 500 ms.
      { endpoint: mock.url, retry: { maxAttempts: 5, baseDelayMs: 5_000, maxDelayMs: 10_000 } },
      { send: nodeSend, hashes: nodeHashes },
      {
        sleep: async (ms) => {
          slept.push(ms);
          await new Promise((done) => setTimeout(done, ms));
        },
      },
    );
    await post();
    const answer = await client.getListenerAttribute({ ListenerId: 'lsn-x' });
    expect(answer.RequestId).toBeTruthy();
    expect(slept.length).toBeGreaterThan(0);
    // It waited what the mock asked (at most one refill, 500 ms), not its own back-off ceiling.
    expect(slept.every((ms) => ms > 0 && ms <= 500)).toBe(true);
    await mock.close();
  });
});
