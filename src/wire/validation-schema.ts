// What a schema validates, without what only documents it: the form in which the wire form's
// parameter and rule schemas are compiled, at build time (generated/mock-validators.ts, keyed by
// `schemaKey`) and at run time alike, so both compile the same thing.
// A default is what the service uses when a value is absent: nothing to validate.
import { ANNOTATION_KEYWORDS } from '../openapi/annotations.ts';
const DOC_KEYWORDS = new Set([...ANNOTATION_KEYWORDS, 'default']);

export function validationSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(validationSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (DOC_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    // Under `properties`, every key is a property name, never a keyword.
    out[key] =
      key === 'properties' && value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, validationSchema(schema)]))
        : validationSchema(value);
  }
  return out;
}

/** The key a compiled validator is found by: the validation schema as JSON. */
export function schemaKey(schema: unknown): string {
  return JSON.stringify(validationSchema(schema));
}
