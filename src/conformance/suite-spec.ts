// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// What the conformance suite reads from the contract: the bundle (nested parameters, examples,
// cross-field rules, responses) and the wire form (one parameter per flattened key), plus Ajv
// validators for every response schema, each also in a strict copy that flags undocumented fields.
import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { assetUrl } from '../assets.ts';
import { createAjv } from '../wire/ajv.ts';
import { actionOperation, actionOperations, followRef as deref, isBusinessParameter } from '../openapi/document.ts';

const read = (file: string) => JSON.parse(readFileSync(assetUrl(`generated/${file}`), 'utf8'));

export interface ResponseSpec {
  status: number;
  mediaTypes: string[];
  schemaName: string;
  validate: ValidateFunction;
  strict: ValidateFunction;
  examples: Map<string, any>;
  /** The documented response headers (lower-case names), each with a validator for its value. */
  headers: Map<string, ValidateFunction>;
}

export interface SuiteSpec {
  /** The action these scenarios and checks are for. */
  action: string;
  bundle: any;
  wireParameters: any[];
  /** The wire form's business query parameters: no signature or protocol parameter (`x-acs-common`). */
  businessParameters: any[];
  operation: any;
  responses: Map<number, ResponseSpec>;
}

/** What the suite needs to know of one action (default CreateListener). */
export function loadSuiteSpec(bundle = read('openapi.json'), wire = read('openapi.wire.json'), action = 'CreateListener'): SuiteSpec {
  const operation = actionOperation(bundle, action) as any;
  const ajv = createAjv();
  ajv.addSchema({ $id: 'https://contract.local/openapi.json', components: bundle.components });
  const strictAjv = createAjv();
  strictAjv.addSchema({ $id: 'https://contract.local/openapi.json', components: closeObjects(structuredClone(bundle.components)) });
  const responses = new Map<number, ResponseSpec>();
  for (const [status, ref] of Object.entries<any>(operation.responses)) {
    const response = deref(bundle, ref);
    const json = response.content['application/json'];
    const schemaName = json.schema.$ref.split('/').pop();
    responses.set(Number(status), {
      status: Number(status),
      mediaTypes: Object.keys(response.content),
      schemaName,
      validate: ajv.getSchema(`https://contract.local/openapi.json#/components/schemas/${schemaName}`)!,
      strict: strictAjv.getSchema(`https://contract.local/openapi.json#/components/schemas/${schemaName}`)!,
      examples: new Map(Object.entries<any>(json.examples ?? {}).map(([name, example]) => [name, deref(bundle, example)])),
      headers: new Map(
        Object.entries<any>(response.headers ?? {}).map(([name, header]) => [
          name.toLowerCase(),
          ajv.compile(deref(bundle, header).schema ?? {}),
        ]),
      ),
    });
  }
  const wireParameters: any[] = (actionOperation(wire, action) as any).parameters;
  const businessParameters = wireParameters.filter(isBusinessParameter);
  return { action, bundle, wireParameters, businessParameters, operation, responses };
}

/** Every action of the contract, each with its own scenarios and checks. */
export function loadSuiteSpecs(bundle = read('openapi.json'), wire = read('openapi.wire.json')): SuiteSpec[] {
  return actionOperations(bundle).map(({ action }) => loadSuiteSpec(bundle, wire, action));
}

/** A copy of the schemas in which every object without an explicit rule forbids other properties. */
function closeObjects(node: any): any {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (node === null || typeof node !== 'object') return node;
  const out: any = {};
  for (const [key, value] of Object.entries(node))
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, closeObjects(v)]))
        : closeObjects(value);
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}
