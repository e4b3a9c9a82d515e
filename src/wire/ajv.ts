// The Ajv instance every run-time compile uses (the conformance suite over any wire form, the state
// file check, the tests); the mock itself runs validators compiled at build time
// (generated/mock-validators.ts) with the same options and formats.
import { Ajv2020, type CodeOptions } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { int32, int64 } from './formats.ts';
import type { CompileSchema } from './query-validator.ts';
import { schemaKey } from './validation-schema.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

/** `code`: Ajv's code options, for the build's standalone validators (scripts/lib/mock-validators.ts). */
export function createAjv(code?: CodeOptions): Ajv2020 {
  // strict: false because OpenAPI schemas carry `xml`, `example` and `x-` keywords.
  const ajv = new Ajv2020({ strict: false, allErrors: true, ...(code ? { code } : {}) });
  addFormats(ajv);
  ajv.addFormat('int32', int32);
  ajv.addFormat('int64', int64);
  return ajv;
}

/** Compiles each distinct schema once, when first asked (the same validation schema the build compiles). */
export function compileWithAjv(ajv: Ajv2020 = createAjv()): CompileSchema {
  const compiled = new Map<string, ReturnType<CompileSchema>>();
  return (schema) => {
    const key = schemaKey(schema);
    const validate = compiled.get(key) ?? ajv.compile(JSON.parse(key));
    compiled.set(key, validate);
    return validate;
  };
}
