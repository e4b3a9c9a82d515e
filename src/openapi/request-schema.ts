// Each action's request as one JSON Schema, derived from the bundle: what client-side validation
// (generated/request-validator.ts), tools (generated/request-schemas.json) and the breaking-change
// gate read, so none of them restates a limit. Here, beside the other document helpers, because the
// gate derives it from any two versions of the bundle it compares.
import {
  actionOperation,
  actionOperations,
  deref,
  inlineRefs,
  isBusinessParameter,
  onlyValue,
  type Json,
  type JsonObject,
  type OpenApiDocument,
} from './document.ts';

/**
 * The nested request as one JSON Schema (2020-12): the business parameters as a client passes
 * them, every `$ref` inlined, and the cross-field rules as `allOf`. Client-side validation and the
 * tests read this instead of re-stating any limit.
 */
export function deriveRequestSchema(bundle: OpenApiDocument, action: string): JsonObject {
  const operation = actionOperation(bundle, action);
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const ref of (operation.parameters as Json[]) ?? []) {
    const param = deref(bundle, ref);
    // The business parameters: in the query (or form body), filled in by the caller.
    if (!isBusinessParameter(param)) continue;
    const name = String(param.name);
    const schema = inlineRefs(bundle, param.schema ?? null) as JsonObject;
    // The listener protocols a parameter applies to travel with it (an annotation: nothing validates it).
    const protocols = param['x-acs-listener-protocols'];
    properties[name] = {
      description: param.description ?? '',
      ...schema,
      ...(protocols !== undefined ? { 'x-acs-listener-protocols': protocols } : {}),
    };
    if (param.required === true) required.push(name);
  }
  const rules = (operation['x-acs-cross-field-rules'] as JsonObject[] | undefined) ?? [];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://alb.aliyuncs.com/${onlyValue(bundle, operation, 'x-acs-version')}/${action}Request.schema.json`,
    title: `${action}Request`,
    description: `The business parameters of ${action}, nested as a client passes them. Derived from openapi/ by the build; do not edit.`,
    type: 'object',
    additionalProperties: false,
    required,
    properties,
    ...(rules.length > 0
      ? { allOf: rules.map((rule) => ({ $comment: `${rule.name}: ${rule.description}`, ...(rule.schema as JsonObject) })) }
      : {}),
  };
}

/**
 * Every action's request schema in one document, each under `$defs.<Action>Request` with its own
 * `$id`: what tools validate a nested request against, and what the breaking-change gate compares.
 */
export function deriveRequestSchemas(bundle: OpenApiDocument): JsonObject {
  const actions = actionOperations(bundle);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://alb.aliyuncs.com/${String((bundle.info as JsonObject).version)}/requests.schema.json`,
    title: 'Requests',
    description: `The business parameters of every action (${actions.map((a) => a.action).join(', ')}), nested as a client passes them. Derived from openapi/ by the build; do not edit.`,
    $defs: Object.fromEntries(actions.map(({ action }) => [`${action}Request`, deriveRequestSchema(bundle, action)])),
  };
}
