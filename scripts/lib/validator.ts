// Client-side validation code generated from the derived request schema with Ajv's standalone
// mode: the same JSON Schema the contract states, compiled to a small module with no Ajv at run
// time. Documentation keywords are dropped first (they do not validate and would only add weight).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ANNOTATION_KEYWORDS } from '../../src/openapi/annotations.ts';
import { isObject, type Json, type JsonObject } from '../../src/openapi/document.ts';
import { standaloneSource } from './ajv-standalone.ts';

// Also what the generated code cannot use: a default, a schema's identity, and formats (checked by the wire form).
const DOC_KEYWORDS = new Set([...ANNOTATION_KEYWORDS, 'default', '$schema', '$id', 'format']);

/** `requests`: each action's derived request schema (its `$id` names it) and cross-field rules. */
export function generateValidators(requests: Array<{ action: string; schema: JsonObject; rules: JsonObject[] }>): string {
  // Each action's validator on its own, in a pure function call: a bundle that never calls an
  // action drops its validator (Ajv's code assigns to its functions, which a bundler would
  // otherwise have to keep).
  const validators = requests.map(({ action, schema }) => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, code: { source: true, lines: false }, validateFormats: false });
    const code = standaloneSource(ajv, ajv.compile(stripDocs(schema) as JsonObject));
    const body = code.replace(/^"use strict";/, '');
    return `export const validate${action} = /* @__PURE__ */ (() => {\nconst module: any = { exports: {} };\n${body}\nreturn module.exports;\n})();`;
  });
  return [
    '// @ts-nocheck',
    "// Generated from each action's derived request schema by `npm run build` (Ajv standalone); do not edit.",
    ...validators,
    ...requests.map(
      ({ action, rules }) =>
        `/** ${action}'s cross-field rules, in the order of its schema's \`allOf\`. */\nexport const crossFieldRules${action} = ${JSON.stringify(
          rules.map(({ name, code: errorCode, parameter, description }) => ({ name, code: errorCode, parameter, description })),
          null,
          2,
        )};`,
    ),
    '',
  ].join('\n');
}

function stripDocs(node: Json): Json {
  if (Array.isArray(node)) return node.map(stripDocs);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !DOC_KEYWORDS.has(key) && !key.startsWith('x-'))
      .map(([key, value]) => [
        key,
        key === 'properties' && isObject(value)
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripDocs(v)]))
          : stripDocs(value),
      ]),
  );
}
