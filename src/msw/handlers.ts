// The mock as Mock Service Worker handlers, for either host: the same routes, validation, envelope,
// Prefer/__example, XML, DryRun, fresh ids and, with a store, the same business errors and
// idempotency, answered through src/mock/router.ts like the Node server. The entry points
// (node.ts, browser.ts) bring what differs: where the data comes from, the hash library, the world.
import { HttpResponse, http, type RequestHandler } from 'msw';
import { DEFAULT_ORIGIN } from '../mock/defaults.ts';
import type { Hashes } from '../client/hashes.ts';
import type { Engine } from '../mock/engine.ts';
import { createFaults, type FaultConfig } from '../mock/faults.ts';
import type { HandlerOptions } from '../mock/handler.ts';
import { MAX_BODY_BYTES } from '../mock/request.ts';
import { corsHeaders, createRouter } from '../mock/router.ts';
import { createVerifier, type VerifierOptions } from '../mock/signatures.ts';
import type { WorldStore } from '../mock/state/store.ts';
import type { Contract } from '../mock/wire-form.ts';

/** The default origin: where `npm start` serves the mock, so a page written for it works unchanged. */
export const DEFAULT_BASE_URL = DEFAULT_ORIGIN;

export interface CommonHandlersOptions {
  /** The origin the handlers answer for. Default `http://127.0.0.1:4010` (where the mock would be). */
  baseUrl?: string;
  /** Check V3 and V1 signatures against this test AccessKey. */
  verifySignatures?: VerifierOptions;
  /** Faults to inject (latency, throttling; with `stateful`, also Configuring load balancers and failing jobs). */
  faults?: FaultConfig;
}

export interface HandlersHost {
  contracts: ReadonlyMap<string, Contract>;
  engine: Engine;
  hashes: Hashes;
  /** The in-memory store, when the caller asked for state. */
  store: WorldStore | undefined;
}

export function createAlbHandlers(options: CommonHandlersOptions, host: HandlersHost): RequestHandler[] {
  const base = new URL(options.baseUrl ?? DEFAULT_BASE_URL);
  const handler: HandlerOptions = {
    contracts: host.contracts,
    engine: host.engine,
    verify: options.verifySignatures ? createVerifier(options.verifySignatures, host.hashes) : undefined,
    store: host.store,
    faults: options.faults ? createFaults(options.faults) : undefined,
  };
  const route = createRouter({ handler, cors: corsHeaders('*') });
  return [
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
}
