// The inspection API of the stateful mock, under /__mock/ (outside the contract):
//   GET  /__mock/state       the whole world, listeners with their current status
//   GET  /__mock/listeners   the listeners only
//   GET  /__mock/jobs        the jobs of the listeners the mock created, with their current status
//   POST /__mock/reset       back to the world file (the state file is rewritten)
import type { WorldStore } from './store.ts';

export function inspect(store: WorldStore | undefined, method: string, path: string): { status: number; body: unknown } {
  if (!store) return { status: 404, body: { error: 'The mock is stateless; start it with --stateful to use /__mock/.' } };
  if (method === 'GET' && path === '/__mock/state') return { status: 200, body: store.snapshot() };
  if (method === 'GET' && path === '/__mock/listeners') return { status: 200, body: store.snapshot().listeners };
  if (method === 'GET' && path === '/__mock/jobs') return { status: 200, body: store.jobs() };
  if (method === 'POST' && path === '/__mock/reset') {
    try {
      store.reset();
    } catch (error) {
      // All or nothing: the state is as it was, and the caller may try again.
      return { status: 503, body: { error: `The reset did not happen: ${(error as Error).message}` } };
    }
    return { status: 200, body: { reset: true } };
  }
  return {
    status: 404,
    body: { error: `No ${method} ${path}; try GET /__mock/state, GET /__mock/listeners, GET /__mock/jobs or POST /__mock/reset.` },
  };
}
