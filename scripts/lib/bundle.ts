// The bundle: openapi/ resolved into one document by Redocly's own library (@redocly/openapi-core,
// what `redocly bundle` runs), in process. It is the copy openapi-typescript loads for the types
// step anyway, so the bundle costs no tool start-up of its own (the CLI in a process of its own
// cost 0.9 s at the head of every build; bench/RESULTS.md). Decorators and plugins are not used
// here, so the document is bundled with Redocly's default configuration.
import { bundle, createConfig } from '@redocly/openapi-core';
import type { OpenApiDocument } from '../../src/openapi/document.ts';

export interface Bundled {
  document: OpenApiDocument;
  /** Each error Redocly found while resolving (an unresolved $ref, a file it cannot parse). */
  errors: string[];
}

export async function bundleSource(source: string): Promise<Bundled> {
  const { bundle: result, problems } = await bundle({ ref: source, config: await createConfig({}), dereference: false });
  const errors = problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => {
      const where = problem.location[0];
      return `redocly ${problem.ruleId} in ${where?.source.absoluteRef ?? source} at ${where?.pointer ?? '?'}: ${problem.message}`;
    });
  return { document: result.parsed as OpenApiDocument, errors };
}
