// TypeScript types from the bundle (openapi-typescript, driven from its Node API as Octokit does),
// plus what openapi-typescript cannot see: the union of documented error codes, read from the
// named error examples.
import openapiTS, { astToString } from 'openapi-typescript';
import {
  actionOperation,
  actionOperations,
  deref,
  isBusinessParameter,
  isObject,
  onlyValue,
  type Json,
  type JsonObject,
  type OpenApiDocument,
} from '../../src/openapi/document.ts';
import { listenerLimitsOf, worldSchema } from '../../src/mock/state/world-schema.ts';
import { errorCatalogue } from '../../src/openapi/errors.ts';

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
    '/** Per action, the documented default of each business parameter that has one (what the service uses when it is not sent). */',
    `export const parameterDefaults = ${JSON.stringify(parameterDefaults(bundle), null, 2)} as const;`,
    '',
    '/** Per action, the listener protocols a parameter applies to (`x-acs-listener-protocols`); a parameter not named applies to every protocol. */',
    `export const parameterProtocols: { readonly [A in Action]: Readonly<Record<string, readonly string[]>> } = ${JSON.stringify(parameterProtocols(bundle), null, 2)};`,
    '',
    "/** Per action, the top-level fields of its success response's body. */",
    `export const responseFields = ${JSON.stringify(responseFields(bundle), null, 2)} as const satisfies Record<Action, readonly string[]>;`,
    '',
    "/** Per action, for each list of objects in its success response (ListListeners' `Listeners`), the fields of an item. */",
    `export const responseItemFields: { readonly [A in Action]: Readonly<Record<string, readonly string[]>> } = ${JSON.stringify(responseItemFields(bundle), null, 2)};`,
    '',
    '/** Per action, its API version: the one value of its `x-acs-version` (V3) and `Version` (V1) parameters. */',
    `export const actionVersions = ${JSON.stringify(actionVersions(bundle), null, 2)} as const satisfies Record<Action, string>;`,
    '',
    '/** The documented codes a retry can help with (`x-acs-retryable: true`, each with its source in the spec). */',
    `export const retryableErrorCodes: readonly DocumentedErrorCode[] = [\n${retryableErrorCodes(bundle)
      .map((code) => `  ${JSON.stringify(code)},`)
      .join('\n')}\n];`,
    '',
  ].join('\n');
}

export function documentedErrorCodes(bundle: OpenApiDocument): Array<[string, number]> {
  return errorCatalogue(bundle).map(({ code, status }): [string, number] => [code, status]);
}

/** Each action's business parameters (no `x-acs-common` protocol parameter), resolved. */
function businessParameters(
  bundle: OpenApiDocument,
  operation: JsonObject,
): Array<{ name: string; parameter: JsonObject; schema?: JsonObject }> {
  return ((operation.parameters as Json[]) ?? [])
    .map((ref) => deref(bundle, ref))
    .filter(isBusinessParameter)
    .map((parameter) => ({
      name: String(parameter.name),
      parameter,
      schema: isObject(parameter.schema) ? deref(bundle, parameter.schema) : undefined,
    }));
}

/** Per action, what `pick` finds on each business parameter, for those where it finds something. */
function perParameter(
  bundle: OpenApiDocument,
  pick: (parameter: { parameter: JsonObject; schema?: JsonObject }) => Json | undefined,
): Record<string, Record<string, Json>> {
  return Object.fromEntries(
    actionOperations(bundle).map(({ action, operation }) => [
      action,
      Object.fromEntries(
        businessParameters(bundle, operation).flatMap((parameter) => {
          const found = pick(parameter);
          return found === undefined ? [] : [[parameter.name, found]];
        }),
      ),
    ]),
  );
}

/** Per action, each business parameter's documented default. */
function parameterDefaults(bundle: OpenApiDocument): Record<string, Record<string, Json>> {
  return perParameter(bundle, ({ schema }) => (schema && 'default' in schema ? (schema.default as Json) : undefined));
}

/** Per action, the listener protocols each parameter that names them applies to. */
function parameterProtocols(bundle: OpenApiDocument): Record<string, Record<string, Json>> {
  return perParameter(bundle, ({ parameter }) =>
    Array.isArray(parameter['x-acs-listener-protocols']) ? parameter['x-acs-listener-protocols'] : undefined,
  );
}

/** An action's success response schema, its $ref followed. */
function successSchema(bundle: OpenApiDocument, operation: Record<string, Json>): Record<string, Json> {
  const ok = isObject(operation.responses) ? deref(bundle, operation.responses['200'] ?? null) : {};
  const media = isObject(ok.content) && isObject(ok.content['application/json']) ? ok.content['application/json'] : {};
  return isObject(media.schema) ? deref(bundle, media.schema) : {};
}

/** Per action, the top-level fields of its success response's body. */
function responseFields(bundle: OpenApiDocument): Record<string, string[]> {
  return Object.fromEntries(
    actionOperations(bundle).map(({ action, operation }) => {
      const schema = successSchema(bundle, operation);
      return [action, isObject(schema.properties) ? Object.keys(schema.properties) : []];
    }),
  );
}

/** Per action, the item fields of each list of objects its success response holds. */
function responseItemFields(bundle: OpenApiDocument): Record<string, Record<string, string[]>> {
  return Object.fromEntries(
    actionOperations(bundle).map(({ action, operation }) => {
      const properties = successSchema(bundle, operation).properties;
      const lists: Record<string, string[]> = {};
      for (const [name, property] of Object.entries(isObject(properties) ? properties : {})) {
        const list = deref(bundle, property);
        const item = list.type === 'array' && isObject(list.items) ? deref(bundle, list.items) : undefined;
        if (item && isObject(item.properties)) lists[name] = Object.keys(item.properties);
      }
      return [action, lists];
    }),
  );
}

function actionVersions(bundle: OpenApiDocument): Record<string, string> {
  return Object.fromEntries(
    actionOperations(bundle).map(({ action, operation }) => [action, onlyValue(bundle, operation, 'x-acs-version')]),
  );
}

export function retryableErrorCodes(bundle: OpenApiDocument): string[] {
  return errorCatalogue(bundle)
    .filter((e) => e.retryable)
    .map((e) => e.code);
}

/** Query parameters the client fills in itself (`x-acs-common`), kept out of the request type. */
function commonQueryParameters(bundle: OpenApiDocument, action: string): string[] {
  const operation = actionOperation(bundle, action);
  return ((operation.parameters as Json[]) ?? [])
    .map((ref) => deref(bundle, ref))
    .filter((param) => param.in === 'query' && !isBusinessParameter(param))
    .map((param) => String(param.name));
}

/**
 * The type of a world file (and of MSW's `world` option), from the world schema the mock checks
 * worlds against (src/mock/state/world-schema.ts), a listener's limits from the wire form.
 */
export async function generateWorldType(wire: OpenApiDocument): Promise<string> {
  const { $schema: _dialect, ...schema } = worldSchema(listenerLimitsOf(wire)) as Record<string, unknown>;
  const document = { openapi: '3.1.0', info: { title: 'world', version: '1' }, paths: {}, components: { schemas: { WorldFile: schema } } };
  const ast = await openapiTS(document as never, { exportType: true, defaultNonNullable: false });
  return [
    '// Generated from src/mock/state/world-schema.ts by `npm run build` (openapi-typescript); do not edit.',
    astToString(ast).trimEnd(),
    '',
    '/** A world file (YAML) of the stateful mock, or the `world` given to albHandlers as data. */',
    "export type WorldFile = components['schemas']['WorldFile'];",
    '',
  ].join('\n');
}
