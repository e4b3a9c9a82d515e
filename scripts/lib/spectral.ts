// Spectral, run in process through the CLI's own lint function (the same ruleset loading, resolver
// and document parsing as `spectral lint`), in a worker thread: a full build lints beside the
// generators on the other core, and `npm run build -- --watch` keeps the worker, so a rebuild lints
// with the ruleset already loaded (about 0.5 s for three documents instead of 2 s for the CLI).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface SpectralDiagnostic {
  code: string | number;
  message: string;
  /** 0 error, 1 warning, 2 info, 3 hint. */
  severity: number;
  path: Array<string | number>;
  source?: string;
}

// The CLI's lint function (dist/services/linter): the package has no `exports` map, so its files
// are its interface; the version is pinned in package.json.
const linter = createRequire(import.meta.url).resolve('@stoplight/spectral-cli/dist/services/linter/linter.js');

const workerSource = `
const { parentPort } = require('node:worker_threads');
const { lint } = require(${JSON.stringify(linter)});
parentPort.on('message', async ({ id, files, ruleset }) => {
  try {
    const { results } = await lint(files, { ruleset, encoding: 'utf8', ignoreUnknownFormat: false, failOnUnmatchedGlobs: true });
    const diagnostics = results.map(({ code, message, severity, path, source }) => ({ code, message, severity, path, source }));
    parentPort.postMessage({ id, diagnostics });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
  }
});`;

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve(d: SpectralDiagnostic[]): void; reject(e: Error): void }>();

/** Starts the worker, which loads Spectral on its own thread (before the files to lint exist). */
export function startSpectral(): Worker {
  if (worker === undefined) {
    worker = new Worker(workerSource, { eval: true });
    worker.on('message', ({ id, diagnostics, error }: { id: number; diagnostics?: SpectralDiagnostic[]; error?: string }) => {
      const request = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) worker?.unref();
      if (error !== undefined) request?.reject(new Error(`spectral failed: ${error}`));
      else request?.resolve(diagnostics ?? []);
    });
    worker.on('error', (error) => {
      for (const request of pending.values()) request.reject(error);
      pending.clear();
      worker = undefined;
    });
    worker.unref();
  }
  return worker;
}

/** Lints these files with this ruleset; the worker keeps the process alive only while it works. */
export function spectralLint(files: string[], ruleset: string): Promise<SpectralDiagnostic[]> {
  const worker = startSpectral();
  const id = nextId++;
  worker.ref();
  worker.postMessage({ id, files, ruleset });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
