import { fork } from 'node:child_process';
import { createAlbClient } from './src/index.ts';
import { signAcs3 } from './src/client/sign-acs3.ts';
const child = fork('bench/support/keepalive-server.mjs', { stdio: 'ignore' });
const port = await new Promise<number>((d) => child.once('message', (m: any) => d(m.port)));
const url = `http://127.0.0.1:${port}`;
const req: any = { LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w', ClientToken: '123e4567-e89b-12d3-a456-426655440000', ListenerProtocol: 'HTTP', ListenerPort: 80, DefaultActions: [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-1' }] } }] };
const creds = { accessKeyId: 'a', accessKeySecret: 'b' };
const v: Record<string, () => Promise<unknown>> = {
  floor: async () => (await fetch(url + '/?a=b', { method: 'POST' })).json(),
  unsignedNoVal: ((c) => () => c.createListener(req))(createAlbClient({ endpoint: url, validate: false })),
  unsigned: ((c) => () => c.createListener(req))(createAlbClient({ endpoint: url })),
  signed: ((c) => () => c.createListener(req))(createAlbClient({ endpoint: url, credentials: creds })),
  signOnly: () => signAcs3({ method: 'POST', host: 'h', query: 'a=b', headers: {} }, creds, { date: new Date(), nonce: 'n' }),
};
const res: Record<string, number[]> = {};
for (const f of Object.values(v)) for (let i = 0; i < 200; i++) await f();
for (let r = 0; r < 7; r++) for (const [k, f] of Object.entries(v)) { const N = 400; const t = performance.now(); for (let i = 0; i < N; i++) await f(); (res[k] ??= []).push((performance.now() - t) / N * 1000); }
for (const [k, a] of Object.entries(res)) console.log(k, a.sort((x, y) => x - y)[3]!.toFixed(0));
child.kill();
