// Every field of an action's request, walked from its derived request schema (request-schema.ts):
// the nested path and the wire name (list positions as `N` in the name, `*` in the path), and what
// a form needs of it. One walk for the constraints module (generated/constraints.ts), the client's
// pattern descriptions and the lint of x-acs-error-field, so none of them restates a limit.
import { isObject, type Json, type JsonObject } from './document.ts';

/** What a form may set on an input, from the contract. */
export interface RequestField {
  /** The wire name with `N` for each list position: `DefaultActions.N.Type`. */
  wireName: string;
  /** The nested path a client passes, `*` for each list position: `['DefaultActions', '*', 'Type']`. */
  path: string[];
  type: string;
  /** Required within its parent (the request, a list item or an object). */
  required: boolean;
  description?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** What the pattern allows, in words (`x-acs-pattern-description`). */
  patternDescription?: string;
  enum?: readonly Json[];
  default?: Json;
  minItems?: number;
  maxItems?: number;
  format?: string;
  /** The listener protocols the field applies to (`x-acs-listener-protocols`, its own or its parent's); every one when absent. */
  listenerProtocols?: readonly string[];
}

const COPIED = ['minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'enum', 'default', 'minItems', 'maxItems', 'format'] as const;

/** The fields of a request schema, parents before children, in the schema's order. */
export function requestFields(requestSchema: JsonObject): RequestField[] {
  const fields: RequestField[] = [];
  const walk = (schema: JsonObject, wire: string[], path: string[], required: boolean, protocols: readonly string[] | undefined) => {
    const own = schema['x-acs-listener-protocols'];
    const applies = Array.isArray(own) ? (own as string[]) : protocols;
    const field: RequestField = { wireName: wire.join('.'), path, type: String(schema.type ?? 'object'), required };
    if (typeof schema.description === 'string') field.description = schema.description;
    for (const key of COPIED) if (schema[key] !== undefined) (field as unknown as Record<string, Json>)[key] = schema[key] as Json;
    if (typeof schema['x-acs-pattern-description'] === 'string') field.patternDescription = schema['x-acs-pattern-description'];
    if (applies) field.listenerProtocols = applies;
    fields.push(field);
    // A list's item is there whenever the list has it: required within the list.
    if (schema.type === 'array' && isObject(schema.items)) walk(schema.items, [...wire, 'N'], [...path, '*'], true, applies);
    else walkProperties(schema, wire, path, applies);
  };
  const walkProperties = (schema: JsonObject, wire: string[], path: string[], protocols: readonly string[] | undefined) => {
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries((schema.properties ?? {}) as JsonObject))
      if (isObject(property)) walk(property, [...wire, name], [...path, name], required.has(name), protocols);
  };
  walkProperties(requestSchema, [], [], undefined);
  return fields;
}

/** `DefaultActions.1.Type` → `DefaultActions.N.Type`: the field a concrete wire name is an instance of. */
export function wirePattern(wireName: string): string {
  return wireName.replace(/\.\d+(?=\.|$)/g, '.N');
}
