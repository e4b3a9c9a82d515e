// Client-side validation code generated from the derived request schema with Ajv's standalone
// mode: the same JSON Schema the contract states, compiled to a small module with no Ajv at run
// time. Documentation keywords are dropped first (they do not validate and would only add weight).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ANNOTATION_KEYWORDS } from '../../src/openapi/annotations.ts';
import { isObject, type Json, type JsonObject } from '../../src/openapi/document.ts';
import { standaloneSource } from './ajv-standalone.ts';

// Also what the generated code cannot use: a default, a schema's identity, and formats (checked by the wire form).
const DOC_KEYWORDS = new Set([...ANNOTATION_KEYWORDS, 'default', '$schema', '$id', 'format']);

/**
 * `requests`: each action's derived request schema (its `$id` names it) and cross-field rules.
 * One validator per distinct parameter schema, shared by every action that takes it, and one per
 * action's rules; each action's validator composes them (src/client/object-validator.ts).
 */
export function generateValidators(requests: Array<{ action: string; schema: JsonObject; rules: JsonObject[] }>): string {
  const parameters = new Map<string, { name: string; schema: Json; users: string[] }>();
  const shapes = requests.map(({ action, schema }) => {
    const { type, additionalProperties, required = [], properties = {}, allOf, ...rest } = stripDocs(schema) as JsonObject;
    // The composition checks exactly these keywords on the request; anything else would be dropped.
    if (type !== 'object' || additionalProperties !== false || Object.keys(rest).length > 0)
      throw new Error(
        `${action}'s request schema has keywords the composed validator does not check: ${JSON.stringify({ type, additionalProperties, ...rest })}`,
      );
    const uses = Object.entries(properties as JsonObject).map(([property, sub]) => {
      const key = canonical(sub);
      let parameter = parameters.get(key);
      if (!parameter) {
        // Named by the parameter; a second schema of the same name (two actions' ListenerProtocol) is numbered.
        const taken = [...parameters.values()].filter((p) => p.users[0]!.endsWith(`.${property}`)).length;
        parameter = { name: `validate${property}${taken ? taken + 1 : ''}`, schema: sub, users: [] };
        parameters.set(key, parameter);
      }
      parameter.users.push(`${action}.${property}`);
      return [property, parameter.name] as const;
    });
    return { action, required: required as string[], uses, allOf: allOf as Json[] | undefined };
  });
  return [
    '// @ts-nocheck',
    "// Generated from each action's derived request schema by `npm run build` (Ajv standalone); do not edit.",
    "import { objectValidator } from '../src/client/object-validator.ts';",
    ...[...parameters.values()].map(({ name, schema, users }) => `\n// ${users.join(', ')}\nconst ${name} = ${standalone(schema)};`),
    ...shapes.flatMap(({ action, required, uses, allOf }) => [
      ...(allOf ? [`\n// ${action}'s cross-field rules\nconst rules${action} = ${standalone({ allOf })};`] : []),
      `\nexport const validate${action} = /* @__PURE__ */ objectValidator({\n  required: ${JSON.stringify(required)},\n  properties: { ${uses.map(([property, name]) => `${JSON.stringify(property)}: ${name}`).join(', ')} },${allOf ? `\n  rules: rules${action},` : ''}\n});`,
    ]),
    ...requests.map(
      ({ action, rules }) =>
        `\n/** ${action}'s cross-field rules, in the order of its schema's \`allOf\`. */\nexport const crossFieldRules${action} = ${JSON.stringify(
          rules.map(({ name, code: errorCode, parameter, description }) => ({ name, code: errorCode, parameter, description })),
          null,
          2,
        )};`,
    ),
    '',
  ].join('\n');
}

/**
 * Ajv's standalone code of one schema, in a pure function call: a bundle that never calls an
 * action drops the validators only it uses (Ajv's code assigns to its functions, which a bundler
 * would otherwise have to keep).
 */
function standalone(schema: Json): string {
  const ajv = new Ajv2020({ strict: false, allErrors: true, code: { source: true, lines: false }, validateFormats: false });
  const body = standaloneSource(ajv, ajv.compile(schema as JsonObject)).replace(/^"use strict";/, '');
  return `/* @__PURE__ */ (() => {\nconst module: any = { exports: {} };\n${body}\nreturn module.exports;\n})()`;
}

/** A schema's text with its keys sorted: two parameters with equal schemas share a validator. */
function canonical(node: Json): string {
  if (Array.isArray(node)) return `[${node.map(canonical).join(',')}]`;
  if (!isObject(node)) return JSON.stringify(node);
  return `{${Object.keys(node)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(node[key] as Json)}`)
    .join(',')}}`;
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
