// Headers a caller adds: the client's own (every request) and one call's (over them), sent as
// given; a header the client sets or signs itself is refused before anything is sent, naming it.
import { describe, expect, it } from 'vitest';
import { createAlbClient } from '../../src/index.ts';
import { useMock } from '../support/mock.ts';
import { minimalRequest } from '../support/requests.ts';

const server = useMock();
const credentials = { accessKeyId: 'LTAI5tHeaders', accessKeySecret: 'secret' };

describe('extra headers', () => {
  it("a call's Prefer picks the mock's documented error, for any action; the signature still verifies", async () => {
    const alb = createAlbClient({ endpoint: server.url, credentials });
    const chosen = await alb
      .createListener(minimalRequest, { headers: { Prefer: 'example=ResourceNotFound.LoadBalancer' } })
      .catch((e) => e);
    expect([chosen.status, chosen.code]).toEqual([404, 'ResourceNotFound.LoadBalancer']);
    const listed = await alb.listAsynJobs({}, { headers: { prefer: 'code=400, example=Throttling.User' } }).catch((e) => e);
    expect(listed.code).toBe('Throttling.User');
    // Without the header, the same client gets the success.
    await expect(alb.getListenerAttribute({ ListenerId: 'lsn-example' })).resolves.toHaveProperty('ListenerId');
  });

  it('the client’s headers go with every request, a call’s over them', async () => {
    const seen: Array<Record<string, string>> = [];
    const recording: typeof fetch = async (input, init) => {
      seen.push(Object.fromEntries(new Headers(init?.headers).entries()));
      return fetch(input, init);
    };
    const alb = createAlbClient({ endpoint: server.url, fetch: recording, headers: { 'X-Trace': 'client', 'x-mock-session': 'w1' } });
    await alb.listAsynJobs({});
    await alb.listAsynJobs({}, { headers: { 'x-trace': 'call' } });
    expect(seen.map((h) => [h['x-trace'], h['x-mock-session']])).toEqual([
      ['client', 'w1'],
      ['call', 'w1'],
    ]);
  });

  it.each([['Authorization'], ['host'], ['x-acs-action'], ['Accept'], ['bad header']])('%s is refused at once, naming it', async (name) => {
    expect(() => createAlbClient({ endpoint: server.url, headers: { [name]: 'x' } })).toThrow(new RegExp(name));
    const alb = createAlbClient({ endpoint: server.url });
    await expect(alb.listAsynJobs({}, { headers: { [name]: 'x' } })).rejects.toThrow(new RegExp(`ListAsynJobs headers.*${name}`));
  });

  it('a value that is no header value is refused, naming the header', () => {
    expect(() => createAlbClient({ endpoint: server.url, headers: { 'x-note': 'line\nbreak' } })).toThrow(/x-note.*visible ASCII/);
  });
});
