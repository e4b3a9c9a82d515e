// The mock as a library, `alb-createlistener-contract/mock`: start it from a test runner's global
// set-up (vitest, Playwright, Jest) and close it when done. `port: 0` picks a free port.
//
//   import { startMock } from 'alb-createlistener-contract/mock';
//   const mock = await startMock({ port: 0, stateful: true });
//   process.env.ALB_ENDPOINT = mock.url;   // ... then: await mock.close();
import { startMock as startServer, type MockOptions as ServerOptions, type RunningMock } from './server.ts';
import type { StoreOptions } from './state/open-store.ts';

export interface MockOptions {
  /** Default 4010; 0 picks a free port (read it from `url`). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Keep state (true, or the world and state file to use). */
  stateful?: boolean | StoreOptions;
  /** The world to start from (YAML), for a stateful mock. */
  world?: string;
  /** Keep the state here across restarts, for a stateful mock. */
  stateFile?: string;
  /** No log line per request. Default true for the library (false on the command line). */
  quiet?: boolean;
  verifySignatures?: ServerOptions['verifySignatures'];
  /** Faults to inject: latency, throttling, Configuring load balancers, failing jobs (the last two stateful). */
  faults?: ServerOptions['faults'];
  corsOrigin?: string;
  allowedHosts?: string[];
}

export interface StartedMock {
  /** `http://127.0.0.1:<port>`; the docs are at `${url}/docs`. */
  url: string;
  close(): Promise<void>;
}

export async function startMock(options: MockOptions = {}): Promise<StartedMock> {
  const { world, stateFile, quiet = true, stateful, ...rest } = options;
  const store: StoreOptions | undefined =
    stateful || world !== undefined || stateFile !== undefined
      ? {
          ...(typeof stateful === 'object' ? stateful : {}),
          ...(world !== undefined ? { worldFile: world } : {}),
          ...(stateFile !== undefined ? { stateFile } : {}),
        }
      : undefined;
  const running: RunningMock = await startServer({ ...rest, log: quiet ? null : undefined, ...(store ? { stateful: store } : {}) });
  return { url: running.url, close: running.close };
}
