// The one set of helpers for walking a bundled OpenAPI document (internal `#/components/...` refs
// only), shared by the pipeline (scripts/lib/), the mock, the conformance suite and the tests.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type OpenApiDocument = JsonObject & { paths: JsonObject; components: JsonObject };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows one internal `$ref` (and its chain). Other keys beside `$ref` are kept, as 3.1 allows. */
export function deref(doc: OpenApiDocument, node: Json): JsonObject {
  let current = node;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (seen.has(ref)) throw new Error(`Circular $ref ${ref}`);
    seen.add(ref);
    const { $ref: _ref, ...siblings } = current;
    const target = resolvePointer(doc, ref);
    current = { ...(target as JsonObject), ...siblings };
  }
  if (!isObject(current)) throw new Error(`Expected an object, got ${JSON.stringify(current)}`);
  return current;
}

export function resolvePointer(doc: OpenApiDocument, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`Only internal refs are expected in a bundle, got ${ref}`);
  let node: Json = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) || !(key in node)) throw new Error(`Unresolvable $ref ${ref}`);
    node = node[key]!;
  }
  return node;
}

/**
 * Follows internal `$ref`s of a document of any type (a parsed JSON file) to their target; a
 * dangling ref gives undefined. For code that reads documents it did not type.
 */
// biome-ignore lint/suspicious/noExplicitAny: the caller's document is untyped JSON, and so is what it gets back.
export function followRef(document: unknown, node: unknown): any {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 32; hops++) {
    const ref: string = current.$ref;
    current = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (isObject(at) ? at[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), document);
  }
  return current;
}

/**
 * Replaces every internal `$ref` by a copy of its target, recursively (the spec has no cycles).
 * `dangling: 'empty'` reads a ref whose target is gone as `{}` instead of failing (comparing two
 * versions of a spec, where a removal is reported on its own).
 */
export function inlineRefs(doc: OpenApiDocument, node: Json, options: { dangling?: 'fail' | 'empty' } = {}): Json {
  if (Array.isArray(node)) return node.map((item) => inlineRefs(doc, item, options));
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string' && options.dangling === 'empty' && followRef(doc, node) === undefined) return {};
  const base = typeof node.$ref === 'string' ? deref(doc, node) : node;
  return Object.fromEntries(Object.entries(base).map(([k, v]) => [k, inlineRefs(doc, v, options)]));
}

/** One RPC action of the contract: its name, its path key (`/#Action=<name>`) and its operation. */
export interface ActionOperation {
  action: string;
  path: string;
  operation: JsonObject;
}

/**
 * Every RPC action of the document, in the document's order. Each is `POST /` on the wire; its
 * path key carries the action after a fragment (`/#Action=CreateListener`), which is never sent,
 * so each action is its own operation (openapi/README.md says why).
 */
export function actionOperations(doc: OpenApiDocument): ActionOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => {
    const action = actionOfPath(path);
    if (action === undefined) return [];
    return [{ action, path, operation: deref(doc, deref(doc, item).post ?? null) }];
  });
}

/** The action a path key names, or undefined for a key that is not `/#Action=<name>`. */
export function actionOfPath(path: string): string | undefined {
  return /^\/#Action=([A-Za-z0-9]+)$/.exec(path)?.[1];
}

/**
 * The document as Prism must be given one action: Prism routes by path, and every action is
 * `POST /` on the wire, so the action's path item stands alone at `/`.
 */
export function actionAtRoot(doc: OpenApiDocument, action: string): OpenApiDocument {
  return { ...doc, paths: { '/': doc.paths[findAction(doc, action).path]! } };
}

/** An action's method: in this client, in orval's calls and in the official SDK (`createListener`). */
export function methodOf(action: string): string {
  return action[0]!.toLowerCase() + action.slice(1);
}

/** One action's operation. */
export function actionOperation(doc: OpenApiDocument, action: string): JsonObject {
  return findAction(doc, action).operation;
}

function findAction(doc: OpenApiDocument, action: string): ActionOperation {
  const found = actionOperations(doc).find((a) => a.action === action);
  if (!found) throw new Error(`The contract has no action ${action}`);
  return found;
}

/**
 * The one value an operation's parameter allows (`x-acs-action` and `x-acs-version`, in the
 * header: the action and the API version); fails unless its schema's enum has exactly one.
 */
export function onlyValue(doc: OpenApiDocument, operation: JsonObject, name: string, location = 'header'): string {
  const parameter = ((operation.parameters as Json[] | undefined) ?? [])
    .map((ref) => deref(doc, ref))
    .find((p) => p.name === name && p.in === location);
  const values = isObject(parameter?.schema) ? deref(doc, parameter.schema).enum : undefined;
  if (!Array.isArray(values) || values.length !== 1) throw new Error(`${name} (${location}) must allow exactly one value`);
  return String(values[0]);
}

/** Drops components nothing refers to any more (after a transform removed their users). */
export function pruneUnusedComponents(doc: OpenApiDocument): void {
  for (;;) {
    const used = new Set<string>();
    collectRefs({ ...doc, components: { securitySchemes: doc.components.securitySchemes ?? {} } }, used);
    for (const [kind, group] of Object.entries(doc.components))
      if (isObject(group))
        for (const [name, value] of Object.entries(group))
          if (kind !== 'securitySchemes') collectRefsFrom(value, used, `#/components/${kind}/${name}`);
    let removed = false;
    for (const [kind, group] of Object.entries(doc.components)) {
      if (!isObject(group) || kind === 'securitySchemes') continue;
      for (const name of Object.keys(group))
        if (!used.has(`#/components/${kind}/${name}`)) {
          delete group[name];
          removed = true;
        }
      if (Object.keys(group).length === 0) delete doc.components[kind];
    }
    if (!removed) return;
  }
}

// Refs from a component to itself do not keep it alive; refs from others do.
function collectRefsFrom(node: Json, used: Set<string>, self: string): void {
  const found = new Set<string>();
  collectRefs(node, found);
  for (const ref of found) if (ref !== self) used.add(ref);
}

function collectRefs(node: Json, used: Set<string>): void {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, used);
  else if (isObject(node))
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') used.add(value);
      else collectRefs(value, used);
    }
}

/**
 * A business parameter: one the caller fills in (in the query or a form body), as opposed to the
 * signature and protocol parameters the client adds itself (`x-acs-common`) and the headers.
 */
export function isBusinessParameter(parameter: { in?: unknown; 'x-acs-common'?: unknown }): boolean {
  return parameter.in === 'query' && parameter['x-acs-common'] === undefined;
}
