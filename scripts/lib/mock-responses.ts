// Every documented response of every action, produced by Prism at build time: the default answer, the answer for
// each documented status, and for each named example. The mock serves them from
// generated/mock-responses.json, so it needs neither Prism nor its dependencies at run time (and
// the same table can serve a browser). Prism runs without request validation and with static
// examples, as the mock used it in process before.
import type { IHttpConfig } from '@stoplight/prism-http';
import { actionAtRoot, actionOperations, deref, isObject, type JsonObject, type OpenApiDocument } from '../../src/openapi/document.ts';
import { loadPrism } from './prism.ts';

/** Per action: `<status>/<example>`, either part empty: `/` is the default answer, `404/` a status alone. */
export type MockResponses = Record<string, Record<string, { status: number; body: Record<string, unknown> }>>;

export async function generateMockResponses(wire: OpenApiDocument): Promise<MockResponses> {
  const [{ createInstance, getHttpOperationsFromSpec }, { createLogger }] = await loadPrism();
  const logger = createLogger('mock', { level: 'silent' } as never);
  const config = {
    checkSecurity: false,
    validateRequest: false,
    validateResponse: false,
    errors: false,
    isProxy: false,
    upstreamProxy: undefined,
    mock: { dynamic: false },
  } as unknown as IHttpConfig;
  const prism = createInstance(config, { logger: logger as never });
  const table: MockResponses = {};
  for (const { action, operation } of actionOperations(wire)) {
    const operations = await getHttpOperationsFromSpec(structuredClone(actionAtRoot(wire, action)) as never);
    const answer = async (status: number | undefined, example: string | undefined) => {
      const result = await prism.request({ method: 'post', url: { path: '/' }, headers: { accept: 'application/json' } }, operations, {
        ...config,
        mock: { dynamic: false, code: status, exampleKey: example, mediaTypes: ['application/json'] },
      } as IHttpConfig)();
      if (result._tag === 'Left') throw result.left;
      return { status: result.right.output.statusCode, body: result.right.output.body as Record<string, unknown> };
    };
    const responses: MockResponses[string] = { '/': await answer(undefined, undefined) };
    for (const [status, ref] of Object.entries(operation.responses as JsonObject)) {
      const examples = deref(wire, ref).content;
      const names =
        isObject(examples) && isObject(examples['application/json'])
          ? Object.keys((examples['application/json'].examples as JsonObject) ?? {})
          : [];
      responses[`${status}/`] = await answer(Number(status), undefined);
      for (const name of names) responses[`${status}/${name}`] = await answer(Number(status), name);
    }
    table[action] = responses;
  }
  return table;
}
