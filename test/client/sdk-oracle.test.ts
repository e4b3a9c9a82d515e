// Our client and the official SDK send the same CreateListener requests to a loopback recorder:
// identical decoded query maps, and signatures that agree when date and nonce are the same. Both
// entry points: the universal one (fetch, Web Crypto) and the Node one (node:http, node:crypto).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as universal from '../../src/index.ts';
import * as node from '../../src/node.ts';
import { startRecorder, type Recorded } from '../support/recorder.ts';
import { sdkCreateListener } from '../support/sdk-oracle.ts';

const credentials = { accessKeyId: 'testid', accessKeySecret: 'test-secret-value' };

// Every parameter, nested arrays with several items, and awkward characters.
const everything: universal.CreateListenerRequest = {
  LoadBalancerId: 'alb-n5qw04uq8vavfe0000',
  ClientToken: '123e4567-e89b-12d3-a456-426655440000',
  DryRun: true,
  ListenerProtocol: 'HTTPS',
  ListenerPort: 443,
  ListenerDescription: 'HTTPS_443/test.v1',
  RequestTimeout: 60,
  IdleTimeout: 15,
  GzipEnabled: true,
  Http2Enabled: false,
  SecurityPolicyId: 'tls_cipher_policy_1_0',
  CaEnabled: true,
  CaCertificates: [{ CertificateId: '123157-cn-hangzhou' }],
  Certificates: [{ CertificateId: '103705-cn-hangzhou' }, { CertificateId: 'c2*' }],
  DefaultActions: [
    { Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-8ilqs4axp6' }, { ServerGroupId: 'sgp-2' }] } },
    { Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-3' }] } },
  ],
  QuicConfig: { QuicListenerId: 'lsn-quic', QuicUpgradeEnabled: true },
  XForwardedForConfig: {
    XForwardedForClientCertClientVerifyAlias: 'verify-alias_1',
    XForwardedForClientCertClientVerifyEnabled: true,
    XForwardedForClientCertFingerprintAlias: 'fp',
    XForwardedForClientCertFingerprintEnabled: false,
    XForwardedForClientCertIssuerDNAlias: 'issuer',
    XForwardedForClientCertIssuerDNEnabled: true,
    XForwardedForClientCertSubjectDNAlias: 'a_b-1',
    XForwardedForClientCertSubjectDNEnabled: true,
    XForwardedForClientSourceIpsEnabled: true,
    XForwardedForClientSourceIpsTrusted: '10.1.1.0/24',
    XForwardedForClientSrcPortEnabled: true,
    XForwardedForEnabled: true,
    XForwardedForHostEnabled: true,
    XForwardedForProcessingMode: 'append',
    XForwardedForProtoEnabled: true,
    XForwardedForSLBIdEnabled: false,
    XForwardedForSLBPortEnabled: true,
  },
  Tag: [
    { Key: 'env', Value: 'a b&c=d/e*f' },
    { Key: '中文', Value: 'ünï' },
    { Key: 'plus+and%', Value: '' },
  ],
};

let recorder: Awaited<ReturnType<typeof startRecorder>>;
beforeAll(async () => (recorder = await startRecorder()));
afterAll(() => recorder.close());

async function viaSdk(v1: boolean): Promise<Recorded> {
  await sdkCreateListener(recorder.url, everything as Record<string, unknown>, { ...credentials, v1 });
  return recorder.requests.at(-1)!;
}

type Entry = typeof universal;

async function viaOurs({ createAlbClient }: Entry, v1: boolean, date?: string, nonce?: string): Promise<Recorded> {
  if (date) vi.useFakeTimers({ toFake: ['Date'], now: new Date(date) });
  const restore = nonce ? vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue(asUuid(nonce)) : undefined;
  try {
    await createAlbClient({ endpoint: recorder.url, credentials, signatureVersion: v1 ? 'v1' : 'v3' }).createListener(everything);
  } finally {
    vi.useRealTimers();
    restore?.mockRestore();
  }
  return recorder.requests.at(-1)!;
}

const asUuid = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}` as `${string}-${string}-${string}-${string}-${string}`;
const without = (map: Record<string, string>, keys: string[]) => Object.fromEntries(Object.entries(map).filter(([k]) => !keys.includes(k)));

describe.each([
  { name: 'universal entry', entry: universal },
  { name: 'Node entry', entry: node },
])('$name', ({ entry }) => {
  const { signAcs3, signRpcV1 } = entry;

  describe('V3 (ACS3-HMAC-SHA256), the default', () => {
    it('sends the same decoded query as the SDK, with POST, an empty body and the action headers', async () => {
      const sdk = await viaSdk(false);
      const ours = await viaOurs(entry, false);
      expect(ours.query).toEqual(sdk.query);
      expect(Object.keys(ours.query)).toHaveLength(Object.keys(universal.flattenRpcParams(everything)).length);
      expect(Object.keys(ours.query).length).toBeGreaterThan(40);
      expect([ours.method, ours.body, ours.headers['x-acs-action'], ours.headers['x-acs-version']]).toEqual([
        sdk.method,
        sdk.body,
        'CreateListener',
        '2020-06-16',
      ]);
      expect(ours.headers['x-acs-content-sha256']).toBe(sdk.headers['x-acs-content-sha256']);
    });

    it("reproduces the SDK's signature from the same request, date and nonce", async () => {
      const sdk = await viaSdk(false);
      const signedNames = /SignedHeaders=([^,]+)/.exec(String(sdk.headers.authorization))![1]!.split(';');
      const headers = Object.fromEntries(signedNames.filter((n) => n !== 'host').map((n) => [n, String(sdk.headers[n])]));
      const ours = await signAcs3({ method: sdk.method, host: String(sdk.headers.host), query: sdk.query, headers }, credentials, {
        date: String(sdk.headers['x-acs-date']),
        nonce: String(sdk.headers['x-acs-signature-nonce']),
      });
      expect(ours.headers.authorization).toBe(sdk.headers.authorization);
    });

    it('with the SDK date and nonce, our client signs the canonical request the SDK signs, less its internal provider header', async () => {
      const sdk = await viaSdk(false);
      const ours = await viaOurs(
        entry,
        false,
        String(sdk.headers['x-acs-date']),
        String(sdk.headers['x-acs-signature-nonce']).slice(0, 32),
      );
      const sdkHeaders = Object.fromEntries(
        /SignedHeaders=([^,]+)/
          .exec(String(sdk.headers.authorization))![1]!
          .split(';')
          .filter((n) => n !== 'host' && n !== 'x-acs-credentials-provider')
          .map((n) => [n, String(sdk.headers[n])]),
      );
      sdkHeaders['x-acs-signature-nonce'] = String(ours.headers['x-acs-signature-nonce']);
      const expected = await signAcs3(
        { method: 'POST', host: String(sdk.headers.host), query: sdk.query, headers: sdkHeaders },
        credentials,
        {
          date: String(sdk.headers['x-acs-date']),
          nonce: String(ours.headers['x-acs-signature-nonce']),
        },
      );
      expect(ours.headers.authorization).toBe(expected.headers.authorization);
    });
  });

  describe('V1 (HMAC-SHA1, the SDK with signatureAlgorithm v2)', () => {
    it('sends the same decoded query as the SDK but for the per-request nonce, timestamp and signature, and signs exactly as the SDK', async () => {
      const sdk = await viaSdk(true);
      const ours = await viaOurs(entry, true);
      expect(without(ours.query, ['SignatureNonce', 'Signature', 'Timestamp'])).toEqual(
        without(sdk.query, ['SignatureNonce', 'Signature', 'Timestamp']),
      );
      // Same inputs, same signature: re-sign the SDK's parameters with its own nonce and timestamp.
      const resigned = await signRpcV1(
        without(sdk.query, ['Signature', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp']),
        'POST',
        credentials,
        {
          timestamp: sdk.query.Timestamp!,
          nonce: sdk.query.SignatureNonce!,
        },
      );
      expect(resigned.params).toEqual(sdk.query);
    });
  });
});
