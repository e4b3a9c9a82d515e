// Derives the wire form of the contract: every parameter marked `x-acs-style: flat` (a nested
// structure in the source) becomes the flattened keys the service accepts, each its own query
// parameter with its own constraints, up to the documented count limits. Prism can then validate a
// real request key by key. Nothing is written here about any particular parameter: names, limits,
// descriptions and examples all come from the bundled source.
import { ANNOTATION_KEYWORDS } from '../../src/openapi/annotations.ts';
import {
  actionOperations,
  deref,
  inlineRefs,
  pruneUnusedComponents,
  type Json,
  type JsonObject,
  type OpenApiDocument,
} from '../../src/openapi/document.ts';

// A wire parameter keeps its example and default (they travel on the parameter) but not the schema's
// prose or the extensions the parameter carries itself.
const SCHEMA_DOC_KEYS = new Set([
  ...ANNOTATION_KEYWORDS.filter((k) => k !== 'example'),
  'x-acs-listener-protocols',
  'x-acs-effective-when',
]);

interface Leaf {
  wireName: string;
  /** Where the key sits in the nested request, e.g. `DefaultActions[0].Type`. */
  sourcePath: string;
  required: boolean;
  /** The nearest optional ancestor's wire prefix: the key is required once anything under it is sent. */
  requiredWithin?: string;
  schema: JsonObject;
  description: string;
  example: Json | undefined;
  listenerProtocols: Json | undefined;
  effectiveWhen: Json | undefined;
  /** Set on the keys of the last listed item of an array with no stated count. */
  repeatsPast?: RepeatsPast;
}

/**
 * An array with no stated count is listed up to its wire bound only; keys of later items
 * (`<prefix>.<n>.<rest>` with n > bound) are checked like the last listed item's.
 */
interface RepeatsPast {
  prefix: string;
  sourcePrefix: string;
  bound: number;
}

export { deriveRequestSchema, deriveRequestSchemas } from '../../src/openapi/request-schema.ts';

export function deriveWireForm(bundle: OpenApiDocument): OpenApiDocument {
  const doc = structuredClone(bundle);
  for (const { path, operation } of actionOperations(doc)) {
    const parameters: Json[] = [];
    for (const ref of (operation.parameters as Json[]) ?? []) {
      const param = deref(doc, ref);
      if (param['x-acs-style'] !== 'flat') {
        // Inline, so every wire parameter reads the same way, with no $ref to follow.
        parameters.push(inlineRefs(doc, param));
        continue;
      }
      const leaves: Leaf[] = [];
      const protocols = param['x-acs-listener-protocols'];
      const name = String(param.name);
      const required = param.required === true;
      flatten(doc, deref(doc, param.schema ?? null), name, name, required, required ? undefined : name, protocols, undefined, leaves);
      for (const leaf of leaves) parameters.push(wireParameter(leaf, String(param.name)));
    }
    operation.parameters = parameters;
    operation['x-acs-wire-form'] =
      'Derived by scripts/lib/wire-form.ts from the nested source: each flattened key is its own parameter. Do not edit.';
    // The operation may be a $ref target; write it back where the bundle keeps it.
    const pathItem = deref(doc, doc.paths[path] ?? null);
    pathItem.post = operation;
    doc.paths[path] = pathItem;
  }
  pruneUnusedComponents(doc);
  return doc;
}

function flatten(
  doc: OpenApiDocument,
  schema: JsonObject,
  wireName: string,
  sourcePath: string,
  required: boolean,
  requiredWithin: string | undefined,
  protocols: Json | undefined,
  repeatsPast: RepeatsPast | undefined,
  out: Leaf[],
): void {
  const ownProtocols = schema['x-acs-listener-protocols'] ?? protocols;
  if (schema.type === 'array') {
    const items = deref(doc, schema.items ?? null);
    // A stated count limit, or else the wire bound the source marks as an assumption: the keys
    // must be listed up to some count, but the client and the mock do not enforce that bound.
    const open = schema.maxItems === undefined;
    const max = Number(schema.maxItems ?? schema['x-acs-wire-max-items']);
    const min = Number(schema.minItems ?? 0);
    if (!Number.isInteger(max)) throw new Error(`${sourcePath}: a flat array needs maxItems or x-acs-wire-max-items`);
    for (let i = 1; i <= max; i++) {
      const prefix = `${wireName}.${i}`;
      const past = open && i === max ? { prefix: wireName, sourcePrefix: sourcePath, bound: max } : repeatsPast;
      // Items up to minItems share the array's obligation; later ones are optional as a whole.
      if (i <= min) flatten(doc, items, prefix, `${sourcePath}[${i - 1}]`, required, requiredWithin, ownProtocols, past, out);
      else flatten(doc, items, prefix, `${sourcePath}[${i - 1}]`, false, prefix, ownProtocols, past, out);
    }
    return;
  }
  if (schema.type === 'object') {
    const requiredProps = new Set((schema.required as string[] | undefined) ?? []);
    for (const [name, propRef] of Object.entries((schema.properties as JsonObject) ?? {})) {
      const prop = deref(doc, propRef);
      const prefix = `${wireName}.${name}`;
      // A required property shares its object's obligation; an optional one is optional as a whole.
      if (requiredProps.has(name))
        flatten(doc, prop, prefix, `${sourcePath}.${name}`, required, requiredWithin, ownProtocols, repeatsPast, out);
      else flatten(doc, prop, prefix, `${sourcePath}.${name}`, false, prefix, ownProtocols, repeatsPast, out);
    }
    return;
  }
  const constraints = Object.fromEntries(Object.entries(inlineRefs(doc, schema) as JsonObject).filter(([k]) => !SCHEMA_DOC_KEYS.has(k)));
  const examples = schema.examples;
  out.push({
    wireName,
    sourcePath,
    required,
    requiredWithin: required || requiredWithin === wireName ? undefined : requiredWithin,
    schema: constraints,
    description: String(schema.description ?? ''),
    example: Array.isArray(examples) ? examples[0] : undefined,
    listenerProtocols: ownProtocols,
    effectiveWhen: schema['x-acs-effective-when'],
    ...(repeatsPast ? { repeatsPast } : {}),
  });
}

function wireParameter(leaf: Leaf, sourceParameter: string): JsonObject {
  const param: JsonObject = {
    name: leaf.wireName,
    in: 'query',
    required: leaf.required,
    description: `${leaf.description}\n\nWire key of \`${leaf.sourcePath}\`.`,
    schema: leaf.schema,
  };
  if (leaf.example !== undefined) param.example = leaf.example;
  const wireOf: JsonObject = { parameter: sourceParameter, path: leaf.sourcePath };
  if (leaf.requiredWithin !== undefined) wireOf.requiredWhenAnyKeyUnder = leaf.requiredWithin;
  if (leaf.repeatsPast !== undefined) wireOf.repeatsPast = { ...leaf.repeatsPast };
  param['x-acs-wire-of'] = wireOf;
  if (leaf.listenerProtocols !== undefined) param['x-acs-listener-protocols'] = leaf.listenerProtocols;
  if (leaf.effectiveWhen !== undefined) param['x-acs-effective-when'] = leaf.effectiveWhen;
  return param;
}
