// The smallest valid request, nested as a client passes it: the spec's minimal wire request
// (every required key with its documented example) unflattened, so no test restates it.
import type { CreateListenerRequest } from '../../generated/types.ts';
import { unflattenRpcParams } from '../../src/wire/unflatten.ts';
import { wireForm } from './spec.ts';
import { validQuery } from './mock.ts';
import { exampleQuery } from '../../src/wire/example-request.ts';

export const minimalRequest = unflattenRpcParams(
  wireForm.paths['/#Action=CreateListener'].post.parameters,
  validQuery,
) as unknown as CreateListenerRequest;

/** Any action's smallest valid request, nested: its required wire parameters with their documented examples. */
export function exampleRequest(action: string): Record<string, unknown> {
  const parameters = wireForm.paths[`/#Action=${action}`].post.parameters;
  return unflattenRpcParams(parameters, exampleQuery(parameters)) as Record<string, unknown>;
}
