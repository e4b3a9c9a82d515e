// generated/constraints.ts, published as `<pkg>/constraints`: per action, every request field with
// what a form sets on its input (limits, pattern and its words, enum, default, required, the
// listener protocols it applies to, the description), walked from the derived request schema
// (src/openapi/request-fields.ts). One export per action, so a bundle keeps only the ones it reads.
import { actionOperations, type OpenApiDocument } from '../../src/openapi/document.ts';
import { requestFields } from '../../src/openapi/request-fields.ts';
import { deriveRequestSchema } from '../../src/openapi/request-schema.ts';

export function generateConstraints(bundle: OpenApiDocument): string {
  const actions = actionOperations(bundle).map(({ action }) => ({
    action,
    fields: Object.fromEntries(requestFields(deriveRequestSchema(bundle, action)).map((f) => [f.wireName, f])),
  }));
  return [
    '// Generated from openapi/ by `npm run build` (scripts/lib/constraints.ts); do not edit.',
    '// Every request field of every action, by wire name (`N` for a list position), with what a form',
    '// needs of it. `path` is the nested path a client passes (`*` for a list position).',
    '',
    'export interface FieldConstraint {',
    '  readonly wireName: string;',
    '  readonly path: readonly string[];',
    "  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';",
    '  /** Required within its parent (the request, a list item or an object). */',
    '  readonly required: boolean;',
    '  readonly description?: string;',
    '  readonly minimum?: number;',
    '  readonly maximum?: number;',
    '  readonly minLength?: number;',
    '  readonly maxLength?: number;',
    '  readonly pattern?: string;',
    '  /** What the pattern allows, in words: the message to show instead of the expression. */',
    '  readonly patternDescription?: string;',
    '  readonly enum?: readonly (string | number | boolean)[];',
    '  readonly default?: string | number | boolean;',
    '  readonly minItems?: number;',
    '  readonly maxItems?: number;',
    '  readonly format?: string;',
    '  /** The listener protocols the field applies to; every one when absent. */',
    '  readonly listenerProtocols?: readonly string[];',
    '}',
    '',
    ...actions.flatMap(({ action, fields }) => [
      `/** ${action}: every request field, by wire name. */`,
      `export const ${action}Constraints = {`,
      ...Object.entries(fields).map(([name, field]) => `  ${JSON.stringify(name)}: ${JSON.stringify(field)},`),
      '} as const satisfies Record<string, FieldConstraint>;',
      '',
    ]),
    "/** Every action's fields, by action. Importing this keeps them all; import one action's to keep only it. */",
    `export const constraints = { ${actions.map(({ action }) => `${action}: ${action}Constraints`).join(', ')} } as const;`,
    '',
  ].join('\n');
}
