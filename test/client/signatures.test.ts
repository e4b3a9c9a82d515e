// The published signature vectors (wire-protocol.md §2.3 and §2.4) reproduced by the signers of
// both entry points: the universal one on Web Crypto and the Node one on node:crypto.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentEncode } from '../../src/client/encode.ts';
import { nodeHashes } from '../../src/client/hashes-node.ts';
import { webHashes } from '../../src/client/hashes-web.ts';
import { EMPTY_BODY_SHA256 } from '../../src/client/sign-acs3.ts';
import { rpcV1Signature } from '../../src/client/sign-rpc-v1.ts';
import * as universal from '../../src/index.ts';
import * as node from '../../src/node.ts';

const entries = [
  { name: 'universal entry (Web Crypto)', signAcs3: universal.signAcs3, signRpcV1: universal.signRpcV1, hashes: webHashes },
  { name: 'Node entry (node:crypto)', signAcs3: node.signAcs3, signRpcV1: node.signRpcV1, hashes: nodeHashes },
];

describe.each(entries)('V1 HMAC-SHA1 signature, $name', ({ signRpcV1, hashes }) => {
  it('reproduces the ECS DescribeRegions documentation vector', async () => {
    const signed = await signRpcV1(
      { Action: 'DescribeRegions', Format: 'XML', Version: '2014-05-26' },
      'GET',
      { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
      { timestamp: '2016-02-23T12:46:24Z', nonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf' },
    );
    expect(signed.stringToSign).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(signed.signature).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
    expect(signed.params.Signature).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('reproduces the V2-doc fixed-parameter vector (DescribeDedicatedHosts)', async () => {
    const signed = await signRpcV1(
      { Action: 'DescribeDedicatedHosts', Format: 'JSON', RegionId: 'cn-beijing', Version: '2014-05-26' },
      'GET',
      { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
      { timestamp: '2023-03-13T08:34:30Z', nonce: 'edb2b34af0af9a6d14deaf7c1a5315eb' },
    );
    expect(signed.signature).toBe('9NaGiOspFP5UPcwX8Iwt2YJXXuk=');
  });

  it("reproduces the official SDK's unit-test vector", async () => {
    expect((await rpcV1Signature(hashes, { test: 'ok' }, '', 'accessKeySecret')).signature).toBe('jHx/oHoHNrbVfhncHEvPdHXZwHU=');
  });

  it('signs the STS token as SecurityToken and a different method differently', async () => {
    const creds = { accessKeyId: 'testid', accessKeySecret: 'testsecret', securityToken: 'sts-token' };
    const inputs = { timestamp: '2026-11-26T08:00:00Z', nonce: 'n1' };
    const post = await signRpcV1({ Action: 'CreateListener' }, 'POST', creds, inputs);
    const get = await signRpcV1({ Action: 'CreateListener' }, 'GET', creds, inputs);
    expect(post.params.SecurityToken).toBe('sts-token');
    expect(post.stringToSign).toContain('SecurityToken%3Dsts-token');
    expect(post.signature).not.toBe(get.signature);
  });
});

describe.each(entries)('V3 ACS3-HMAC-SHA256 signature, $name', ({ signAcs3 }) => {
  it('reproduces the published RunInstances vector: canonical request, string to sign and Authorization', async () => {
    const signed = await signAcs3(
      {
        method: 'POST',
        host: 'ecs.cn-shanghai.aliyuncs.com',
        query: { ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd', RegionId: 'cn-shanghai' },
        headers: { 'x-acs-action': 'RunInstances', 'x-acs-version': '2014-05-26' },
      },
      { accessKeyId: 'YourAccessKeyId', accessKeySecret: 'YourAccessKeySecret' },
      { date: '2023-10-26T10:22:32Z', nonce: '3156853299f313e23d1673dc12e1703d' },
    );
    expect(signed.canonicalRequest).toBe(
      [
        'POST',
        '/',
        'ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai',
        'host:ecs.cn-shanghai.aliyuncs.com',
        'x-acs-action:RunInstances',
        `x-acs-content-sha256:${EMPTY_BODY_SHA256}`,
        'x-acs-date:2023-10-26T10:22:32Z',
        'x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d',
        'x-acs-version:2014-05-26',
        '',
        'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
        EMPTY_BODY_SHA256,
      ].join('\n'),
    );
    expect(signed.stringToSign).toBe('ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259');
    expect(signed.headers.authorization).toBe(
      'ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    );
  });

  it('signs the STS token header and a body hash', async () => {
    const signed = await signAcs3(
      {
        method: 'POST',
        host: 'alb.cn-hangzhou.aliyuncs.com',
        query: {},
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'a=b',
      },
      { accessKeyId: 'id', accessKeySecret: 'secret', securityToken: 'sts' },
      { date: new Date('2026-11-26T08:00:00.123Z'), nonce: 'n' },
    );
    expect(signed.headers['x-acs-date']).toBe('2026-11-26T08:00:00Z');
    expect(signed.headers['x-acs-security-token']).toBe('sts');
    expect(signed.headers.authorization).toContain(
      'SignedHeaders=content-type;host;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce',
    );
    expect(signed.headers['x-acs-content-sha256']).not.toBe(EMPTY_BODY_SHA256);
  });
});

describe('the two hash libraries', () => {
  it('agree on SHA-256, HMAC-SHA256 and HMAC-SHA1 of random UTF-8 keys and messages', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
        async (data, key) => {
          expect(await webHashes.sha256Hex(data)).toBe(nodeHashes.sha256Hex(data));
          expect(await webHashes.hmacSha256Hex(key, data)).toBe(nodeHashes.hmacSha256Hex(key, data));
          expect(await webHashes.hmacSha1Base64(key, data)).toBe(nodeHashes.hmacSha1Base64(key, data));
        },
      ),
      { numRuns: 200, seed: 20260616 },
    );
  });
});

describe('percent-encoding', () => {
  it('encodes by RFC 3986 as Alibaba does', () => {
    expect(percentEncode("a b*c~d'e(f)!g/h&i=j+k")).toBe('a%20b%2Ac~d%27e%28f%29%21g%2Fh%26i%3Dj%2Bk');
    expect(percentEncode('中')).toBe('%E4%B8%AD');
  });
});
