// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// Everything the mock knows about each action, read from the wire form of the contract as the
// build cuts it for the mock (generated/mock-contract.json, mock-contract.ts): the action and
// version, each parameter's constraints, the cross-field rules, the documented error examples and
// the XML root names. No rule is restated here. The document is given (load.ts reads it in Node;
// the browser's MSW handlers bundle it).
import { type CompileSchema, createWireValidator, type WireCheck, type WireRequest } from '../wire/query-validator.ts';
import { compileFromBuild } from './compiled.ts';
import { actionOperations, followRef, isBusinessParameter, onlyValue } from '../openapi/document.ts';
import type { WireParameterShape } from '../wire/unflatten.ts';

export interface WireParameter extends WireParameterShape {
  in: 'query' | 'header';
}

export interface ErrorExample {
  code: string;
  status: number;
  body: Record<string, unknown>;
  /** Response headers the example documents (`x-acs-headers`), e.g. `x-acs-retry-after` on throttling. */
  headers: Record<string, string>;
}

export interface CrossFieldRule {
  name: string;
  description: string;
  code: 'MissingParameter' | 'InvalidParameter';
  parameter: string;
  check: (request: unknown) => boolean;
}

export interface Contract {
  document: any;
  action: string;
  version: string;
  parameters: WireParameter[];
  /** Wire names of the business query parameters: no signature or protocol parameter (`x-acs-common`). */
  businessParameters: ReadonlySet<string>;
  check: (request: WireRequest) => WireCheck;
  rules: CrossFieldRule[];
  /** Documented error examples by code. */
  errors: Map<string, ErrorExample>;
  /** Every documented status, with the example names under it. */
  examplesByStatus: Map<number, string[]>;
  xmlRoot: { success: string; error: string };
  acceptedMethods: string[];
}

/**
 * Every action of the wire form, by name. `compile`: by default the validators the build compiled
 * for this wire form (compiled.ts).
 */
export function contractsFrom(document: any, compile: CompileSchema = compileFromBuild): Map<string, Contract> {
  return new Map(actionOperations(document).map(({ action, operation }) => [action, contractOf(document, operation, compile)]));
}

function contractOf(document: any, operation: any, compile: CompileSchema): Contract {
  const parameters: WireParameter[] = operation.parameters;
  const rules: CrossFieldRule[] = (operation['x-acs-cross-field-rules'] ?? []).map((rule: any) => {
    const validate = compile(rule.schema);
    return {
      name: rule.name,
      description: rule.description,
      code: rule.code,
      parameter: rule.parameter,
      check: (request: unknown) => validate(request) as boolean,
    };
  });

  const errors = new Map<string, ErrorExample>();
  const examplesByStatus = new Map<number, string[]>();
  for (const [status, ref] of Object.entries<any>(operation.responses)) {
    const response = followRef(document, ref);
    const examples = response.content?.['application/json']?.examples ?? {};
    examplesByStatus.set(Number(status), Object.keys(examples));
    if (Number(status) < 400) continue;
    for (const [name, exampleRef] of Object.entries<any>(examples)) {
      const example = followRef(document, exampleRef);
      errors.set(name, { code: name, status: Number(status), body: example.value, headers: example['x-acs-headers'] ?? {} });
    }
  }
  // The XML root names are the response schemas' `xml.name`.
  const bodySchema = (status: string) =>
    followRef(document, followRef(document, operation.responses[status])?.content?.['application/json']?.schema);
  return {
    document,
    action: onlyValue(document, operation, 'x-acs-action'),
    version: onlyValue(document, operation, 'x-acs-version'),
    parameters,
    businessParameters: new Set(parameters.filter(isBusinessParameter).map((p) => p.name)),
    check: createWireValidator(parameters, compile),
    rules,
    errors,
    examplesByStatus,
    xmlRoot: { success: bodySchema('200').xml.name, error: bodySchema('400').xml.name },
    acceptedMethods: operation['x-acs-request-forms']?.methods ?? ['POST'],
  };
}
