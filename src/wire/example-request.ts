// The documented example request of an operation: every required query parameter of the wire form
// with its documented example; flat as it goes on the wire, or nested as the client takes it. The
// conformance suite's minimal request, the docs' code samples and the docs console all start here.
import { unflattenRpcParams, type WireParameterShape } from './unflatten.ts';

export interface ExampleParameter extends WireParameterShape {
  in: string;
  required?: boolean;
  example?: unknown;
}

export function exampleQuery(parameters: readonly ExampleParameter[]): Record<string, string> {
  return Object.fromEntries(parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, String(p.example)]));
}

export function exampleRequest(parameters: ExampleParameter[]): Record<string, unknown> {
  return unflattenRpcParams(parameters, exampleQuery(parameters));
}
