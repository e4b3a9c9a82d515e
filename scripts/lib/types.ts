// TypeScript types from the bundle (openapi-typescript, driven from its Node API as Octokit does),
// plus what openapi-typescript cannot see: the union of documented error codes, read from the
// named error examples.
import openapiTS, { astToString } from 'openapi-typescript';
import { isObject, type OpenApiDocument } from './openapi-doc.ts';

export async function generateTypes(bundle: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(bundle as never, { alphabetize: false, exportType: true });
  const codes = documentedErrorCodes(bundle);
  return [
    '// Generated from openapi/ by `npm run build` (openapi-typescript); do not edit.',
    astToString(ast).trimEnd(),
    '',
    '/** Every error code the contract documents, with its HTTP status. */',
    `export type DocumentedErrorCode =\n${codes.map(([code]) => `  | ${JSON.stringify(code)}`).join('\n')};`,
    '',
    `export const documentedErrorStatus = {\n${codes.map(([code, status]) => `  ${JSON.stringify(code)}: ${status},`).join('\n')}\n} as const satisfies Record<DocumentedErrorCode, number>;`,
    '',
  ].join('\n');
}

export function documentedErrorCodes(bundle: OpenApiDocument): Array<[string, number]> {
  const examples = isObject(bundle.components.examples) ? bundle.components.examples : {};
  const codes: Array<[string, number]> = [];
  for (const example of Object.values(examples)) {
    if (!isObject(example) || !isObject(example.value)) continue;
    const status = example['x-acs-http-status'];
    if (typeof example.value.Code === 'string' && typeof status === 'number') codes.push([example.value.Code, status]);
  }
  return codes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
