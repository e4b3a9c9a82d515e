// The mock's HTTP server: reads each request (bounded), answers CORS preflights, hands everything
// else to the handler, serves the docs at /docs, and logs one line per request.
//
// Guards for a server on a developer's machine: bound to loopback (the default), it answers only
// requests whose Host is a loopback name or address (or one of `allowedHosts`), so a web page
// cannot reach it through DNS rebinding; the inspection API (/__mock/) sends no CORS header and
// refuses cross-origin requests, so no page can read or reset the state; with a specific
// `corsOrigin`, requests from any other origin are refused, not just hidden from the page. Slow or
// stalled requests are cut (headers 10 s, whole request 30 s) and connections are capped.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { assetUrl } from '../assets.ts';
import { guardConnections } from './connections.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from './defaults.ts';
import { originAllowed, parseCorsOrigins } from './cors.ts';
import { FaultRegistry } from './fault-registry.ts';
import type { FaultConfig } from './faults.ts';
import { loadContracts, loadEngine } from './load.ts';
import type { Contract } from './wire-form.ts';
import { errorEnvelope } from './envelope.ts';
import type { HandlerOptions } from './handler.ts';
import { MAX_BODY_BYTES } from './request.ts';
import { createRouter } from './router.ts';
import { nodeHashes } from '../client/hashes-node.ts';
import { createVerifier, type VerifierOptions } from './signatures.ts';
import { openWorldStore, type StoreOptions } from './state/open-store.ts';
import type { WorldStore } from './state/store.ts';

export interface MockOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 4010; 0 picks a free port (read it from `url`). */
  port?: number;
  /** One line per request on this function; none by default (`alb-contract mock` logs to the console). */
  log?: ((line: string) => void) | null;
  /** Check V3 and V1 signatures against this test AccessKey. Off by default. */
  verifySignatures?: VerifierOptions;
  /** The pages that may call the mock: `*` (default), or origins (a list, or a comma list); other origins are refused (cors.ts). */
  corsOrigin?: string | string[];
  /** Keep state (load balancers, listeners, ...) and let business errors fire from it: true, or the world, state file and timings. */
  stateful?: boolean | StoreOptions;
  /** The world to start from (YAML), for a stateful mock: the same as `stateful: { worldFile }`. */
  world?: string | URL;
  /** Keep the state here across restarts, for a stateful mock: the same as `stateful: { stateFile }`. */
  stateFile?: string;
  /** Faults to inject (latency, throttling; a stateful mock also takes `stateful.faults` and its world's). */
  faults?: FaultConfig;
  /** Host names besides the loopback ones that a loopback-bound mock answers (e.g. `mock.test`). */
  allowedHosts?: string[];
  /** How long a request may take to send its headers (and a new connection to start one), and all of it. Default 10 s and 30 s. */
  timeouts?: { headersMs?: number; requestMs?: number };
  /** Connections open at once (default 1,024): at the cap, one still waiting for its first request makes room, else the new one is closed. */
  maxConnections?: number;
}

export interface RunningMock {
  /** `http://127.0.0.1:<port>`; the docs are at `${url}/docs`. */
  url: string;
  server: Server;
  /** Every action the mock answers, by name. */
  contracts: ReadonlyMap<string, Contract>;
  store: WorldStore | undefined;
  /**
   * Back to the world file: one session, or every session (and the faults set at run time with
   * them). Rejects, changing nothing, when the new state cannot be saved.
   */
  reset(session?: string): Promise<void>;
  /** Replaces the faults later requests meet (a world file's `faults:` shape): one session's, or the default. */
  setFaults(faults: FaultConfig, session?: string): void;
  close(): Promise<void>;
}

const DOCS = assetUrl('generated/docs/index.html');
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** The hostname of a Host header, lower-cased, without the port. */
function hostnameOf(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  return lower.split(':')[0]!;
}

function isLoopback(hostname: string): boolean {
  return LOOPBACK_NAMES.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname.endsWith('.localhost');
}

/** The store options a mock's options ask for: `stateful`, `world` and `stateFile` together, or none. */
function storeOptions({ stateful, world, stateFile, faults }: MockOptions): StoreOptions | undefined {
  if (!stateful && world === undefined && stateFile === undefined) return undefined;
  const given = typeof stateful === 'object' ? stateful : {};
  return {
    ...given,
    ...(world !== undefined ? { worldFile: world } : {}),
    ...(stateFile !== undefined ? { stateFile } : {}),
    faults: { ...faults, ...given.faults },
  };
}

export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? DEFAULT_HOST;
  if (host.trim() === '') throw new TypeError('host must name an interface (e.g. 127.0.0.1); an empty host would bind every interface');
  const contracts = loadContracts();
  const corsOrigins = parseCorsOrigins(options.corsOrigin);
  const handlerOptions: HandlerOptions = {
    contracts,
    engine: loadEngine(),
    verify: options.verifySignatures ? createVerifier(options.verifySignatures, nodeHashes) : undefined,
    faults: new FaultRegistry(() => options.faults ?? {}),
  };
  const log = options.log ?? null;
  const boundToLoopback = isLoopback(hostnameOf(host));
  const allowedHosts = new Set((options.allowedHosts ?? []).map((h) => h.toLowerCase()));
  let docs: Buffer | undefined;

  /** Why a request must not be served (a code for the log, a message for the caller), or undefined. */
  function refusal(headers: IncomingHttpHeaders, path: string): { code: string; message: string } | undefined {
    const host = headers.host;
    if (host !== undefined && boundToLoopback) {
      const name = hostnameOf(host);
      if (!isLoopback(name) && !allowedHosts.has(name))
        return {
          code: 'host-not-allowed',
          message: `Host ${JSON.stringify(name.slice(0, 60))} is not this mock's; it answers loopback names only (allow more with allowedHosts / --allowed-hosts).`,
        };
    }
    const origin = headers.origin;
    // `Origin: scheme://host[:port]`; same-origin when its host and port are the request's Host.
    const sameOrigin =
      origin !== undefined && host !== undefined && origin.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').toLowerCase() === host.toLowerCase();
    const listed = corsOrigins !== '*' && origin !== undefined && originAllowed(corsOrigins, origin);
    if (path.startsWith('/__mock/')) {
      const site = headers['sec-fetch-site'];
      if (!listed && ((origin !== undefined && !sameOrigin) || site === 'cross-site' || site === 'same-site'))
        return {
          code: 'origin-not-allowed',
          message: `The control API (/__mock/) answers same-origin pages and the origins --cors-origin lists; ${JSON.stringify(String(origin ?? site).slice(0, 80))} is neither (start the mock with --cors-origin ${origin ?? '<origin>'} to allow it).`,
        };
    } else if (corsOrigins !== '*' && origin !== undefined && !listed && !sameOrigin)
      return {
        code: 'origin-not-allowed',
        message: `Origin ${JSON.stringify(origin.slice(0, 80))} is not allowed (--cors-origin ${corsOrigins.join(',')}); add it to --cors-origin to let that page call the mock.`,
      };
    return undefined;
  }

  const headersTimeout = options.timeouts?.headersMs ?? 10_000;
  const requestTimeout = Math.max(options.timeouts?.requestMs ?? 30_000, headersTimeout);
  // Node checks the timeouts on this interval (30 s by default, longer than the timeouts themselves).
  const connectionsCheckingInterval = Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 3)));
  const server = createServer({ requireHostHeader: false, headersTimeout, requestTimeout, connectionsCheckingInterval }, (req, res) => {
    const started = performance.now();
    readBody(req, (body, tooLarge) => {
      void route({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body, bodyTooLarge: tooLarge }).then(
        (answer) => {
          if (!res.headersSent) res.writeHead(answer.status, answer.headers).end(answer.body);
          if (log)
            log(
              `${req.method} ${answer.action} ${answer.status} ${answer.code ?? '-'} ${(performance.now() - started).toFixed(1)}ms${answer.action === 'refused' ? ` origin ${JSON.stringify(req.headers.origin ?? '-')} host ${JSON.stringify(req.headers.host ?? '-')}` : ''}`,
            );
        },
      );
    });
  });

  const route = createRouter({
    handler: handlerOptions,
    cors: corsOrigins,
    refusal: (req, path) => refusal(req.headers, path),
    docs: () => {
      docs ??= readFileSync(DOCS);
      return docs;
    },
  });

  server.keepAliveTimeout = 60_000;
  guardConnections(server, {
    maxConnections: options.maxConnections ?? 1_024,
    firstRequestMs: headersTimeout + connectionsCheckingInterval + 100,
  });
  // Requests Node's HTTP parser rejects (a broken request line or header) still get the envelope;
  // one that took too long gets 408, what HTTP says of it (outside the contract: the request never
  // reached the API).
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return;
    const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const body = JSON.stringify(
      errorEnvelope('InvalidParameter', timedOut ? 'The request took too long to arrive.' : 'The request is not valid HTTP.', 'localhost'),
    );
    const status = timedOut ? '408 Request Timeout' : '400 Bad Request';
    socket.end(
      `HTTP/1.1 ${status}\r\ncontent-type: application/json;charset=utf-8\r\nconnection: close\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  });
  // The port first, then the state: a mock that cannot listen never touches a state file
  // another mock may be using. No request is read before the store is open (both happen in one
  // turn of the event loop).
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      try {
        const stateful = storeOptions(options);
        if (stateful) {
          const store = openWorldStore({ warn: log ? (message) => log(`warning: ${message}`) : undefined, ...stateful });
          handlerOptions.store = store;
          // The world file's faults, under the mock's own.
          handlerOptions.faults = new FaultRegistry(
            () => ({ ...store.worldFaults, ...stateful.faults }),
            () => store.now(),
          );
        }
        resolve();
      } catch (error) {
        server.close();
        reject(error);
      }
    });
  });
  const address = server.address() as AddressInfo;
  const origin = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${origin}:${address.port}`,
    server,
    contracts,
    store: handlerOptions.store,
    async reset(session) {
      handlerOptions.store?.reset(session);
      handlerOptions.faults.reset(session);
    },
    setFaults: (faults, session) => handlerOptions.faults.set(faults, session),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          handlerOptions.store?.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
function readBody(req: IncomingMessage, done: (body: Buffer, tooLarge: boolean) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on('end', () => done(tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge));
  req.on('error', () => done(Buffer.alloc(0), true));
}
