// The validators the build compiled for the wire form (generated/mock-validators.ts, Ajv
// standalone), found by the schema they check: the mock validates with no Ajv at run time, in Node
// and in a browser alike.
import { schemaValidators } from '../../generated/mock-validators.ts';
import type { CompileSchema, SchemaValidator } from '../wire/query-validator.ts';
import { schemaKey } from '../wire/validation-schema.ts';

const validators = schemaValidators as Record<string, SchemaValidator>;

export const compileFromBuild: CompileSchema = (schema) => {
  const validate = validators[schemaKey(schema)];
  if (validate === undefined) throw new Error(`No validator was compiled for ${schemaKey(schema)}: run npm run build`);
  return validate;
};
