// The mock's control API, under /__mock/ (outside the contract). A session is named by the
// `x-mock-session` header or `?session=`; without one, the default session (and, for reset, every
// session).
//   GET  /__mock/sessions    the sessions written to
//   GET  /__mock/state       a session's world, listeners with their current status
//   GET  /__mock/listeners   a session's listeners only
//   GET  /__mock/jobs        a session's jobs with their current status, newest first
//   POST /__mock/reset       back to the world file: one session, or every one without a session
//   GET  /__mock/faults      the faults in force for a session
//   PUT  /__mock/faults      replace them (JSON, the shape of a world file's `faults:`): one session's, or the default
// Stateless, only the faults routes answer. The server lets same-origin pages and the origins
// --cors-origin lists call it (cors.ts); the state is never touched by a refused page.
import type { IncomingHttpHeaders } from 'node:http';
import { FaultConfigError } from '../faults.ts';
import type { HandlerOptions } from '../handler.ts';
import { SESSION_HEADER } from '../sessions.ts';
import { DEFAULT_SESSION } from './store.ts';

export interface ControlRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Uint8Array;
}

const ROUTES =
  'GET /__mock/sessions, GET /__mock/state, GET /__mock/listeners, GET /__mock/jobs, POST /__mock/reset, GET /__mock/faults or PUT /__mock/faults';

export function inspect(options: Pick<HandlerOptions, 'store' | 'faults'>, request: ControlRequest): { status: number; body: unknown } {
  const { store, faults } = options;
  const { method, path } = request;
  const header = request.headers[SESSION_HEADER];
  const named = request.query.get('session') ?? (typeof header === 'string' ? header : undefined);
  const session = named ?? DEFAULT_SESSION;

  if (path === '/__mock/faults' && method === 'GET') return { status: 200, body: faults.configOf(named) };
  if (path === '/__mock/faults' && method === 'PUT') {
    let config: unknown;
    try {
      config = JSON.parse(new TextDecoder().decode(request.body));
    } catch {
      return { status: 400, body: { error: 'The faults must be a JSON object, the shape of a world file’s faults:.' } };
    }
    try {
      faults.set(config as never, named);
    } catch (error) {
      if (error instanceof FaultConfigError) return { status: 400, body: { error: error.message } };
      throw error;
    }
    return { status: 200, body: { faults: config, session: named ?? 'every session without faults of its own' } };
  }
  if (path === '/__mock/reset' && method === 'POST') {
    try {
      store?.reset(named);
    } catch (error) {
      // All or nothing: the state is as it was, and the caller may try again.
      return { status: 503, body: { error: `The reset did not happen: ${(error as Error).message}` } };
    }
    faults.reset(named);
    return { status: 200, body: { reset: named ?? 'every session' } };
  }
  if (!store) return { status: 404, body: { error: `The mock is stateless; start it with --stateful to use ${path}.` } };
  if (method === 'GET' && path === '/__mock/sessions') return { status: 200, body: store.sessionNames() };
  if (method === 'GET' && path === '/__mock/state') return { status: 200, body: store.snapshot(session) };
  if (method === 'GET' && path === '/__mock/listeners') return { status: 200, body: store.snapshot(session).listeners };
  if (method === 'GET' && path === '/__mock/jobs') return { status: 200, body: store.jobs(session) };
  return { status: 404, body: { error: `No ${method} ${path}; try ${ROUTES}.` } };
}
