// One function per action over the client's core (src/client/core.ts), written from the spec:
// the action's generated validator and cross-field rules, orval's call, its request and response
// types, and whether it takes a ClientToken. Separate functions, so a bundle keeps only the actions
// it calls; adding an action to the spec adds its function here.
import { actionOperations, deref, type Json, type OpenApiDocument } from '../../src/openapi/document.ts';

export function generateClientActions(bundle: OpenApiDocument): string {
  const actions = actionOperations(bundle).map(({ action, operation }) => {
    const names = ((operation.parameters as Json[]) ?? []).map((ref) => String(deref(bundle, ref).name));
    const method = action[0]!.toLowerCase() + action.slice(1);
    return { action, method, summary: String(operation.summary ?? action), clientToken: names.includes('ClientToken') };
  });
  return [
    '// Generated from openapi/ by `npm run build` (scripts/lib/client-actions.ts); do not edit.',
    "import { type AlbCore, callAction } from '../../src/client/core.ts';",
    "import type { CallOptions } from '../../src/client/create-client.ts';",
    `import { ${actions.map((a) => `crossFieldRules${a.action}, validate${a.action}`).join(', ')} } from '../request-validator.ts';`,
    `import type { ${actions.map((a) => `${a.action}Request, ${a.action}Response`).join(', ')} } from '../types.ts';`,
    `import { ${actions.map((a) => `${a.method} as send${a.action}`).join(', ')} } from './create-listener.ts';`,
    '',
    ...actions.flatMap(({ action, method, summary, clientToken }) => [
      `/** ${action}: ${summary}. */`,
      `export function ${method}(core: AlbCore, request: ${action}Request, callOptions?: CallOptions): Promise<${action}Response> {`,
      `  return callAction(core, { action: '${action}', validate: validate${action}, rules: crossFieldRules${action}, send: send${action} as never, clientToken: ${clientToken} }, request, callOptions);`,
      '}',
      '',
    ]),
  ].join('\n');
}
