// The MSW handlers in a team's test suite (issue 25): a world per session as in the server mock,
// reset() and setFaults() on the array albHandlers returns, a custom world given as data, and an
// unknown option refused rather than ignored.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlbWaitVanishedError } from '../../src/index.ts';
import { albHandlers, type WorldFile } from '../../src/msw/index.ts';
import { createAlbClient } from '../../src/node.ts';
import type { CreateListenerRequest } from '../../generated/types.ts';
import { minimalRequest } from '../support/requests.ts';

const SHARED = 'http://sessions.msw.test';
const TEAM = 'http://team-world.msw.test';
const shared = albHandlers({ baseUrl: SHARED, stateful: { provisioningMs: 400 } });

// A team's own world: its load balancer and server group, nothing of the default world.
const teamWorld: WorldFile = {
  loadBalancers: [{ id: 'alb-team0000000000000000001', vpcId: 'vpc-team00000000000000001', edition: 'Standard' }],
  serverGroups: [{ id: 'sgp-team0000000000000000001', vpcId: 'vpc-team00000000000000001', protocol: 'HTTP' }],
};
const team = albHandlers({ baseUrl: TEAM, stateful: { world: teamWorld, provisioningMs: 100 } });
const msw = setupServer(...shared, ...team);
beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());

const fast = { minDelayMs: 50, maxDelayMs: 100, timeoutMs: 20_000 };
const worker = (name: string) =>
  createAlbClient({ endpoint: SHARED, credentials: { accessKeyId: `LTAI5t${name}`, accessKeySecret: 'secret' } });

describe('albHandlers shared by two workers (setupServer in Node)', () => {
  it('the same port created by both, each sees only its own; one resets, the other’s waiter completes and the reset one’s fails at once', async () => {
    const [a, b] = [worker('MswA'), worker('MswB')];
    const [mine, theirs] = await Promise.all([a, b].map((c) => c.createListener({ ...minimalRequest, ListenerPort: 8443 })));
    expect((await a.getListenerAttribute({ ListenerId: theirs!.ListenerId! }).catch((e) => e)).code).toBe('ResourceNotFound.Listener');
    expect((await b.getListenerAttribute({ ListenerId: theirs!.ListenerId! })).ListenerPort).toBe(8443);
    let reset = false;
    const [vanished, running] = await Promise.all([
      a
        .waitForListener(mine!.ListenerId!, {
          ...fast,
          jobId: mine!.JobId!,
          onPoll: () => {
            if (!reset) shared.reset('LTAI5tMswA');
            reset = true;
          },
        })
        .catch((e) => e),
      b.waitForListener(theirs!.ListenerId!, { ...fast, jobId: theirs!.JobId! }),
    ]);
    expect(vanished).toBeInstanceOf(AlbWaitVanishedError);
    expect(running).toMatchObject({ ListenerId: theirs!.ListenerId, ListenerStatus: 'Running' });
  });

  it('setFaults() for one session and reset() change the next answer', async () => {
    const failing = worker('MswFailing');
    const fine = worker('MswFine');
    shared.setFaults({ failJobs: [{ code: 'Handlers.Fail' }] }, 'LTAI5tMswFailing');
    expect((await failing.createListenerAndWait({ ...minimalRequest, ListenerPort: 9200 }, fast).catch((e) => e)).code).toBe(
      'Handlers.Fail',
    );
    await expect(fine.createListenerAndWait({ ...minimalRequest, ListenerPort: 9200 }, fast)).resolves.toMatchObject({
      ListenerStatus: 'Running',
    });
    shared.setFaults({ latencyMs: 300 });
    let t = Date.now();
    await fine.listAsynJobs({});
    expect(Date.now() - t).toBeGreaterThanOrEqual(280);
    shared.reset();
    t = Date.now();
    await fine.listAsynJobs({});
    expect(Date.now() - t).toBeLessThan(280);
    await expect(failing.createListenerAndWait({ ...minimalRequest, ListenerPort: 9200 }, fast)).resolves.toMatchObject({
      ListenerStatus: 'Running',
    });
  });
});

describe('a custom world through albHandlers', () => {
  it("the team's own load balancer works, the default world's is not there", async () => {
    const alb = createAlbClient({ endpoint: TEAM });
    const request: CreateListenerRequest = {
      ...minimalRequest,
      LoadBalancerId: 'alb-team0000000000000000001',
      DefaultActions: [
        { Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-team0000000000000000001' }] } },
      ],
    };
    await expect(alb.createListenerAndWait(request, fast)).resolves.toMatchObject({
      LoadBalancerId: 'alb-team0000000000000000001',
      ListenerStatus: 'Running',
    });
    expect((await alb.createListener(minimalRequest).catch((e) => e)).code).toBe('ResourceNotFound.LoadBalancer');
  });

  it('an unknown option, or a world that breaks the world schema, is a thrown error naming it', () => {
    // Type errors too (tsc checks these lines in npm test): the @ts-expect-error fails if they type-check.
    // @ts-expect-error baseURL is not an option
    expect(() => albHandlers({ baseURL: SHARED })).toThrow(/unknown option "baseURL"/);
    // @ts-expect-error wrld is not an option
    expect(() => albHandlers({ stateful: { wrld: teamWorld } })).toThrow(/unknown option "wrld"/);
    expect(() => albHandlers({ stateful: { world: { loadBalancers: [{ id: 'alb-x' }] } as never } })).toThrow(/vpcId/);
  });
});
