// With --verify-signatures the mock checks V3 and V1 signatures as the gateway does. The official
// SDK is the oracle: the right secret passes, a wrong one gets SignatureDoesNotMatch through the
// SDK's own error.
import { describe, expect, it } from 'vitest';
import * as universal from '../../src/index.ts';
import * as node from '../../src/node.ts';
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
  it.each([[false], [true]])('v1=%s: the right secret passes, a wrong secret is SignatureDoesNotMatch, an unknown key InvalidAccessKeyId.NotFound', async (v1) => {
    expect(await sdkCode({ ...key, v1 })).toBe(200);
    expect(await sdkCode({ ...key, accessKeySecret: 'wrong', v1 })).toBe('SignatureDoesNotMatch');
    expect(await sdkCode({ ...key, accessKeyId: 'LTAI5tSomeoneElse', v1 })).toBe('InvalidAccessKeyId.NotFound');
  });
});

describe('signature verification rules', () => {
  it('our client passes with V3 and V1, from both entry points (fetch and node:http)', async () => {
    for (const { createAlbClient } of [universal, node])
      for (const signatureVersion of ['v3', 'v1'] as const)
        await expect(createAlbClient({ endpoint: server.url, credentials: key, signatureVersion }).createListener(request as never)).resolves.toHaveProperty('ListenerId');
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
    expect((await send(server.url, validQuery, { headers: { authorization: 'ACS3-HMAC-SHA256 Credential=x' } })).body.Code).toBe('IncompleteSignature');
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
    const r = await fetch(`${server.url}/?${qs({ Action: 'CreateListener', Version: '2020-06-16', Format: 'JSON', ...validQuery, AccessKeyId: key.accessKeyId })}`, { method: 'POST' });
    expect((await r.json()).Code).toBe('IncompleteSignature');
  });
});
