// One function per action over the client's core (src/client/core.ts), written from the spec:
// the action's generated validator and cross-field rules, orval's call, its request and response
// types, and whether it takes a ClientToken. Separate functions, so a bundle keeps only the actions
// it calls; adding an action to the spec adds its function here.
import {
  actionOperations,
  deref,
  isBusinessParameter,
  type Json,
  type JsonObject,
  methodOf,
  type OpenApiDocument,
} from '../../src/openapi/document.ts';
import { errorCatalogue } from '../../src/openapi/errors.ts';
import { requestFields } from '../../src/openapi/request-fields.ts';
import { deriveRequestSchema } from '../../src/openapi/request-schema.ts';

export function generateClientActions(bundle: OpenApiDocument): string {
  const catalogue = errorCatalogue(bundle);
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
      // What each pattern allows, in words (x-acs-pattern-description), for the validation messages.
      patterns: Object.fromEntries(
        requestFields(deriveRequestSchema(bundle, action)).flatMap((f) =>
          f.patternDescription ? [[f.wireName, f.patternDescription]] : [],
        ),
      ),
      // The field each error code concerns for this action (x-acs-error-field), for AlbError.parameter.
      errorFields: Object.fromEntries(
        catalogue.flatMap(({ code, example }) => {
          const fields = (example['x-acs-error-field'] as Record<string, string[]> | undefined)?.[action];
          return fields ? [[code, fields]] : [];
        }),
      ),
    };
  });
  const extras = (a: (typeof actions)[number]) =>
    `${Object.keys(a.patterns).length > 0 ? `, patterns: ${JSON.stringify(a.patterns)}` : ''}${Object.keys(a.errorFields).length > 0 ? `, errorFields: ${JSON.stringify(a.errorFields)}` : ''}`;
  const requestParam = (a: (typeof actions)[number]) => (a.optional ? `request: ${a.action}Request = {}` : `request: ${a.action}Request`);
  return [
    '// Generated from openapi/ by `npm run build` (scripts/lib/client-actions.ts); do not edit.',
    "import { type AlbCore, callAction } from '../../src/client/core.ts';",
    "import type { CallOptions } from '../../src/client/options.ts';",
    `import { ${actions.map((a) => `crossFieldRules${a.action}, validate${a.action}`).join(', ')} } from '../request-validator.ts';`,
    `import type { ${actions.map((a) => `${a.action}Request, ${a.action}Response`).join(', ')} } from '../types.ts';`,
    `import { ${actions.map((a) => `${a.method} as send${a.action}`).join(', ')} } from './calls.ts';`,
    '',
    `export type { ${actions.map((a) => `${a.action}Request, ${a.action}Response`).join(', ')} } from '../types.ts';`,
    '',
    ...actions.flatMap((a) => [
      `/** ${a.action}: ${a.summary}. */`,
      `export function ${a.method}(core: AlbCore, ${requestParam(a)}, callOptions?: CallOptions): Promise<${a.action}Response> {`,
      `  return callAction(core, { action: '${a.action}', validate: validate${a.action}, rules: crossFieldRules${a.action}, send: send${a.action} as never, clientToken: ${a.clientToken}, response: ${a.response}${extras(a)} }, request, callOptions);`,
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

/** `ListenerRunning` → `waitUntilListenerRunning`. */
function waiterMethod(name: string): string {
  return `waitUntil${name}`;
}

/**
 * One waitUntil<Name> function per waiter the spec declares (`x-acs-waiters`), each the generic
 * engine (src/client/waiter.ts) over the action function it polls, and the client object's methods.
 */
export function generateWaiters(bundle: OpenApiDocument): string {
  const declared = Object.entries((bundle['x-acs-waiters'] ?? {}) as Record<string, JsonObject>);
  const waiters = declared.map(([name, w]) => {
    const action = String(w.operation);
    const spec = {
      acceptors: w.acceptors,
      minDelayMs: w.minDelayMs,
      maxDelayMs: w.maxDelayMs,
      timeoutMs: w.timeoutMs,
    };
    // A success acceptor on an error code ends the wait with no answer (the listener is gone).
    const successes = (w.acceptors as JsonObject[]).filter((a) => a.state === 'success');
    const onError = successes.filter((a) => (a.matcher as JsonObject).errorCode !== undefined).length;
    const result = onError === 0 ? `${action}Response` : onError === successes.length ? 'void' : `${action}Response | undefined`;
    return { name, action, method: waiterMethod(name), call: methodOf(action), description: String(w.description ?? name), spec, result };
  });
  const actions = [...new Set(waiters.map((w) => w.action))].sort();
  return [
    '// Generated from openapi/ (x-acs-waiters) by `npm run build` (scripts/lib/client-actions.ts); do not edit.',
    "import type { AlbCore } from '../../src/client/core.ts';",
    "import { runWaiter, type WaiterOptions } from '../../src/client/waiter.ts';",
    actions.length > 0 ? `import type { ${actions.map((a) => `${a}Request, ${a}Response`).join(', ')} } from '../types.ts';` : '',
    actions.length > 0 ? `import { ${actions.map((a) => methodOf(a)).join(', ')} } from './actions.ts';` : '',
    '',
    ...waiters.flatMap((w) => [
      `/** ${w.name}: ${w.description} Polls ${w.action}. */`,
      `export function ${w.method}(core: AlbCore, request: ${w.action}Request, options?: WaiterOptions): Promise<${w.result}> {`,
      `  return runWaiter(core, { name: '${w.name}', action: '${w.action}', call: ${w.call}, ...${JSON.stringify(w.spec)} } as const, request, options)${w.result === 'void' ? '.then(() => undefined)' : ''};`,
      '}',
      '',
    ]),
    '/** Every waiter of the contract as a method of the one-object client. */',
    'export interface AlbWaiters {',
    ...waiters.flatMap((w) => [
      `  /** ${w.name}: ${w.description} */`,
      `  ${w.method}(request: ${w.action}Request, options?: WaiterOptions): Promise<${w.result}>;`,
    ]),
    '}',
    '',
    'export function waiterMethods(core: AlbCore): AlbWaiters {',
    '  return {',
    ...waiters.map((w) => `    ${w.method}: (request, options) => ${w.method}(core, request, options),`),
    '  };',
    '}',
    '',
  ]
    .filter((line, i, lines) => line !== '' || lines[i - 1] !== '')
    .join('\n');
}

/** One paginate<Action> function per action the spec declares paginated (`x-acs-paginated`), and the client object's methods. */
export function generatePaginators(bundle: OpenApiDocument): string {
  const paginated = actionOperations(bundle)
    .filter(({ operation }) => operation['x-acs-paginated'] !== undefined)
    .map(({ action, operation }) => {
      const { inputToken, outputToken, items, pageSize } = operation['x-acs-paginated'] as JsonObject;
      return { action, call: methodOf(action), method: `paginate${action}`, spec: { inputToken, outputToken, items, pageSize } };
    });
  return [
    '// Generated from openapi/ (x-acs-paginated) by `npm run build` (scripts/lib/client-actions.ts); do not edit.',
    "import type { AlbCore } from '../../src/client/core.ts';",
    "import type { CallOptions } from '../../src/client/options.ts';",
    "import { paginate } from '../../src/client/paginator.ts';",
    paginated.length > 0
      ? `import type { ${paginated.map((p) => `${p.action}Request, ${p.action}Response`).join(', ')} } from '../types.ts';`
      : '',
    paginated.length > 0 ? `import { ${paginated.map((p) => p.call).join(', ')} } from './actions.ts';` : '',
    '',
    ...paginated.flatMap((p) => [
      `/** Every page of ${p.action}, following \`${p.spec.outputToken}\` until the last: \`for await (const page of ${p.method}(core, request))\`; the items are \`page.${p.spec.items}\`. */`,
      `export function ${p.method}(core: AlbCore, request: ${p.action}Request = {}, options?: CallOptions): AsyncGenerator<${p.action}Response, void, undefined> {`,
      `  return paginate(core, { action: '${p.action}', call: ${p.call}, ...${JSON.stringify(p.spec)} }, request, options);`,
      '}',
      '',
    ]),
    '/** Every paginator of the contract as a method of the one-object client. */',
    'export interface AlbPaginators {',
    ...paginated.map(
      (p) => `  ${p.method}(request?: ${p.action}Request, options?: CallOptions): AsyncGenerator<${p.action}Response, void, undefined>;`,
    ),
    '}',
    '',
    'export function paginatorMethods(core: AlbCore): AlbPaginators {',
    '  return {',
    ...paginated.map((p) => `    ${p.method}: (request, options) => ${p.method}(core, request, options),`),
    '  };',
    '}',
    '',
  ]
    .filter((line, i, lines) => line !== '' || lines[i - 1] !== '')
    .join('\n');
}
