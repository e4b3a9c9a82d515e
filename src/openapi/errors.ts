// biome-ignore-all lint/suspicious/noExplicitAny: the document is untyped JSON.
// The error catalogue: every documented error code, read from the named error examples
// (`components/examples/<Code>.yaml`: its `value.Code`, `x-acs-http-status`, `x-acs-retryable`,
// `x-acs-error-origin`). One reading for everything that needs it: the generated types, the docs'
// error tables, the breaking-change gate and the suite.
import { followRef } from './document.ts';

export interface DocumentedError {
  code: string;
  status: number;
  /** Marked `x-acs-retryable: true` in the spec, with its source. */
  retryable: boolean;
  /** `x-acs-error-origin`: who raises it (the gateway, or the actions named). */
  origin: string | undefined;
  /** The example itself (value, description, headers, sources). */
  example: any;
}

/** Every documented error code, sorted by code. */
export function errorCatalogue(document: any): DocumentedError[] {
  const errors: DocumentedError[] = [];
  for (const example of Object.values<any>(document?.components?.examples ?? {})) {
    const code = example?.value?.Code;
    const status = example?.['x-acs-http-status'];
    if (typeof code !== 'string' || typeof status !== 'number') continue;
    errors.push({
      code,
      status,
      retryable: example['x-acs-retryable'] === true,
      origin: typeof example['x-acs-error-origin'] === 'string' ? example['x-acs-error-origin'] : undefined,
      example,
    });
  }
  return errors.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The codes an operation documents in its responses, each with its status. */
export function operationErrorCodes(document: any, operation: any): Map<string, number> {
  const codes = new Map<string, number>();
  for (const [status, ref] of Object.entries<any>(operation?.responses ?? {})) {
    if (Number(status) < 400) continue;
    const examples = followRef(document, ref)?.content?.['application/json']?.examples ?? {};
    for (const exampleRef of Object.values<any>(examples)) {
      const code = followRef(document, exampleRef)?.value?.Code;
      if (typeof code === 'string') codes.set(code, Number(status));
    }
  }
  return codes;
}
