// The one engine every paginator runs on: the spec declares each paginated action
// (`x-acs-paginated`: its input and output tokens, its items, its page size), the build writes a
// paginate<Action> function per action (generated/client/paginators.ts), and this runs it: pages
// as an async iterable, each request carrying the token the last page returned, until a page
// returns none. A token that comes back twice would page for ever, so it ends the iteration with
// AlbUnexpectedResponseError instead.
import type { AlbCore } from './core.ts';
import { AlbUnexpectedResponseError } from './errors.ts';
import type { CallOptions } from './options.ts';

export interface PaginatorSpec<Request, Response> {
  action: string;
  call: (core: AlbCore, request: Request, options?: CallOptions) => Promise<Response>;
  inputToken: string;
  outputToken: string;
  items: string;
  pageSize?: string;
}

export async function* paginate<Request, Response>(
  core: AlbCore,
  spec: PaginatorSpec<Request, Response>,
  request: Request,
  options?: CallOptions,
): AsyncGenerator<Response, void, undefined> {
  const seen = new Set<string>();
  let next = request;
  for (;;) {
    const page = await spec.call(core, next, options);
    yield page;
    const token = (page as Record<string, unknown>)[spec.outputToken];
    if (typeof token !== 'string' || token === '') return;
    if (seen.has(token))
      throw new AlbUnexpectedResponseError(spec.action, 200, `${spec.outputToken} ${JSON.stringify(token)} came back twice`, [
        spec.outputToken,
      ]);
    seen.add(token);
    next = { ...request, [spec.inputToken]: token };
  }
}
