// Generated from openapi/ by `npm run build` (scripts/lib/client-actions.ts); do not edit.
import { type AlbCore, callAction } from '../../src/client/core.ts';
import type { CallOptions } from '../../src/client/options.ts';
import { crossFieldRulesCreateListener, validateCreateListener, crossFieldRulesGetListenerAttribute, validateGetListenerAttribute, crossFieldRulesListAsynJobs, validateListAsynJobs } from '../request-validator.ts';
import type { CreateListenerRequest, CreateListenerResponse, GetListenerAttributeRequest, GetListenerAttributeResponse, ListAsynJobsRequest, ListAsynJobsResponse } from '../types.ts';
import { createListener as sendCreateListener, getListenerAttribute as sendGetListenerAttribute, listAsynJobs as sendListAsynJobs } from './calls.ts';

export type { CreateListenerRequest, CreateListenerResponse, GetListenerAttributeRequest, GetListenerAttributeResponse, ListAsynJobsRequest, ListAsynJobsResponse } from '../types.ts';

/** CreateListener: Create an HTTP, HTTPS or QUIC listener. */
export function createListener(core: AlbCore, request: CreateListenerRequest, callOptions?: CallOptions): Promise<CreateListenerResponse> {
  return callAction(core, { action: 'CreateListener', validate: validateCreateListener, rules: crossFieldRulesCreateListener, send: sendCreateListener as never, clientToken: true, response: {"required":["RequestId","JobId","ListenerId"],"arrays":[],"objects":[]} }, request, callOptions);
}

/** GetListenerAttribute: Read a listener and its status. */
export function getListenerAttribute(core: AlbCore, request: GetListenerAttributeRequest, callOptions?: CallOptions): Promise<GetListenerAttributeResponse> {
  return callAction(core, { action: 'GetListenerAttribute', validate: validateGetListenerAttribute, rules: crossFieldRulesGetListenerAttribute, send: sendGetListenerAttribute as never, clientToken: false, response: {"required":["RequestId"],"arrays":["AssociatedResources","CaCertificates","Certificates","DefaultActions","Tags"],"objects":["AclConfig","LogConfig","QuicConfig","XForwardedForConfig"]} }, request, callOptions);
}

/** ListAsynJobs: List asynchronous tasks (jobs). */
export function listAsynJobs(core: AlbCore, request: ListAsynJobsRequest = {}, callOptions?: CallOptions): Promise<ListAsynJobsResponse> {
  return callAction(core, { action: 'ListAsynJobs', validate: validateListAsynJobs, rules: crossFieldRulesListAsynJobs, send: sendListAsynJobs as never, clientToken: false, response: {"required":["RequestId"],"arrays":["Jobs"],"objects":[]} }, request, callOptions);
}

/** Every action of the contract as a method: what the one-object client (createAlbClient) offers. */
export interface AlbActions {
  /** CreateListener: Create an HTTP, HTTPS or QUIC listener. */
  createListener(request: CreateListenerRequest, callOptions?: CallOptions): Promise<CreateListenerResponse>;
  /** GetListenerAttribute: Read a listener and its status. */
  getListenerAttribute(request: GetListenerAttributeRequest, callOptions?: CallOptions): Promise<GetListenerAttributeResponse>;
  /** ListAsynJobs: List asynchronous tasks (jobs). */
  listAsynJobs(request?: ListAsynJobsRequest, callOptions?: CallOptions): Promise<ListAsynJobsResponse>;
}

/** The methods of the one-object client, over a core. */
export function actionMethods(core: AlbCore): AlbActions {
  return {
    createListener: (request, callOptions) => createListener(core, request, callOptions),
    getListenerAttribute: (request, callOptions) => getListenerAttribute(core, request, callOptions),
    listAsynJobs: (request, callOptions) => listAsynJobs(core, request, callOptions),
  };
}
