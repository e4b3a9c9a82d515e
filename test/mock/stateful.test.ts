// The stateful mock: business errors from the world's state, every seed error code reachable by a
// natural request, ClientToken idempotency, retries across a cut connection, concurrency,
// persistence across restarts, and the inspection API.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAlbClient } from '../../src/index.ts';
import { startMock, type RunningMock } from '../../src/mock/server.ts';
import type { StoreOptions } from '../../src/mock/state/open-store.ts';
import { loadWorldFile } from '../../src/mock/state/world-file.ts';
import { WorldFileError } from '../../src/mock/state/world.ts';
import { startDriftingProxy } from '../support/drift-proxy.ts';
import { send, validQuery } from '../support/mock.ts';
import { minimalRequest } from '../support/requests.ts';
import { seedErrors } from '../support/seed.ts';

const dir = mkdtempSync(join(tmpdir(), 'stateful-'));
let running: RunningMock[] = [];
afterEach(async () => {
  await Promise.all(running.map((m) => m.close()));
  running = [];
});
async function stateful(options: StoreOptions = {}) {
  const mock = await startMock({ port: 0, log: null, stateful: { provisioningMs: 1_000, ...options } });
  running.push(mock);
  return mock;
}
/** A session's listeners (the default session's: unsigned requests without x-mock-session). */
const listeners = async (mock: RunningMock, session?: string) =>
  (await (await fetch(`${mock.url}/__mock/listeners${session ? `?session=${session}` : ''}`)).json()) as Array<{
    id: string;
    port: number;
    status: string;
    loadBalancerId: string;
  }>;
const https = { ListenerProtocol: 'HTTPS', 'Certificates.1.CertificateId': '103705-cn-hangzhou' };

describe('the world', () => {
  it('the default world makes the documented sample request succeed, and the listener turns Running', async () => {
    const mock = await stateful();
    const r = await send(mock.url, validQuery);
    expect(r.status).toBe(200);
    const created = (await listeners(mock)).find((l) => l.id === r.body.ListenerId)!;
    expect(created).toMatchObject({ loadBalancerId: validQuery.LoadBalancerId, port: 80, status: 'Provisioning' });
    await new Promise((done) => setTimeout(done, 1_100));
    expect((await listeners(mock)).find((l) => l.id === r.body.ListenerId)!.status).toBe('Running');
  });

  it('refuses a world file that breaks the schema, with the line and the reason', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'loadBalancers:\n  - id: alb-abc\n    vpcId: vpc-1\n    colour: blue\n');
    expect(() => loadWorldFile(file)).toThrow(WorldFileError);
    expect(() => loadWorldFile(file)).toThrow(/bad\.yaml \(line 2\): \/loadBalancers\/0 unknown field "colour"/);
    writeFileSync(file, 'loadBalancers:\n  - id: alb-abc\n    vpcId: [unclosed\n');
    expect(() => loadWorldFile(file)).toThrow(/bad\.yaml: line \d+:/);
    writeFileSync(file, 'loadBalancers:\n  - id: lb-wrongprefix\n    vpcId: vpc-1\n');
    expect(() => loadWorldFile(file)).toThrow(/line 2\): \/loadBalancers\/0\/id must match pattern/);
  });
});

describe('business errors from state', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['ResourceNotFound.LoadBalancer', { LoadBalancerId: 'alb-nosuch' }],
    ['IncorrectStatus.LoadBalancer', { LoadBalancerId: 'alb-provisioning0000000001' }],
    ['IncorrectBusinessStatus.LoadBalancer', { LoadBalancerId: 'alb-overdue00000000000000001' }],
    ['ResourceAlreadyExist.Listener', { ListenerPort: '9443' }],
    ['ResourceQuotaExceeded.LoadBalancerListenersNum', { LoadBalancerId: 'alb-full00000000000000000001', ListenerPort: '81' }],
    ['OperationDenied.CrossLoadBalancerQUICListener', { ...https, 'QuicConfig.QuicListenerId': 'lsn-quicother0000000001' }],
    ['ResourceAlreadyAssociated.Listener', { ...https, 'QuicConfig.QuicListenerId': 'lsn-quicassociated00001' }],
    ['ResourceNotFound.Listener', { ...https, 'QuicConfig.QuicListenerId': 'lsn-nosuch' }],
    ['Mismatch.VpcId', { 'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId': 'sgp-othervpc00000000001' }],
    [
      'OperationDenied.ServerGroupProtocolNotSupport',
      { 'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId': 'sgp-grpc000000000000001' },
    ],
    ['ResourceNotFound.ServerGroup', { 'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId': 'sgp-nosuch' }],
    ['ResourceNotFound.Certificate', { ...https, 'Certificates.1.CertificateId': 'no-such-cert' }],
    ['ResourceNotFound.SecurityPolicy', { ...https, SecurityPolicyId: 'spy-nosuch' }],
    ['ResourceQuotaExceeded.SecurityPolicyAttachedNum', { ...https, SecurityPolicyId: 'spy-full00000000000001' }],
    [
      'ResourceQuotaExceeded.ServerGroupAttachedNum',
      { 'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId': 'sgp-busy000000000000001' },
    ],
    [
      'ResourceQuotaExceeded.LoadBalancerServersNum',
      {
        LoadBalancerId: 'alb-servers0000000000000001',
        'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId': 'sgp-big0000000000000001',
      },
    ],
    [
      'ResourceQuotaExceeded.ServerAddedNum',
      { 'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId': 'sgp-shared0000000000001' },
    ],
  ];

  it('covers every error code of the seed page', () => {
    expect(cases.map(([code]) => code).sort()).toEqual(
      seedErrors()
        .map((e) => e.code)
        .sort(),
    );
  });

  it.each(cases)('%s fires from a natural request', async (code, overrides) => {
    const mock = await stateful();
    const r = await send(mock.url, { ...validQuery, ...overrides });
    const seed = seedErrors().find((e) => e.code === code)!;
    expect([r.status, r.body.Code], r.text).toEqual([seed.status, code]);
    // The seed page's message template, each %s filled with something.
    const template = new RegExp(`^${seed.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%s/g, '\\S.*?')}$`);
    expect(r.body.Message).toMatch(template);
  });

  it('creating the same port twice: the second is ResourceAlreadyExist.Listener; QUIC may share the number', async () => {
    const mock = await stateful();
    expect((await send(mock.url, validQuery)).status).toBe(200);
    expect((await send(mock.url, validQuery)).body.Code).toBe('ResourceAlreadyExist.Listener');
    expect((await send(mock.url, { ...validQuery, ListenerProtocol: 'QUIC' })).status).toBe(200);
  });

  it('DryRun runs the business checks and creates nothing', async () => {
    const mock = await stateful();
    const before = (await listeners(mock)).length;
    expect((await send(mock.url, { ...validQuery, DryRun: 'true' })).body.Code).toBe('DryRunOperation');
    expect((await send(mock.url, { ...validQuery, DryRun: 'true', LoadBalancerId: 'alb-nosuch' })).body.Code).toBe(
      'ResourceNotFound.LoadBalancer',
    );
    expect((await listeners(mock)).length).toBe(before);
  });
});

describe('QUIC listeners and their certificates (the second fidelity review)', () => {
  const quic = {
    ListenerProtocol: 'QUIC',
    ListenerPort: '4443',
    'Certificates.1.CertificateId': '103705-cn-hangzhou',
    CaEnabled: 'true',
    'CaCertificates.1.CertificateId': '123157-cn-hangzhou',
  };

  it('a QUIC listener keeps its certificates: GetListenerAttribute reports them', async () => {
    const mock = await stateful();
    const created = await send(mock.url, { ...validQuery, ...quic });
    expect(created.status, created.text).toBe(200);
    const read = await send(mock.url, { ListenerId: created.body.ListenerId }, { headers: { 'x-acs-action': 'GetListenerAttribute' } });
    expect(read.body).toMatchObject({
      ListenerProtocol: 'QUIC',
      Certificates: [{ CertificateId: '103705-cn-hangzhou' }],
      CaEnabled: true,
      CaCertificates: [{ CertificateId: '123157-cn-hangzhou' }],
    });
  });

  it('an unknown certificate on a QUIC listener is ResourceNotFound.Certificate; none at all is accepted', async () => {
    const mock = await stateful();
    const unknown = await send(mock.url, { ...validQuery, ...quic, 'Certificates.1.CertificateId': 'no-such-cert' });
    expect([unknown.status, unknown.body.Code]).toEqual([404, 'ResourceNotFound.Certificate']);
    const bare = await send(mock.url, { ...validQuery, ListenerProtocol: 'QUIC', ListenerPort: '4444' });
    expect(bare.status).toBe(200);
  });
});

describe('ClientToken idempotency', () => {
  it('the same token with the same parameters returns the same ListenerId and JobId and creates nothing new', async () => {
    const mock = await stateful();
    const first = await send(mock.url, { ...validQuery, ClientToken: 'token-1' });
    const again = await send(mock.url, { ...validQuery, ClientToken: 'token-1' });
    expect(again.status).toBe(200);
    expect([again.body.ListenerId, again.body.JobId]).toEqual([first.body.ListenerId, first.body.JobId]);
    expect(again.body.RequestId).not.toBe(first.body.RequestId);
    expect((await listeners(mock)).filter((l) => l.port === 80 && l.loadBalancerId === validQuery.LoadBalancerId)).toHaveLength(1);
  });

  it('the same token with different parameters is IdempotentParameterMismatch', async () => {
    const mock = await stateful();
    await send(mock.url, { ...validQuery, ClientToken: 'token-2' });
    const r = await send(mock.url, { ...validQuery, ClientToken: 'token-2', ListenerPort: '81' });
    expect([r.status, r.body.Code]).toEqual([400, 'IdempotentParameterMismatch']);
  });
});

describe('reliability', () => {
  // V1 signs every attempt with a new SignatureNonce and Timestamp: only business parameters may
  // decide whether a retry is "the same request".
  it.each(['v3', 'v1'] as const)(
    'a connection cut after the listener was created: the %s client retries with the same ClientToken and exactly one listener exists',
    async (signatureVersion) => {
      const mock = await stateful();
      let cut = 0;
      // Forwards to the mock, which creates the listener, then drops the first answer on the floor.
      const proxy = await startDriftingProxy(mock.url, (answer) => (cut++ === 0 ? 'drop' : answer));
      const client = createAlbClient({
        endpoint: proxy.url,
        signatureVersion,
        credentials: { accessKeyId: 'LTAI5tTestKey', accessKeySecret: 'test-secret', securityToken: `STS.attempt-token` },
        retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 },
      });
      const result = await client.createListener({ ...minimalRequest, ListenerPort: 8080 });
      proxy.close();
      expect(cut).toBe(2);
      const onPort = (await listeners(mock, 'LTAI5tTestKey')).filter((l) => l.port === 8080);
      expect(onPort.map((l) => l.id)).toEqual([result.ListenerId]);
    },
  );

  it('50 concurrent creates on distinct ports all succeed, exactly once each', async () => {
    const mock = await stateful({ worldFile: bigWorld() });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => send(mock.url, { ...validQuery, ListenerPort: String(10_000 + i) })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
    const ports = (await listeners(mock)).map((l) => l.port).filter((p) => p >= 10_000);
    expect(new Set(ports).size).toBe(50);
    expect(ports).toHaveLength(50);
  });

  it('50 concurrent creates on one port with different tokens: one success, 49 ResourceAlreadyExist.Listener', async () => {
    const mock = await stateful({ worldFile: bigWorld() });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => send(mock.url, { ...validQuery, ListenerPort: '7000', ClientToken: `t-${i}` })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.body.Code === 'ResourceAlreadyExist.Listener')).toHaveLength(49);
  });
});

describe('persistence', () => {
  it('a listener created before a restart is there after it, from the same state file', async () => {
    const stateFile = join(dir, `state-${Date.now()}.json`);
    const first = await stateful({ stateFile });
    const created = await send(first.url, { ...validQuery, ListenerPort: '8081' });
    await first.close();
    running = running.filter((m) => m !== first);
    const second = await stateful({ stateFile });
    expect((await listeners(second)).map((l) => l.id)).toContain(created.body.ListenerId);
    expect((await send(second.url, { ...validQuery, ListenerPort: '8081' })).body.Code).toBe('ResourceAlreadyExist.Listener');
  });

  it('refuses a corrupted state file instead of resetting it', async () => {
    const stateFile = join(dir, 'corrupt.json');
    writeFileSync(stateFile, '{"version":1,"world":{"loadBal');
    await expect(startMock({ port: 0, log: null, stateful: { stateFile } })).rejects.toThrow(
      /state file .*corrupt\.json is corrupted.*refusing to start/,
    );
    expect(readFileSync(stateFile, 'utf8')).toBe('{"version":1,"world":{"loadBal');
  });

  it('POST /__mock/reset returns to the world file; a stateless mock has no /__mock/', async () => {
    const mock = await stateful();
    await send(mock.url, { ...validQuery, ListenerPort: '8082' });
    expect((await fetch(`${mock.url}/__mock/reset`, { method: 'POST' })).status).toBe(200);
    expect((await listeners(mock)).some((l) => l.port === 8082)).toBe(false);
    const stateless = await startMock({ port: 0, log: null });
    running.push(stateless);
    expect((await fetch(`${stateless.url}/__mock/state`)).status).toBe(404);
  });
});

function bigWorld(): string {
  const file = join(dir, 'big.yaml');
  writeFileSync(
    file,
    [
      'loadBalancers:',
      '  - { id: alb-7y0kq0zi6gqgb1hb4w, vpcId: vpc-1, listenerQuota: 200, serversQuota: 100000 }',
      'serverGroups:',
      '  - { id: sgp-8ilqs4axp6bc2lfcxs, vpcId: vpc-1, protocol: HTTP, servers: 1 }',
      'limits: { serverGroupAttachedQuota: 1000 }',
    ].join('\n'),
  );
  return file;
}
