// A seeded fuzz run against the running mock over raw sockets: random and malformed requests (bad
// percent-encoding, huge values, duplicate keys, binary bodies, wrong content types, odd methods
// and headers). Every one must get an answer, never a 5xx, and every error must be a documented
// code in Alibaba's envelope. Parameter names include what cannot be a header value (non-Latin-1,
// control characters) and what is special to JavaScript objects (`__proto__`, `toString`); some
// requests carry thousands of keys. It runs against the stateless and the stateful mock (where a
// 5xx after a create would break ClientToken retries). FUZZ_COUNT and FUZZ_SEED replay or extend a
// run (`npm run fuzz:mock`).
import { XMLParser } from 'fast-xml-parser';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useMock, validQuery } from '../support/mock.ts';
import { MOCK_EXAMPLE_NOT_FOUND } from '../../src/mock/handler.ts';

const COUNT = Number(process.env.FUZZ_COUNT ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_616);

function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick, int: (n: number) => Math.floor(next() * n) };
}

const KEYS = [
  ...Object.keys(validQuery),
  'DryRun',
  'ListenerDescription',
  'Tag.1.Key',
  'Tag.21.Key',
  'Certificates.1.CertificateId',
  'QuicConfig.QuicUpgradeEnabled',
  'CaEnabled',
  'Action',
  'Version',
  'Format',
  '__code',
  '__example',
  'x',
  '',
  '%',
  'a%zzb',
  '€',
  '测试',
  '😀',
  'a\r\nb',
  '\u0000k',
  'toString',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'ClientToken',
];
const VALUES = [
  '',
  'true',
  'false',
  '0',
  '-1',
  '65536',
  '80',
  'HTTP',
  'HTTPS',
  'QUIC',
  'ForwardGroup',
  'CreateListener',
  '2020-06-16',
  'XML',
  '404',
  'ResourceNotFound.LoadBalancer',
  '%E0%A4%A',
  '%zz',
  '%',
  '+',
  '%00',
  '中文',
  '\u0000',
];

function randomRequest(r: ReturnType<typeof prng>): { raw: Buffer; method: string } {
  const method = r.pick(['POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
  const pairs: string[] = [];
  const base = r.next() < 0.5 ? Object.entries(validQuery).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`) : [];
  pairs.push(...base);
  for (let i = r.int(8); i > 0; i--) {
    const key = r.pick(KEYS);
    let value = r.pick(VALUES);
    if (r.next() < 0.1) value = 'x'.repeat(r.int(20_000));
    pairs.push(r.next() < 0.7 ? `${encodeURIComponent(key)}=${encodeURIComponent(value)}` : `${key}=${value}`);
  }
  if (r.next() < 0.1) pairs.push(pairs[0] ?? 'a=b'); // duplicate key
  if (r.next() < 0.02) for (let i = r.int(5_000); i > 0; i--) pairs.push(`k${i}=${i}`); // very many keys
  const query = pairs.join(r.next() < 0.9 ? '&' : '&&');
  const headers: string[] = [`host: 127.0.0.1`, 'connection: close'];
  if (r.next() < 0.8) headers.push(`x-acs-action: ${r.pick(['CreateListener', 'CreateListener', 'DeleteListener', ''])}`);
  if (r.next() < 0.8) headers.push(`x-acs-version: ${r.pick(['2020-06-16', '2020-06-16', '2014-05-26'])}`);
  if (r.next() < 0.3) headers.push(`accept: ${r.pick(['application/xml', 'text/xml', 'application/json', '*/*', 'text/csv', ';;;'])}`);
  if (r.next() < 0.2)
    headers.push(
      `prefer: ${r.pick(['code=404', 'code=404, example=ResourceNotFound.LoadBalancer', 'example=Nope', 'code=abc', 'code=200'])}`,
    );
  if (r.next() < 0.1) headers.push(`authorization: ${r.pick(['ACS3-HMAC-SHA256 Credential=x', 'garbage', ''])}`);
  let body = Buffer.alloc(0);
  const bodyKind = r.int(5);
  if (bodyKind === 1) body = Buffer.from(Array.from({ length: r.int(4096) }, () => r.int(256)));
  if (bodyKind === 2) body = Buffer.from(pairs.slice(0, 3).join('&'));
  if (bodyKind === 3) body = Buffer.from(JSON.stringify(validQuery));
  if (body.length > 0 || r.next() < 0.1) {
    headers.push(
      `content-type: ${r.pick(['application/x-www-form-urlencoded', 'application/json', 'application/octet-stream', 'text/plain', 'multipart/form-data; boundary=x'])}`,
    );
    headers.push(`content-length: ${body.length}`);
  }
  const head = `${method} /?${query} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`;
  return { raw: Buffer.concat([Buffer.from(head, 'latin1'), body]), method };
}

function exchange(port: number, raw: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer within 5 s'));
    }, 5_000);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    socket.end(raw);
  });
}

describe.each([
  ['stateless', {}],
  ['stateful', { stateful: {} }],
] as const)(`fuzz: ${COUNT} seeded random requests (seed ${SEED}) against the %s mock`, (_, options) => {
  const server = useMock(options);
  it('answers every one, never with a 5xx, every error a documented code in the envelope', { timeout: 240_000 }, async () => {
    const r = prng(SEED);
    const port = Number(new URL(server.url).port);
    const documented = server.mock.contracts.get('CreateListener')!.errors;
    const xml = new XMLParser({ parseTagValue: false });
    const statuses = new Map<number, number>();
    for (let i = 0; i < COUNT; i++) {
      const { raw, method } = randomRequest(r);
      const response = await exchange(port, raw);
      const context = `request #${i} (seed ${SEED}): ${raw.subarray(0, 300).toString('latin1')}\n---\n${response.slice(0, 400)}`;
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
      expect(status, context).toBeGreaterThanOrEqual(200);
      expect(status, context).toBeLessThan(500);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status < 400 || method === 'HEAD') continue;
      const body = response.slice(response.indexOf('\r\n\r\n') + 4);
      let parsed: any;
      try {
        parsed = body.trimStart().startsWith('<') ? xml.parse(body).Error : JSON.parse(body);
      } catch (error) {
        throw new Error(`${String(error)}\n${context}`);
      }
      // The mock's own answer to an undocumented Prefer/__example is the one code no service sends.
      const expected = parsed.Code === MOCK_EXAMPLE_NOT_FOUND ? 400 : documented.get(parsed.Code)?.status;
      expect(expected, context).toBe(status);
      expect(parsed.RequestId, context).toMatch(/^[0-9A-F-]{36}$/);
    }
    // The run reached both sides of the contract.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(COUNT / 4);
  });
});
