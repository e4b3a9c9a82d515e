// A tool kept loaded in a worker thread (scripts/lib/workers/): the linters run there, on the core
// the in-process generators leave, and `npm run build -- --watch` keeps them loaded between
// rebuilds. Workers are plain JavaScript files run by path from the repository root (the build's
// working directory), since the pipeline itself runs compiled from .cache/run/.
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
}

export class ToolWorker<Request, Result> {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(result: Result): void; reject(error: Error): void }>();

  /** `file`: the worker's path from the repository root. */
  constructor(private readonly file: string) {}

  /** Starts the worker (it loads its tool at once); it keeps the process alive only while it works. */
  start(): Worker {
    if (this.worker === undefined) {
      const worker = new Worker(resolve(this.file));
      worker.on('message', ({ id, result, error }: Reply) => {
        const request = this.pending.get(id);
        this.pending.delete(id);
        if (this.pending.size === 0) worker.unref();
        if (error !== undefined) request?.reject(new Error(`${this.file} failed: ${error}`));
        else request?.resolve(result as Result);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => this.fail(new Error(`${this.file} exited (code ${code})`)));
      worker.unref();
      this.worker = worker;
    }
    return this.worker;
  }

  call(request: Request): Promise<Result> {
    const worker = this.start();
    const id = this.nextId++;
    worker.ref();
    worker.postMessage({ id, request });
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  private fail(error: Error): void {
    for (const request of this.pending.values()) request.reject(error);
    this.pending.clear();
    this.worker = undefined;
  }
}
