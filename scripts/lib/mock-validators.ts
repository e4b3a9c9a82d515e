// The mock's validators, compiled at build time with Ajv's standalone mode (no Ajv at run time, so
// the browser's MSW handlers stay small and the server starts without compiling): one per distinct
// schema of every action's parameters and cross-field rules, found by `schemaKey`, and the schemas
// of the stateful mock's files (world, faults, sessions, journal records). Ajv's options and the int32 format are the run-time ones (src/wire/ajv.ts).
import { _ } from 'ajv/dist/2020.js';
import { faultsSchema, journalRecordSchema, listenerLimitsOf, sessionStateSchema, worldSchema } from '../../src/mock/state/world-schema.ts';
import { actionOperations, type OpenApiDocument } from '../../src/openapi/document.ts';
import { createAjv } from '../../src/wire/ajv.ts';
import * as formatsModule from '../../src/wire/formats.ts';
import { schemaKey } from '../../src/wire/validation-schema.ts';
import { standaloneSource } from './ajv-standalone.ts';

export function generateMockValidators(wire: OpenApiDocument): string {
  type Operation = { parameters: Array<{ schema?: unknown }>; 'x-acs-cross-field-rules'?: Array<{ schema: unknown }> };
  const operations = actionOperations(wire).map(({ operation }) => operation as unknown as Operation);
  const keys = [
    ...new Set(
      operations.flatMap((operation) => [
        ...operation.parameters.map((p) => schemaKey(p.schema ?? {})),
        ...(operation['x-acs-cross-field-rules'] ?? []).map((r) => schemaKey(r.schema)),
      ]),
    ),
  ];
  // `formats`: the generated code reads each format it uses from this object (defined below).
  const ajv = createAjv({ source: true, esm: true, lines: false, formats: _`formats` });
  // A world (world files, and MSW's `world` option) and faults, with a listener's limits from this
  // wire form; the state files' schemas are generateStateValidators', for Node only.
  const limits = listenerLimitsOf(wire);
  const files = { validateWorld: worldSchema(limits), validateFaults: faultsSchema };
  const exports: Record<string, string> = {};
  for (const [name, schema] of Object.entries(files)) {
    ajv.addSchema(JSON.parse(schemaKey(schema)), name);
    exports[name] = name;
  }
  keys.forEach((key, i) => {
    ajv.addSchema(JSON.parse(key), `s${i}`);
    exports[`s${i}`] = `s${i}`;
  });
  const code = standaloneSource(ajv, exports);
  for (const [, name] of code.matchAll(/formats\.(\w+)/g))
    if (!(name! in formatsModule)) throw new Error(`The validators use the format ${name}, which src/wire/formats.ts does not define`);
  return [
    '// @ts-nocheck',
    '// Generated from generated/openapi.wire.json and src/mock/state/world-schema.ts by `npm run build` (Ajv standalone); do not edit.',
    "import * as formats from '../src/wire/formats.ts';",
    code.replace(/^"use strict";/, ''),
    '/** Each validator by the schema it checks (`schemaKey`). */',
    `export const schemaValidators = {\n${keys.map((key, i) => `  ${JSON.stringify(key)}: s${i},`).join('\n')}\n};`,
    '',
  ].join('\n');
}

/**
 * The state files' validators (a snapshot's sessions, a journal's records), for the Node hosts only:
 * a module of their own, so the browser's MSW bundle never carries them.
 */
export function generateStateValidators(wire: OpenApiDocument): string {
  const ajv = createAjv({ source: true, esm: true, lines: false });
  const limits = listenerLimitsOf(wire);
  ajv.addSchema(JSON.parse(schemaKey(sessionStateSchema(limits))), 'validateSessionState');
  ajv.addSchema(JSON.parse(schemaKey(journalRecordSchema(limits))), 'validateJournalRecord');
  const code = standaloneSource(ajv, { validateSessionState: 'validateSessionState', validateJournalRecord: 'validateJournalRecord' });
  return [
    '// @ts-nocheck',
    '// Generated from generated/openapi.wire.json and src/mock/state/world-schema.ts by `npm run build` (Ajv standalone); do not edit.',
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}
