// The mock as MSW handlers in Node (setupServer): our client from both entries and the official
// SDK get the mock's answers without a server; stateful handlers remember and run a listener's
// whole lifecycle; and every conformance scenario gets the same status, code and body shape from
// the handlers as from the server mock.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenarios } from '../../src/conformance/runner.ts';
import { generateScenarios } from '../../src/conformance/scenarios.ts';
import { loadSuiteSpec } from '../../src/conformance/suite-spec.ts';
import { AlbError, createAlbClient as createUniversalClient } from '../../src/index.ts';
import { albHandlers } from '../../src/msw/index.ts';
import { createAlbClient as createNodeClient } from '../../src/node.ts';
import { qs, send, useMock, V3, validQuery } from '../support/mock.ts';
import { minimalRequest } from '../support/requests.ts';
import { createSdkClient, toSdkRequest } from '../support/sdk-oracle.ts';

const STATELESS = 'http://alb.msw.test';
const STATEFUL = 'http://stateful.msw.test';
const QUICK = 'http://quick-jobs.msw.test';
const msw = setupServer(
  ...albHandlers({ baseUrl: STATELESS }),
  ...albHandlers({ baseUrl: STATEFUL, stateful: true }),
  ...albHandlers({ baseUrl: QUICK, stateful: { provisioningMs: 20 } }),
);
const server = useMock();
beforeAll(() => msw.listen({ onUnhandledRequest: 'bypass' }));
afterAll(() => msw.close());

describe('albHandlers in Node (setupServer)', () => {
  it.each([
    ['universal', createUniversalClient],
    ['node', createNodeClient],
  ])('our %s client gets a listener, with no server running', async (_, createAlbClient) => {
    const answer = await createAlbClient({ endpoint: STATELESS }).createListener(minimalRequest);
    expect(answer.ListenerId).toMatch(/^lsn-[a-z0-9]{20}$/);
  });

  it('the official SDK gets 200 through V3 and V1', async () => {
    for (const v1 of [false, true]) {
      const response = (await createSdkClient(STATELESS, { accessKeyId: 'id', accessKeySecret: 'secret', v1 }).createListener(
        toSdkRequest(minimalRequest as never),
      )) as { statusCode: number };
      expect(response.statusCode).toBe(200);
    }
  });

  it('rejects as the mock does: a broken limit is 400 InvalidParameter naming the wire key; Prefer picks an example', async () => {
    const bad = await fetch(`${STATELESS}/?${qs({ ...validQuery, ListenerPort: '0' })}`, { method: 'POST', headers: V3 });
    expect([bad.status, (await bad.json()).Code]).toEqual([400, 'InvalidParameter']);
    const chosen = await fetch(`${STATELESS}/?${qs(validQuery)}`, {
      method: 'POST',
      headers: { ...V3, prefer: 'example=ResourceNotFound.LoadBalancer' },
    });
    expect([chosen.status, (await chosen.json()).Code]).toEqual([404, 'ResourceNotFound.LoadBalancer']);
  });

  it('stateful handlers remember: the same port twice is ResourceAlreadyExist.Listener', async () => {
    const alb = createNodeClient({ endpoint: STATEFUL });
    await alb.createListener({ ...minimalRequest, ListenerPort: 8088 });
    const error = await alb.createListener({ ...minimalRequest, ListenerPort: 8088 }).catch((e) => e);
    expect(error).toBeInstanceOf(AlbError);
    expect(error.code).toBe('ResourceAlreadyExist.Listener');
  });

  it("stateful handlers run a listener's whole lifecycle: create, list, update, stop, start, delete, the port again", async () => {
    const alb = createUniversalClient({ endpoint: QUICK });
    const fast = { minDelayMs: 10, maxDelayMs: 20 };
    const request = { ...minimalRequest, ListenerPort: 8089 };
    const { ListenerId } = await alb.createListenerAndWait(request, fast);
    const listed = [];
    for await (const page of alb.paginateListListeners({ LoadBalancerIds: [minimalRequest.LoadBalancerId], MaxResults: 1 }))
      listed.push(...(page.Listeners ?? []).map((l) => l.ListenerId));
    expect(listed).toContain(ListenerId);
    const { JobId } = await alb.updateListenerAttribute({ ListenerId: ListenerId!, ListenerDescription: 'edited' });
    await alb.waitUntilJobSucceeded({ JobIds: [JobId!] }, fast);
    expect((await alb.getListenerAttribute({ ListenerId: ListenerId! })).ListenerDescription).toBe('edited');
    await alb.stopListener({ ListenerId: ListenerId! });
    await alb.waitUntilListenerStopped({ ListenerId: ListenerId! }, fast);
    await alb.startListener({ ListenerId: ListenerId! });
    await alb.waitUntilListenerRunning({ ListenerId: ListenerId! }, fast);
    await alb.deleteListener({ ListenerId: ListenerId! });
    await alb.waitUntilListenerDeleted({ ListenerId: ListenerId! }, fast);
    const again = await alb.createListener(request);
    expect(again.ListenerId).not.toBe(ListenerId);
  });

  it('answers every conformance scenario like the server mock: the same status, code and body fields', async () => {
    const spec = loadSuiteSpec();
    const scenarios = generateScenarios(spec, { examples: true, seed: 9, propertyRuns: 20 });
    const [viaServer, viaMsw] = await Promise.all([
      runScenarios(spec, scenarios, { baseUrl: server.url, dryRun: false }),
      runScenarios(spec, scenarios, { baseUrl: STATELESS, dryRun: false }),
    ]);
    const shape = (text = '') => {
      const body = JSON.parse(text);
      return [body.Code, Object.keys(body).sort()];
    };
    const differ = scenarios.filter(
      (_, i) =>
        JSON.stringify([viaServer[i]!.response?.status, shape(viaServer[i]!.response?.text)]) !==
        JSON.stringify([viaMsw[i]!.response?.status, shape(viaMsw[i]!.response?.text)]),
    );
    expect(differ.map((s) => s.title)).toEqual([]);
    expect(viaMsw.flatMap((r) => r.findings)).toEqual([]);
    // The real server answered too: the comparison is of two hosts, not of one with itself.
    expect((await send(server.url, validQuery)).status).toBe(200);
  });
});
