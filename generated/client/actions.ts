// Generated from openapi/ by `npm run build` (scripts/lib/client-actions.ts); do not edit.
import { type AlbCore, callAction } from '../../src/client/core.ts';
import type { CallOptions } from '../../src/client/options.ts';
import { crossFieldRulesCreateListener, validateCreateListener, crossFieldRulesGetListenerAttribute, validateGetListenerAttribute, crossFieldRulesListAsynJobs, validateListAsynJobs, crossFieldRulesListListeners, validateListListeners, crossFieldRulesUpdateListenerAttribute, validateUpdateListenerAttribute, crossFieldRulesStopListener, validateStopListener, crossFieldRulesStartListener, validateStartListener, crossFieldRulesDeleteListener, validateDeleteListener } from '../request-validator.ts';
import type { CreateListenerRequest, CreateListenerResponse, GetListenerAttributeRequest, GetListenerAttributeResponse, ListAsynJobsRequest, ListAsynJobsResponse, ListListenersRequest, ListListenersResponse, UpdateListenerAttributeRequest, UpdateListenerAttributeResponse, StopListenerRequest, StopListenerResponse, StartListenerRequest, StartListenerResponse, DeleteListenerRequest, DeleteListenerResponse } from '../types.ts';
import { createListener as sendCreateListener, getListenerAttribute as sendGetListenerAttribute, listAsynJobs as sendListAsynJobs, listListeners as sendListListeners, updateListenerAttribute as sendUpdateListenerAttribute, stopListener as sendStopListener, startListener as sendStartListener, deleteListener as sendDeleteListener } from './calls.ts';

export type { CreateListenerRequest, CreateListenerResponse, GetListenerAttributeRequest, GetListenerAttributeResponse, ListAsynJobsRequest, ListAsynJobsResponse, ListListenersRequest, ListListenersResponse, UpdateListenerAttributeRequest, UpdateListenerAttributeResponse, StopListenerRequest, StopListenerResponse, StartListenerRequest, StartListenerResponse, DeleteListenerRequest, DeleteListenerResponse } from '../types.ts';

/** CreateListener: Create an HTTP, HTTPS or QUIC listener. */
export function createListener(core: AlbCore, request: CreateListenerRequest, callOptions?: CallOptions): Promise<CreateListenerResponse> {
  return callAction(core, { action: 'CreateListener', validate: validateCreateListener, rules: crossFieldRulesCreateListener, send: sendCreateListener as never, clientToken: true, response: {"required":["RequestId","JobId","ListenerId"],"arrays":[],"objects":[]}, patterns: {"ClientToken":"may contain only ASCII characters","ListenerDescription":"may contain only letters, digits, Chinese and other non-Latin characters, and - / . _ , ; @ (no spaces)","XForwardedForConfig.XForwardedForClientCertClientVerifyAlias":"may contain only lower-case letters, digits, hyphens (-) and underscores (_)","XForwardedForConfig.XForwardedForClientCertFingerprintAlias":"may contain only lower-case letters, digits, hyphens (-) and underscores (_)","XForwardedForConfig.XForwardedForClientCertIssuerDNAlias":"may contain only lower-case letters, digits, hyphens (-) and underscores (_)","XForwardedForConfig.XForwardedForClientCertSubjectDNAlias":"may contain only lower-case letters, digits, hyphens (-) and underscores (_)","Tag.N.Key":"must not start with `aliyun` or `acs:`, and must not contain `http://` or `https://`","Tag.N.Value":"must not start with `aliyun` or `acs:`, and must not contain `http://` or `https://`"}, errorFields: {"IdempotentParameterMismatch":["ClientToken"],"IncorrectBusinessStatus.LoadBalancer":["LoadBalancerId"],"IncorrectStatus.LoadBalancer":["LoadBalancerId"],"Mismatch.VpcId":["DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.N.ServerGroupId"],"OperationDenied.CrossLoadBalancerQUICListener":["QuicConfig.QuicListenerId"],"OperationDenied.ServerGroupProtocolNotSupport":["DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.N.ServerGroupId"],"ResourceAlreadyAssociated.Listener":["QuicConfig.QuicListenerId"],"ResourceAlreadyExist.Listener":["ListenerPort"],"ResourceNotFound.Certificate":["Certificates.N.CertificateId","CaCertificates.N.CertificateId"],"ResourceNotFound.Listener":["QuicConfig.QuicListenerId"],"ResourceNotFound.LoadBalancer":["LoadBalancerId"],"ResourceNotFound.SecurityPolicy":["SecurityPolicyId"],"ResourceNotFound.ServerGroup":["DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.N.ServerGroupId"],"ResourceQuotaExceeded.LoadBalancerListenersNum":["LoadBalancerId"],"ResourceQuotaExceeded.LoadBalancerServersNum":["DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.N.ServerGroupId"],"ResourceQuotaExceeded.SecurityPolicyAttachedNum":["SecurityPolicyId"],"ResourceQuotaExceeded.ServerAddedNum":["DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.N.ServerGroupId"],"ResourceQuotaExceeded.ServerGroupAttachedNum":["DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.N.ServerGroupId"]} }, request, callOptions);
}

/** GetListenerAttribute: Read a listener and its status. */
export function getListenerAttribute(core: AlbCore, request: GetListenerAttributeRequest, callOptions?: CallOptions): Promise<GetListenerAttributeResponse> {
  return callAction(core, { action: 'GetListenerAttribute', validate: validateGetListenerAttribute, rules: crossFieldRulesGetListenerAttribute, send: sendGetListenerAttribute as never, clientToken: false, response: {"required":["RequestId"],"arrays":["AssociatedResources","CaCertificates","Certificates","DefaultActions","Tags"],"objects":["AclConfig","LogConfig","QuicConfig","XForwardedForConfig"]}, errorFields: {"ResourceNotFound.Listener":["ListenerId"]} }, request, callOptions);
}

/** ListAsynJobs: List asynchronous tasks (jobs). */
export function listAsynJobs(core: AlbCore, request: ListAsynJobsRequest = {}, callOptions?: CallOptions): Promise<ListAsynJobsResponse> {
  return callAction(core, { action: 'ListAsynJobs', validate: validateListAsynJobs, rules: crossFieldRulesListAsynJobs, send: sendListAsynJobs as never, clientToken: false, response: {"required":["RequestId"],"arrays":["Jobs"],"objects":[]} }, request, callOptions);
}

/** ListListeners: List listeners. */
export function listListeners(core: AlbCore, request: ListListenersRequest = {}, callOptions?: CallOptions): Promise<ListListenersResponse> {
  return callAction(core, { action: 'ListListeners', validate: validateListListeners, rules: crossFieldRulesListListeners, send: sendListListeners as never, clientToken: false, response: {"required":["RequestId"],"arrays":["Listeners"],"objects":[]}, patterns: {"Tag.N.Key":"must not start with `aliyun` or `acs:`, and must not contain `http://` or `https://`","Tag.N.Value":"must not start with `aliyun` or `acs:`, and must not contain `http://` or `https://`"} }, request, callOptions);
}

/** UpdateListenerAttribute: Change a listener's attributes. */
export function updateListenerAttribute(core: AlbCore, request: UpdateListenerAttributeRequest, callOptions?: CallOptions): Promise<UpdateListenerAttributeResponse> {
  return callAction(core, { action: 'UpdateListenerAttribute', validate: validateUpdateListenerAttribute, rules: crossFieldRulesUpdateListenerAttribute, send: sendUpdateListenerAttribute as never, clientToken: true, response: {"required":["RequestId","JobId"],"arrays":[],"objects":[]}, patterns: {"ListenerDescription":"may contain only letters, digits, Chinese and other non-Latin characters, and - / . _ , ; @ (no spaces)","XForwardedForConfig.XForwardedForClientCertClientVerifyAlias":"may contain only lower-case letters, digits, hyphens (-) and underscores (_)","XForwardedForConfig.XForwardedForClientCertFingerprintAlias":"may contain only lower-case letters, digits, hyphens (-) and underscores (_)","XForwardedForConfig.XForwardedForClientCertIssuerDNAlias":"may contain only lower-case letters, digits, hyphens (-) and underscores (_)","XForwardedForConfig.XForwardedForClientCertSubjectDNAlias":"may contain only lower-case letters, digits, hyphens (-) and underscores (_)","ClientToken":"may contain only ASCII characters"}, errorFields: {"IdempotentParameterMismatch":["ClientToken"],"IncorrectStatus.Listener":["ListenerId"],"Mismatch.VpcId":["DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.N.ServerGroupId"],"OperationDenied.CrossLoadBalancerQUICListener":["QuicConfig.QuicListenerId"],"OperationDenied.ServerGroupProtocolNotSupport":["DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.N.ServerGroupId"],"ResourceAlreadyAssociated.Listener":["QuicConfig.QuicListenerId"],"ResourceInConfiguring.Listener":["ListenerId"],"ResourceNotFound.Certificate":["Certificates.N.CertificateId","CaCertificates.N.CertificateId"],"ResourceNotFound.Listener":["ListenerId","QuicConfig.QuicListenerId"],"ResourceNotFound.SecurityPolicy":["SecurityPolicyId"],"ResourceNotFound.ServerGroup":["DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.N.ServerGroupId"],"ResourceQuotaExceeded.SecurityPolicyAttachedNum":["SecurityPolicyId"],"ResourceQuotaExceeded.ServerGroupAttachedNum":["DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.N.ServerGroupId"]} }, request, callOptions);
}

/** StopListener: Stop a running listener. */
export function stopListener(core: AlbCore, request: StopListenerRequest, callOptions?: CallOptions): Promise<StopListenerResponse> {
  return callAction(core, { action: 'StopListener', validate: validateStopListener, rules: crossFieldRulesStopListener, send: sendStopListener as never, clientToken: true, response: {"required":["RequestId","JobId"],"arrays":[],"objects":[]}, patterns: {"ClientToken":"may contain only ASCII characters"}, errorFields: {"IdempotentParameterMismatch":["ClientToken"],"IncorrectStatus.Listener":["ListenerId"],"ResourceInConfiguring.Listener":["ListenerId"],"ResourceNotFound.Listener":["ListenerId"]} }, request, callOptions);
}

/** StartListener: Start a stopped listener. */
export function startListener(core: AlbCore, request: StartListenerRequest, callOptions?: CallOptions): Promise<StartListenerResponse> {
  return callAction(core, { action: 'StartListener', validate: validateStartListener, rules: crossFieldRulesStartListener, send: sendStartListener as never, clientToken: true, response: {"required":["RequestId","JobId"],"arrays":[],"objects":[]}, patterns: {"ClientToken":"may contain only ASCII characters"}, errorFields: {"IdempotentParameterMismatch":["ClientToken"],"IncorrectStatus.Listener":["ListenerId"],"ResourceInConfiguring.Listener":["ListenerId"],"ResourceNotFound.Listener":["ListenerId"]} }, request, callOptions);
}

/** DeleteListener: Delete a listener. */
export function deleteListener(core: AlbCore, request: DeleteListenerRequest, callOptions?: CallOptions): Promise<DeleteListenerResponse> {
  return callAction(core, { action: 'DeleteListener', validate: validateDeleteListener, rules: crossFieldRulesDeleteListener, send: sendDeleteListener as never, clientToken: true, response: {"required":["RequestId","JobId"],"arrays":[],"objects":[]}, patterns: {"ClientToken":"may contain only ASCII characters"}, errorFields: {"IdempotentParameterMismatch":["ClientToken"],"IncorrectStatus.Listener":["ListenerId"],"ResourceInConfiguring.Listener":["ListenerId"],"ResourceNotFound.Listener":["ListenerId"]} }, request, callOptions);
}

/** Every action of the contract as a method: what the one-object client (createAlbClient) offers. */
export interface AlbActions {
  /** CreateListener: Create an HTTP, HTTPS or QUIC listener. */
  createListener(request: CreateListenerRequest, callOptions?: CallOptions): Promise<CreateListenerResponse>;
  /** GetListenerAttribute: Read a listener and its status. */
  getListenerAttribute(request: GetListenerAttributeRequest, callOptions?: CallOptions): Promise<GetListenerAttributeResponse>;
  /** ListAsynJobs: List asynchronous tasks (jobs). */
  listAsynJobs(request?: ListAsynJobsRequest, callOptions?: CallOptions): Promise<ListAsynJobsResponse>;
  /** ListListeners: List listeners. */
  listListeners(request?: ListListenersRequest, callOptions?: CallOptions): Promise<ListListenersResponse>;
  /** UpdateListenerAttribute: Change a listener's attributes. */
  updateListenerAttribute(request: UpdateListenerAttributeRequest, callOptions?: CallOptions): Promise<UpdateListenerAttributeResponse>;
  /** StopListener: Stop a running listener. */
  stopListener(request: StopListenerRequest, callOptions?: CallOptions): Promise<StopListenerResponse>;
  /** StartListener: Start a stopped listener. */
  startListener(request: StartListenerRequest, callOptions?: CallOptions): Promise<StartListenerResponse>;
  /** DeleteListener: Delete a listener. */
  deleteListener(request: DeleteListenerRequest, callOptions?: CallOptions): Promise<DeleteListenerResponse>;
}

/** The methods of the one-object client, over a core. */
export function actionMethods(core: AlbCore): AlbActions {
  return {
    createListener: (request, callOptions) => createListener(core, request, callOptions),
    getListenerAttribute: (request, callOptions) => getListenerAttribute(core, request, callOptions),
    listAsynJobs: (request, callOptions) => listAsynJobs(core, request, callOptions),
    listListeners: (request, callOptions) => listListeners(core, request, callOptions),
    updateListenerAttribute: (request, callOptions) => updateListenerAttribute(core, request, callOptions),
    stopListener: (request, callOptions) => stopListener(core, request, callOptions),
    startListener: (request, callOptions) => startListener(core, request, callOptions),
    deleteListener: (request, callOptions) => deleteListener(core, request, callOptions),
  };
}
