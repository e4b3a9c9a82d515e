// TypeScript types from the bundle (openapi-typescript, driven from its Node API as Octokit does),
// plus what openapi-typescript cannot see: the union of documented error codes, read from the
// named error examples.
import openapiTS, { astToString } from 'openapi-typescript';
import {
  actionOperation,
  actionOperations,
  deref,
  isObject,
  type Json,
  type JsonObject,
  type OpenApiDocument,
} from '../../src/openapi/document.ts';

export async function generateTypes(bundle: OpenApiDocument): Promise<string> {
  // defaultNonNullable off: a parameter with a default is still optional for the caller.
  const ast = await openapiTS(bundle as never, { alphabetize: false, exportType: true, defaultNonNullable: false });
  const codes = documentedErrorCodes(bundle);
  return [
    '// Generated from openapi/ by `npm run build` (openapi-typescript); do not edit.',
    astToString(ast).trimEnd(),
    '',
    '/** Every error code the contract documents, with its HTTP status. */',
    `export type DocumentedErrorCode =\n${codes.map(([code]) => `  | ${JSON.stringify(code)}`).join('\n')};`,
    '',
    ...actionOperations(bundle).flatMap(({ action }) => [
      `/** The business parameters of ${action}, nested as a client passes them (no signature or protocol parameters). */`,
      `export type ${action}Request = Omit<NonNullable<operations['${action}']['parameters']['query']>, ${commonQueryParameters(
        bundle,
        action,
      )
        .map((n) => JSON.stringify(n))
        .join(' | ')}>;`,
      `export type ${action}Response = components['schemas']['${action}Response'];`,
      '',
    ]),
    "export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];",
    '',
    '/** Every action of the contract. */',
    `export const actions = ${JSON.stringify(actionOperations(bundle).map((a) => a.action))} as const;`,
    'export type Action = (typeof actions)[number];',
    '',
    `export const documentedErrorStatus = {\n${codes.map(([code, status]) => `  ${JSON.stringify(code)}: ${status},`).join('\n')}\n} as const satisfies Record<DocumentedErrorCode, number>;`,
    '',
    '/** The documented default of each business parameter that has one (what the service uses when it is not sent). */',
    `export const parameterDefaults = ${JSON.stringify(parameterDefaults(bundle), null, 2)} as const;`,
    '',
    "/** CreateListener's action and the API version: the one value of its `x-acs-action`/`Action` and of `x-acs-version`/`Version`. */",
    `export const operation = ${JSON.stringify(actionAndVersion(bundle))} as const;`,
    '',
    '/** The documented codes a retry can help with (`x-acs-retryable: true`, each with its source in the spec). */',
    `export const retryableErrorCodes: readonly DocumentedErrorCode[] = [\n${retryableErrorCodes(bundle)
      .map((code) => `  ${JSON.stringify(code)},`)
      .join('\n')}\n];`,
    '',
  ].join('\n');
}

export function documentedErrorCodes(bundle: OpenApiDocument): Array<[string, number]> {
  const examples = isObject(bundle.components.examples) ? bundle.components.examples : {};
  const codes: Array<[string, number]> = [];
  for (const example of Object.values(examples)) {
    if (!isObject(example) || !isObject(example.value)) continue;
    const status = example['x-acs-http-status'];
    if (typeof example.value.Code === 'string' && typeof status === 'number') codes.push([example.value.Code, status]);
  }
  return codes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function parameterDefaults(bundle: OpenApiDocument): Record<string, Json> {
  const defaults: Record<string, Json> = {};
  for (const { operation } of actionOperations(bundle))
    for (const param of ((operation.parameters as Json[]) ?? []).map((ref) => deref(bundle, ref))) {
      const schema = isObject(param.schema) ? deref(bundle, param.schema) : undefined;
      if (param['x-acs-common'] !== undefined || !schema || !('default' in schema)) continue;
      const name = String(param.name);
      if (name in defaults && JSON.stringify(defaults[name]) !== JSON.stringify(schema.default))
        throw new Error(`${name} has different defaults in different actions; parameterDefaults would need one per action`);
      defaults[name] = schema.default as Json;
    }
  return defaults;
}

function actionAndVersion(bundle: OpenApiDocument): { action: string; version: string } {
  const only = (name: string): string => {
    const param = ((actionOperation(bundle, 'CreateListener').parameters as Json[]) ?? [])
      .map((ref) => deref(bundle, ref))
      .find((p) => p.name === name);
    const values = isObject(param?.schema) ? deref(bundle, param.schema).enum : undefined;
    if (!Array.isArray(values) || values.length !== 1) throw new Error(`${name} must have exactly one value`);
    return String(values[0]);
  };
  return { action: only('x-acs-action'), version: only('x-acs-version') };
}

export function retryableErrorCodes(bundle: OpenApiDocument): string[] {
  const examples = isObject(bundle.components.examples) ? bundle.components.examples : {};
  return Object.values(examples)
    .filter((e): e is JsonObject => isObject(e) && isObject(e.value) && e['x-acs-retryable'] === true)
    .map((e) => String((e.value as JsonObject).Code))
    .sort();
}

/** Query parameters the client fills in itself (`x-acs-common`), kept out of the request type. */
function commonQueryParameters(bundle: OpenApiDocument, action: string): string[] {
  const operation = actionOperation(bundle, action);
  return ((operation.parameters as Json[]) ?? [])
    .map((ref) => deref(bundle, ref))
    .filter((param) => param.in === 'query' && param['x-acs-common'] !== undefined)
    .map((param) => String(param.name));
}
