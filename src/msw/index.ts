// The mock as Mock Service Worker handlers, `alb-createlistener-contract/msw` (msw 2 is a peer
// dependency): the same routes, validation, envelope, Prefer/__example, XML, DryRun, fresh ids
// and, with `stateful`, the same business errors and idempotency, held in memory. One
// implementation, two hosts: the Node server and these handlers both answer through
// src/mock/router.ts. Node test runners today (`setupServer`); the browser's service worker needs
// the data loaded without node:fs (issue 15's remaining part).
//
//   import { setupServer } from 'msw/node';
//   import { albHandlers } from 'alb-createlistener-contract/msw';
//   const server = setupServer(...albHandlers({ baseUrl: 'https://alb.cn-hangzhou.aliyuncs.com' }));
import { HttpResponse, http } from 'msw';
import { createEngine } from '../mock/engine.ts';
import type { HandlerOptions } from '../mock/handler.ts';
import { MAX_BODY_BYTES } from '../mock/request.ts';
import { corsHeaders, createRouter } from '../mock/router.ts';
import { createVerifier, type VerifierOptions } from '../mock/signatures.ts';
import { type StoreOptions, WorldStore } from '../mock/state/store.ts';
import { loadWireForm } from '../mock/wire-form.ts';

export interface AlbHandlersOptions {
  /** The origin the handlers answer for. Default `http://127.0.0.1:4010` (where the mock would be). */
  baseUrl?: string;
  /** Keep state in memory (true, or a world file and timings): business errors fire from it. */
  stateful?: boolean | Omit<StoreOptions, 'stateFile'>;
  /** Check V3 and V1 signatures against this test AccessKey. */
  verifySignatures?: VerifierOptions;
}

export function albHandlers(options: AlbHandlersOptions = {}) {
  const base = new URL(options.baseUrl ?? 'http://127.0.0.1:4010');
  const handler: HandlerOptions = {
    contract: loadWireForm(),
    engine: createEngine(),
    verify: options.verifySignatures ? createVerifier(options.verifySignatures) : undefined,
    store: options.stateful ? WorldStore.open(typeof options.stateful === 'object' ? options.stateful : {}) : undefined,
  };
  const route = createRouter({ handler, cors: corsHeaders('*') });
  return [
    http.all(`${base.origin}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const body = Buffer.from(await request.arrayBuffer());
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
