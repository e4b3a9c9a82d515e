// The mock as Mock Service Worker handlers, for either host: the same routes, validation, envelope,
// Prefer/__example, XML, DryRun, fresh ids, sessions and, with a store, the same business errors
// and idempotency, answered through src/mock/router.ts like the Node server. The entry points
// (index.ts, browser.ts) bring what differs: where the data comes from, the hash library, the
// world. The array they return also controls the mock from a test: `reset(session?)` and
// `setFaults(faults, session?)`, as startMock's do (server.resetHandlers() keeps the world).
import { HttpResponse, http, type RequestHandler } from 'msw';
import type { Hashes } from '../client/hashes.ts';
import { DEFAULT_ORIGIN } from '../mock/defaults.ts';
import type { Engine } from '../mock/engine.ts';
import { FaultRegistry } from '../mock/fault-registry.ts';
import type { FaultConfig } from '../mock/faults.ts';
import type { HandlerOptions } from '../mock/handler.ts';
import { MAX_BODY_BYTES } from '../mock/request.ts';
import { createRouter } from '../mock/router.ts';
import { createVerifier, type VerifierOptions } from '../mock/signatures.ts';
import type { WorldStore } from '../mock/state/store.ts';
import type { Contract } from '../mock/wire-form.ts';

export const DEFAULT_BASE_URL = DEFAULT_ORIGIN;

export interface CommonHandlersOptions {
  /** The origin the handlers answer for. Default `http://127.0.0.1:4010` (where the mock would be). */
  baseUrl?: string;
  /** Check V3 and V1 signatures against this test AccessKey. */
  verifySignatures?: VerifierOptions;
  /** Faults to inject (latency, throttling; with `stateful`, also Configuring load balancers and failing jobs). */
  faults?: FaultConfig;
}

/** The handlers, with the controls a test uses between requests. */
export type AlbHandlers = RequestHandler[] & {
  /** Back to the world: one session, or every session (and the faults set at run time with them). */
  reset(session?: string): void;
  /** Replaces the faults later requests meet (a world file's `faults:` shape): one session's, or the default. */
  setFaults(faults: FaultConfig, session?: string): void;
};

export interface HandlersHost {
  contracts: ReadonlyMap<string, Contract>;
  engine: Engine;
  hashes: Hashes;
  /** The in-memory store, when the caller asked for state. */
  store: WorldStore | undefined;
}

/** Refuses an option the handlers do not know, instead of ignoring it. */
export function checkOptions(where: string, options: object | undefined, known: readonly string[]): void {
  for (const key of Object.keys(options ?? {}))
    if (!known.includes(key)) throw new TypeError(`${where}: unknown option "${key}" (known: ${known.join(', ')})`);
}

export function createAlbHandlers(options: CommonHandlersOptions, host: HandlersHost): AlbHandlers {
  const base = new URL(options.baseUrl ?? DEFAULT_BASE_URL);
  const { store } = host;
  const faults = new FaultRegistry(() => ({ ...store?.worldFaults, ...options.faults }), store ? () => store.now() : undefined);
  const handler: HandlerOptions = {
    contracts: host.contracts,
    engine: host.engine,
    verify: options.verifySignatures ? createVerifier(options.verifySignatures, host.hashes) : undefined,
    store,
    faults,
  };
  const route = createRouter({ handler, cors: '*' });
  const handlers: RequestHandler[] = [
    http.all(`${base.origin}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const body = new Uint8Array(await request.arrayBuffer());
      // fetch keeps Host to itself; the gateway (and the signatures) see the URL's.
      const headers: Record<string, string> = { host: url.host };
      request.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const answer = await route({
        method: request.method,
        url: `${url.pathname}${url.search}`,
        headers,
        body,
        bodyTooLarge: body.length > MAX_BODY_BYTES,
      });
      return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
    }),
  ];
  return Object.assign(handlers, {
    reset(session?: string) {
      store?.reset(session);
      faults.reset(session);
    },
    setFaults: (config: FaultConfig, session?: string) => faults.set(config, session),
  });
}
