// Ajv's standalone code, made to need nothing at run time: shared by the client's request
// validators (validator.ts) and the mock's (mock-validators.ts).
import type { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';

const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as (
  ajv: Ajv,
  refsOrValidate: unknown,
) => string;

/**
 * The standalone module of one compiled validator, or of the schemas named in `refs`, with Ajv's
 * one runtime helper inlined (string length in code points: a surrogate pair counts once). Fails
 * if the code needs any other Ajv runtime module.
 */
export function standaloneSource(ajv: Ajv, refsOrValidate: unknown): string {
  const code = standaloneCode(ajv, refsOrValidate).replace(
    /const (\w+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/g,
    'const $1 = (s) => { let n = 0; for (const _ of s) n++; return n; };',
  );
  if (/require\(/.test(code))
    throw new Error(`A standalone validator needs an Ajv runtime module that is not inlined: ${code.match(/require\([^)]*\)/)?.[0]}`);
  return code;
}
