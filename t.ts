import { startMock } from './src/mock/server.ts';
const mock = await startMock({ port: 0 });
const q = 'LoadBalancerId=alb-1&ListenerProtocol=HTTP&ListenerPort=80&DefaultActions.1.Type=ForwardGroup&DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId=sgp-1';
const h = { 'x-acs-action': 'CreateListener', 'x-acs-version': '2020-06-16' };
for (const [u, init] of [[`/?${q}`, { method: 'POST', headers: h }], [`/?${q}&ListenerPort=0`.replace('ListenerPort=80&',''), { method: 'POST', headers: h }], [`/?${q}`, { method: 'POST', headers: { ...h, accept: 'application/xml', prefer: 'code=404, example=ResourceNotFound.LoadBalancer' } }], [`/?${q}&DryRun=true`, { method: 'GET', headers: h }], [`/?Action=CreateListener&Version=2020-06-16&${q}`, { method: 'POST' }], [`/?${q}&ListenerProtocol=HTTPS`.replace('ListenerProtocol=HTTP&',''), { method: 'POST', headers: h }], ['/?%zz', { method: 'POST', headers: h }]] as const) {
  const r = await fetch(mock.url + u, init as any); console.log(r.status, r.headers.get('content-type'), (await r.text()).slice(0, 260));
}
await mock.close();
