// With --verify-signatures the mock checks V3 and V1 signatures as the gateway does. The official
// SDK is the oracle: the right secret passes, a wrong one gets SignatureDoesNotMatch through the
// SDK's own error.
import { nodeHashes } from '../../src/client/hashes-node.ts';
import { describe, expect, it } from 'vitest';
import * as universal from '../../src/index.ts';
import * as node from '../../src/node.ts';
import { createVerifier } from '../../src/mock/signatures.ts';
import { send, useMock, V3, validQuery, qs } from '../support/mock.ts';
import { createSdkClient, toSdkRequest } from '../support/sdk-oracle.ts';

const key = { accessKeyId: 'LTAI5tMockTestKey', accessKeySecret: 'mock-test-secret' };
const server = useMock({ verifySignatures: key });
const request = {
  LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w',
  ListenerProtocol: 'HTTP',
  ListenerPort: 80,
  ListenerDescription: 'a/b.c_d-e',
  DefaultActions: [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-1' }] } }],
  Tag: [{ Key: 'k*', Value: 'v w&x=y' }],
};

async function sdkCode(options: { accessKeyId: string; accessKeySecret: string; v1?: boolean }): Promise<string | number> {
  try {
    const response = (await createSdkClient(server.url, options).createListener(toSdkRequest(request))) as { statusCode: number };
    return response.statusCode;
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('signature verification with the official SDK', () => {
  it.each([[false], [true]])(
    'v1=%s: the right secret passes, a wrong secret is SignatureDoesNotMatch, an unknown key InvalidAccessKeyId.NotFound',
    async (v1) => {
      expect(await sdkCode({ ...key, v1 })).toBe(200);
      expect(await sdkCode({ ...key, accessKeySecret: 'wrong', v1 })).toBe('SignatureDoesNotMatch');
      expect(await sdkCode({ ...key, accessKeyId: 'LTAI5tSomeoneElse', v1 })).toBe('InvalidAccessKeyId.NotFound');
    },
  );
});

describe('signature verification rules', () => {
  it('our client passes with V3 and V1, from both entry points (fetch and node:http)', async () => {
    for (const { createAlbClient } of [universal, node])
      for (const signatureVersion of ['v3', 'v1'] as const)
        await expect(
          createAlbClient({ endpoint: server.url, credentials: key, signatureVersion }).createListener(request as never),
        ).resolves.toHaveProperty('ListenerId');
  });

  async function signedHeaders(date: string, nonce: string, query = validQuery) {
    const host = new URL(server.url).host;
    const signed = await universal.signAcs3({ method: 'POST', host, query, headers: V3 }, key, { date, nonce });
    const { host: _host, ...headers } = signed.headers;
    return headers;
  }
  const now = () => `${new Date().toISOString().slice(0, 19)}Z`;

  it('an unsigned request is IncompleteSignature, and so is a malformed Authorization', async () => {
    expect((await send(server.url, validQuery)).body.Code).toBe('IncompleteSignature');
    expect((await send(server.url, validQuery, { headers: { authorization: 'ACS3-HMAC-SHA256 Credential=x' } })).body.Code).toBe(
      'IncompleteSignature',
    );
  });

  it('a date more than 15 minutes off is InvalidTimeStamp.Expired', async () => {
    const old = `${new Date(Date.now() - 16 * 60_000).toISOString().slice(0, 19)}Z`;
    const r = await send(server.url, validQuery, { headers: await signedHeaders(old, 'nonce-old-1') });
    expect([r.status, r.body.Code]).toEqual([400, 'InvalidTimeStamp.Expired']);
  });

  it('a nonce used twice is SignatureNonceUsed the second time', async () => {
    const headers = await signedHeaders(now(), `nonce-${Math.random()}`);
    expect((await send(server.url, validQuery, { headers })).status).toBe(200);
    const again = await send(server.url, validQuery, { headers });
    expect([again.status, again.body.Code]).toEqual([400, 'SignatureNonceUsed']);
  });

  it('a query changed after signing is SignatureDoesNotMatch', async () => {
    const headers = await signedHeaders(now(), `nonce-${Math.random()}`);
    const r = await send(server.url, { ...validQuery, ListenerPort: '81' }, { headers });
    expect([r.status, r.body.Code]).toEqual([400, 'SignatureDoesNotMatch']);
  });

  it('V1: a missing signature parameter is IncompleteSignature', async () => {
    const r = await fetch(
      `${server.url}/?${qs({ Action: 'CreateListener', Version: '2020-06-16', Format: 'JSON', ...validQuery, AccessKeyId: key.accessKeyId })}`,
      { method: 'POST' },
    );
    expect((await r.json()).Code).toBe('IncompleteSignature');
  });
});

describe('every x-acs-* header and content-type must be signed (issue 17, item 5)', () => {
  async function signed(extra: Record<string, string> = {}) {
    const host = new URL(server.url).host;
    const s = await universal.signAcs3({ method: 'POST', host, query: validQuery, headers: { ...V3, ...extra } }, key, {
      date: `${new Date().toISOString().slice(0, 19)}Z`,
      nonce: `n-${Math.random()}`,
    });
    const { host: _host, ...headers } = s.headers;
    return headers;
  }

  it.each([
    ['x-acs-security-token', 'STS.added-after-signing'],
    ['x-acs-anything', 'x'],
    ['content-type', 'application/x-www-form-urlencoded'],
  ])('a correctly signed request given %s after signing is IncompleteSignature naming it', async (name, value) => {
    const r = await send(server.url, validQuery, { headers: { ...(await signed()), [name]: value } });
    expect([r.status, r.body.Code]).toEqual([400, 'IncompleteSignature']);
    expect(r.body.Message).toContain(name);
  });

  it('the same headers, signed, pass', async () => {
    const r = await send(server.url, validQuery, { headers: await signed({ 'x-acs-security-token': 'STS.signed' }) });
    expect(r.status).toBe(200);
  });
});

describe('the nonce cache (issue 17, item 6)', () => {
  const sign = async (verify: ReturnType<typeof createVerifier>, nonce: string, date: string) => {
    const host = '127.0.0.1:4010';
    const s = await universal.signAcs3({ method: 'POST', host, query: validQuery, headers: V3 }, key, { date, nonce });
    return verify({ method: 'POST', params: validQuery, query: validQuery, headers: { ...s.headers, host }, body: '' });
  };

  it('is bounded: past maxNonces the oldest nonce is forgotten, the newest still refused', async () => {
    const t = Date.parse('2026-11-28T01:00:00Z');
    const verify = createVerifier({ ...key, now: () => t, maxNonces: 3 }, nodeHashes);
    const date = '2026-11-28T01:00:00Z';
    for (const n of ['a', 'b', 'c', 'd']) expect(await sign(verify, n, date)).toBeUndefined();
    expect((await sign(verify, 'd', date))?.code).toBe('SignatureNonceUsed');
    // 'a' was evicted to keep three.
    expect(await sign(verify, 'a', date)).toBeUndefined();
  });

  it('expires by time: a nonce older than twice the clock window is forgotten (its timestamp could not pass anyway)', async () => {
    let t = Date.parse('2026-11-28T01:00:00Z');
    const verify = createVerifier({ ...key, now: () => t, skewMs: 60_000 }, nodeHashes);
    expect(await sign(verify, 'old', '2026-11-28T01:00:00Z')).toBeUndefined();
    expect((await sign(verify, 'old', '2026-11-28T01:00:00Z'))?.code).toBe('SignatureNonceUsed');
    t += 121_000;
    expect(await sign(verify, 'old', '2026-11-28T01:02:01Z')).toBeUndefined();
  });
});
