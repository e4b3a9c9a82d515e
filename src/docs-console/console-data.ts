// What the docs console needs to know about each action, read from the wire form by the pipeline
// and written into the page as JSON (so the console restates nothing of the spec): the action and
// version, the client's method, the documented example request (nested, as the client takes it)
// and the documented error codes.
import { actionOperations, followRef, methodOf, type OpenApiDocument, onlyValue } from '../openapi/document.ts';
import { type ExampleParameter, exampleRequest } from '../wire/example-request.ts';

export interface ConsoleOperation {
  action: string;
  version: string;
  method: string;
  example: Record<string, unknown>;
  errors: string[];
}

export interface ConsoleData {
  operations: ConsoleOperation[];
}

export function consoleData(wire: OpenApiDocument): ConsoleData {
  return {
    operations: actionOperations(wire).map(({ action, operation: op }) => {
      const operation = op as unknown as { parameters: ExampleParameter[]; responses: Record<string, unknown> };
      // Every named example of an error response is a documented error code.
      const errors = Object.entries(operation.responses)
        .filter(([status]) => Number(status) >= 400)
        .flatMap(([, response]) => Object.keys(followRef(wire, response)?.content?.['application/json']?.examples ?? {}));
      return {
        action,
        version: onlyValue(wire, op, 'x-acs-version'),
        method: methodOf(action),
        example: exampleRequest(operation.parameters),
        errors,
      };
    }),
  };
}
