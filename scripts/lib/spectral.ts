// Spectral, in process: the CLI's own lint function in a worker thread (workers/spectral-lint.cjs),
// so it lints on the core the generators leave, and `npm run build -- --watch` keeps it loaded.
import { ToolWorker } from './tool-worker.ts';

export interface SpectralDiagnostic {
  code: string | number;
  message: string;
  /** 0 error, 1 warning, 2 info, 3 hint. */
  severity: number;
  path: Array<string | number>;
  source?: string;
}

export const spectral = new ToolWorker<{ files: string[]; ruleset: string }, SpectralDiagnostic[]>('scripts/lib/workers/spectral-lint.cjs');

/** The errors and warnings Spectral finds in these files with this ruleset. */
export async function spectralLint(files: string[], ruleset: string): Promise<SpectralDiagnostic[]> {
  return (await spectral.call({ files, ruleset })).filter((diagnostic) => diagnostic.severity <= 1);
}

/** A diagnostic as the build prints it: `spectral <rule> in <file> at <path>: <message>`. */
export function describeDiagnostic(diagnostic: SpectralDiagnostic): string {
  return `spectral ${diagnostic.code} in ${diagnostic.source ?? '?'} at ${diagnostic.path.join('.')}: ${diagnostic.message}`;
}
