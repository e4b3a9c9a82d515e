// The bundle: openapi/ resolved into one document by Redocly's own library (@redocly/openapi-core,
// what `redocly bundle` runs), in process: the CLI in a process of its own cost 0.9 s at the head of
// every build (bench/RESULTS.md). Decorators and plugins are not used here, so the document is
// bundled with Redocly's default configuration. The library is pinned at 2.64.0, the newest
// published; the CLI (2.77.0, kept for build-docs) carries its own copy, with the same
// `recommended` rules (compared rule by rule when this was chosen).
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
