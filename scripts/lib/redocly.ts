// Redocly, in process: its library (@redocly/openapi-core, pinned at 2.64.0, the newest published)
// in a worker thread (workers/redocly.mjs), for the bundle and the lint. The CLI (2.77.0) is kept for
// build-docs only and carries its own copy of the library, with the same `recommended` rules
// (compared rule by rule when this was chosen). In a process of its own the CLI cost a start-up per
// command: 0.9 s at the head of every build for the bundle alone (bench/RESULTS.md).
import type { OpenApiDocument } from '../../src/openapi/document.ts';
import { ToolWorker } from './tool-worker.ts';

export interface RedoclyProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  /** The file the problem is in (a $ref's target), relative to the working directory. */
  source?: string;
  pointer?: string;
}
/** One linted file's problems; the configuration's own come first, under its file name. */
export interface RedoclyReport {
  file: string;
  problems: RedoclyProblem[];
}
type Request = { kind: 'bundle'; source: string } | { kind: 'lint'; files: string[]; config: string };

export const redocly = new ToolWorker<Request, unknown>('scripts/lib/workers/redocly.mjs');

/** The source resolved into one document, and each error Redocly met (an unresolved $ref, say). */
export async function bundleSource(source: string): Promise<{ document: OpenApiDocument; errors: RedoclyProblem[] }> {
  return (await redocly.call({ kind: 'bundle', source })) as { document: OpenApiDocument; errors: RedoclyProblem[] };
}

export async function redoclyLint(files: string[], config: string): Promise<RedoclyReport[]> {
  return (await redocly.call({ kind: 'lint', files, config })) as RedoclyReport[];
}

/** A problem as the build prints it: `redocly <rule> in <file> at <pointer>: <message>`. */
export function describeProblem(problem: RedoclyProblem, file: string): string {
  return `redocly ${problem.ruleId} in ${problem.source ?? file} at ${problem.pointer ?? '?'}: ${problem.message}`;
}
