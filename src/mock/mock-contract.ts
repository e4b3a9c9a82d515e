// biome-ignore-all lint/suspicious/noExplicitAny: this module walks the untyped wire form.
// The part of the wire form the mock reads (wire-form.ts): each action's parameters as validated
// (their validation schemas, wire paths and flags), its cross-field rules, the names and bodies of
// its documented examples, its XML root names and request forms, and each parameter's example;
// none of the descriptions, sources and code samples that make up most of the document. The build writes it as
// generated/mock-contract.json: what the Node mock reads at start and the browser's MSW handlers
// bundle (bench/RESULTS.md, "MSW handlers in a browser").
import { validationSchema } from '../wire/validation-schema.ts';

// `example`: the CLI's banner shows the first action's example request as a curl to try.
const PARAMETER_KEYS = ['name', 'in', 'required', 'example', 'x-acs-wire-of', 'x-acs-common', 'x-acs-style'];

export function mockContract(wire: any): any {
  const pick = (node: any, keys: string[]) => Object.fromEntries(keys.flatMap((k) => (node?.[k] === undefined ? [] : [[k, node[k]]])));
  const paths = Object.fromEntries(
    Object.entries<any>(wire.paths).map(([key, item]) => {
      const { parameters, responses, ...rest } = item.post;
      return [
        key,
        {
          post: {
            ...pick(rest, ['operationId', 'x-acs-request-forms']),
            parameters: parameters.map((p: any) => ({ ...pick(p, PARAMETER_KEYS), schema: validationSchema(p.schema ?? {}) })),
            'x-acs-cross-field-rules': (rest['x-acs-cross-field-rules'] ?? []).map((r: any) =>
              pick(r, ['name', 'description', 'code', 'parameter', 'schema']),
            ),
            responses,
          },
        },
      ];
    }),
  );
  const { responses = {}, examples = {}, schemas = {} } = wire.components;
  return {
    openapi: wire.openapi,
    paths,
    components: {
      responses: Object.fromEntries(
        Object.entries<any>(responses).map(([name, r]) => [
          name,
          { content: { 'application/json': pick(r.content?.['application/json'], ['schema', 'examples']) } },
        ]),
      ),
      examples: Object.fromEntries(Object.entries<any>(examples).map(([name, e]) => [name, pick(e, ['value', 'x-acs-headers'])])),
      // Only the XML root names (`xml.name`) are read of the response schemas.
      schemas: Object.fromEntries(Object.entries<any>(schemas).flatMap(([name, s]) => (s.xml ? [[name, { xml: s.xml }]] : []))),
    },
  };
}
