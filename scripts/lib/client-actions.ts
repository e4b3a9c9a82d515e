// One function per action over the client's core (src/client/core.ts), written from the spec:
// the action's generated validator and cross-field rules, orval's call, its request and response
// types, and whether it takes a ClientToken. Separate functions, so a bundle keeps only the actions
// it calls; adding an action to the spec adds its function here.
import { actionOperations, deref, isBusinessParameter, type Json, methodOf, type OpenApiDocument } from '../../src/openapi/document.ts';

export function generateClientActions(bundle: OpenApiDocument): string {
  const actions = actionOperations(bundle).map(({ action, operation }) => {
    const parameters = ((operation.parameters as Json[]) ?? []).map((ref) => deref(bundle, ref));
    const names = parameters.map((p) => String(p.name));
    const method = methodOf(action);
    // A request with nothing required may be left out (ListAsynJobs lists every job).
    const optional = !parameters.some((p) => p.required === true && isBusinessParameter(p));
    return {
      action,
      method,
      summary: String(operation.summary ?? action),
      clientToken: names.includes('ClientToken'),
      optional,
      response: JSON.stringify(responseShape(bundle, operation)),
    };
  });
  const requestParam = (a: (typeof actions)[number]) => (a.optional ? `request: ${a.action}Request = {}` : `request: ${a.action}Request`);
  return [
    '// Generated from openapi/ by `npm run build` (scripts/lib/client-actions.ts); do not edit.',
    "import { type AlbCore, callAction } from '../../src/client/core.ts';",
    "import type { CallOptions } from '../../src/client/create-client.ts';",
    `import { ${actions.map((a) => `crossFieldRules${a.action}, validate${a.action}`).join(', ')} } from '../request-validator.ts';`,
    `import type { ${actions.map((a) => `${a.action}Request, ${a.action}Response`).join(', ')} } from '../types.ts';`,
    `import { ${actions.map((a) => `${a.method} as send${a.action}`).join(', ')} } from './calls.ts';`,
    '',
    `export type { ${actions.map((a) => `${a.action}Request, ${a.action}Response`).join(', ')} } from '../types.ts';`,
    '',
    ...actions.flatMap((a) => [
      `/** ${a.action}: ${a.summary}. */`,
      `export function ${a.method}(core: AlbCore, ${requestParam(a)}, callOptions?: CallOptions): Promise<${a.action}Response> {`,
      `  return callAction(core, { action: '${a.action}', validate: validate${a.action}, rules: crossFieldRules${a.action}, send: send${a.action} as never, clientToken: ${a.clientToken}, response: ${a.response} }, request, callOptions);`,
      '}',
      '',
    ]),
    '/** Every action of the contract as a method: what the one-object client (createAlbClient) offers. */',
    'export interface AlbActions {',
    ...actions.flatMap((a) => [
      `  /** ${a.action}: ${a.summary}. */`,
      `  ${a.method}(request${a.optional ? '?' : ''}: ${a.action}Request, callOptions?: CallOptions): Promise<${a.action}Response>;`,
    ]),
    '}',
    '',
    '/** The methods of the one-object client, over a core. */',
    'export function actionMethods(core: AlbCore): AlbActions {',
    '  return {',
    ...actions.map((a) => `    ${a.method}: (request, callOptions) => ${a.method}(core, request, callOptions),`),
    '  };',
    '}',
    '',
  ].join('\n');
}

/** What a success of the action must hold, from its 200 schema: required fields, and which are lists and objects. */
function responseShape(bundle: OpenApiDocument, operation: Json): { required: string[]; arrays: string[]; objects: string[] } {
  const ok = deref(bundle, ((operation as { responses: Record<string, Json> }).responses['200'] ?? {}) as Json);
  const schema = deref(bundle, ((ok.content as Record<string, { schema: Json }>)['application/json']?.schema ?? {}) as Json);
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Json>).map(([name, p]) => [name, deref(bundle, p).type]);
  return {
    required: ((schema.required ?? []) as string[]).slice(),
    arrays: properties.filter(([, type]) => type === 'array').map(([name]) => String(name)),
    objects: properties.filter(([, type]) => type === 'object').map(([name]) => String(name)),
  };
}
