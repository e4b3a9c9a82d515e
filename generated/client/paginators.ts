// Generated from openapi/ (x-acs-paginated) by `npm run build` (scripts/lib/client-actions.ts); do not edit.
import type { AlbCore } from '../../src/client/core.ts';
import type { CallOptions } from '../../src/client/options.ts';
import { paginate } from '../../src/client/paginator.ts';
import type { ListAsynJobsRequest, ListAsynJobsResponse, ListListenersRequest, ListListenersResponse } from '../types.ts';
import { listAsynJobs, listListeners } from './actions.ts';

/** Every page of ListAsynJobs, following `NextToken` until the last: `for await (const page of paginateListAsynJobs(core, request))`; the items are `page.Jobs`. */
export function paginateListAsynJobs(core: AlbCore, request: ListAsynJobsRequest = {}, options?: CallOptions): AsyncGenerator<ListAsynJobsResponse, void, undefined> {
  return paginate(core, { action: 'ListAsynJobs', call: listAsynJobs, ...{"inputToken":"NextToken","outputToken":"NextToken","items":"Jobs","pageSize":"MaxResults"} }, request, options);
}

/** Every page of ListListeners, following `NextToken` until the last: `for await (const page of paginateListListeners(core, request))`; the items are `page.Listeners`. */
export function paginateListListeners(core: AlbCore, request: ListListenersRequest = {}, options?: CallOptions): AsyncGenerator<ListListenersResponse, void, undefined> {
  return paginate(core, { action: 'ListListeners', call: listListeners, ...{"inputToken":"NextToken","outputToken":"NextToken","items":"Listeners","pageSize":"MaxResults"} }, request, options);
}

/** Every paginator of the contract as a method of the one-object client. */
export interface AlbPaginators {
  paginateListAsynJobs(request?: ListAsynJobsRequest, options?: CallOptions): AsyncGenerator<ListAsynJobsResponse, void, undefined>;
  paginateListListeners(request?: ListListenersRequest, options?: CallOptions): AsyncGenerator<ListListenersResponse, void, undefined>;
}

export function paginatorMethods(core: AlbCore): AlbPaginators {
  return {
    paginateListAsynJobs: (request, options) => paginateListAsynJobs(core, request, options),
    paginateListListeners: (request, options) => paginateListListeners(core, request, options),
  };
}
