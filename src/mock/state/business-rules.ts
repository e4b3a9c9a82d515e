// The service's business rules, checked against a session's world in the order the service is
// likely to check them: the load balancer, its state, the resources the request names, then
// conflicts and quotas. Messages follow the seed page's templates. Pure: the world is read, never
// changed. Every id the request names is looked up as sent, an empty one included (the service
// has no such resource either): an id is never skipped.
import { type CreateListenerRequest, parameterDefaults } from '../../../generated/types.ts';
import type { Listener, LoadBalancer, SecurityPolicy, ServerGroup, World } from './world.ts';

/** The nested request, as the client passes it and the mock unflattens it. */
export type CreateRequest = CreateListenerRequest;

export interface BusinessError {
  code: string;
  message: string;
}

/** What the rules read of a session's world (session.ts keeps it indexed). */
export interface WorldView {
  readonly limits: World['limits'];
  loadBalancer(id: string): LoadBalancer | undefined;
  serverGroup(id: string): ServerGroup | undefined;
  securityPolicy(id: string): SecurityPolicy | undefined;
  hasCertificate(id: string): boolean;
  hasCaCertificate(id: string): boolean;
  listener(id: string): Listener | undefined;
  /** The live listeners of a load balancer. */
  listenersOn(loadBalancerId: string): Iterable<Listener>;
  listenerCountOn(loadBalancerId: string): number;
}

export const notFound = (code: string, id: string): BusinessError => ({ code, message: `The specified resource ${id} is not found.` });
const quota = (code: string, name: string, resource: string, used: number, limit: number): BusinessError => ({
  code,
  message: `The quota of ${name} is exceeded for resource ${resource}, usage ${used}/${limit}.`,
});

/** The server group ids a listener's (or a request's) default actions forward to, each once. */
export function serverGroupIdsOf(config: { DefaultActions?: CreateRequest['DefaultActions'] }): string[] {
  const ids = new Set<string>();
  for (const action of config.DefaultActions ?? [])
    for (const tuple of action?.ForwardGroupConfig?.ServerGroupTuples ?? [])
      if (typeof tuple?.ServerGroupId === 'string') ids.add(tuple.ServerGroupId);
  return [...ids];
}

/** The security policy an HTTPS listener uses: the one it names, or the documented default. */
export function securityPolicyIdOf(config: { SecurityPolicyId?: string }): string {
  return config.SecurityPolicyId ?? parameterDefaults.CreateListener.SecurityPolicyId;
}

/** Listener protocols that take certificates: HTTPS, and QUIC (Alibaba's load-balancer controller sends them for both). */
const CERTIFICATE_PROTOCOLS = new Set(['HTTPS', 'QUIC']);

/** The attributes of a listener the resource checks read: what a create or an update sends. */
type ListenerAttributes = Partial<
  Pick<CreateRequest, 'DefaultActions' | 'Certificates' | 'CaCertificates' | 'SecurityPolicyId' | 'QuicConfig'>
>;

/** The server groups the attributes forward to, each there, in the load balancer's VPC and able to serve the protocol. */
function checkServerGroups(
  world: WorldView,
  lb: LoadBalancer,
  protocol: string,
  attributes: ListenerAttributes,
): BusinessError | ServerGroup[] {
  const groups: ServerGroup[] = [];
  for (const id of serverGroupIdsOf(attributes)) {
    const group = world.serverGroup(id);
    if (!group) return notFound('ResourceNotFound.ServerGroup', id);
    if (group.vpcId !== lb.vpcId) return { code: 'Mismatch.VpcId', message: `The VpcId is mismatched for ${lb.id} and ${group.id}.` };
    // gRPC backends need HTTP/2 end to end, which only HTTPS listeners offer.
    if (group.protocol === 'gRPC' && protocol !== 'HTTPS')
      return {
        code: 'OperationDenied.ServerGroupProtocolNotSupport',
        message: 'The operation is not allowed because of ServerGroupProtocolNotSupport.',
      };
    groups.push(group);
  }
  return groups;
}

/** The certificates and CA certificates the attributes name, for a protocol that takes them. */
function checkCertificates(world: WorldView, protocol: string, attributes: ListenerAttributes): BusinessError | undefined {
  if (!CERTIFICATE_PROTOCOLS.has(protocol)) return undefined;
  for (const cert of attributes.Certificates ?? [])
    if (typeof cert?.CertificateId === 'string' && !world.hasCertificate(cert.CertificateId))
      return notFound('ResourceNotFound.Certificate', cert.CertificateId);
  for (const cert of attributes.CaCertificates ?? [])
    if (typeof cert?.CertificateId === 'string' && !world.hasCaCertificate(cert.CertificateId))
      return notFound('ResourceNotFound.Certificate', cert.CertificateId);
  return undefined;
}

/** The QUIC listener an HTTPS listener is to be associated with: there, on the same load balancer, free (or already this listener's). */
function checkQuic(world: WorldView, lb: LoadBalancer, quicId: string | undefined, self?: string): BusinessError | undefined {
  if (quicId === undefined) return undefined;
  const quic = world.listener(quicId);
  if (quic?.protocol !== 'QUIC') return notFound('ResourceNotFound.Listener', quicId);
  if (quic.loadBalancerId !== lb.id)
    return {
      code: 'OperationDenied.CrossLoadBalancerQUICListener',
      message: 'The operation is not allowed because of CrossLoadBalancerQUICListener.',
    };
  if (quic.associatedWith && quic.associatedWith !== self)
    return { code: 'ResourceAlreadyAssociated.Listener', message: `The specified resource ${quic.id} is already associated.` };
  return undefined;
}

export function checkCreate(world: WorldView, request: CreateRequest): BusinessError | undefined {
  const lb = world.loadBalancer(request.LoadBalancerId);
  if (!lb) return notFound('ResourceNotFound.LoadBalancer', request.LoadBalancerId);
  const lbError = loadBalancerStatusError(lb);
  if (lbError) return lbError;

  const groups = checkServerGroups(world, lb, request.ListenerProtocol, request);
  if (!Array.isArray(groups)) return groups;
  const certificateError = checkCertificates(world, request.ListenerProtocol, request);
  if (certificateError) return certificateError;
  const https = request.ListenerProtocol === 'HTTPS';
  const policy = https ? world.securityPolicy(securityPolicyIdOf(request)) : undefined;
  if (https && !policy) return notFound('ResourceNotFound.SecurityPolicy', securityPolicyIdOf(request));
  const quicError = checkQuic(world, lb, https ? request.QuicConfig?.QuicListenerId : undefined);
  if (quicError) return quicError;

  for (const l of world.listenersOn(lb.id))
    if (l.port === request.ListenerPort && sameTransport(l, request.ListenerProtocol))
      return {
        code: 'ResourceAlreadyExist.Listener',
        message: `The specified resource ${lb.id}:${request.ListenerPort} is already exist.`,
      };
  const count = world.listenerCountOn(lb.id);
  if (count >= lb.listenerQuota)
    return quota('ResourceQuotaExceeded.LoadBalancerListenersNum', 'LoadBalancerListenersNum', lb.id, count, lb.listenerQuota);
  if (policy && !policy.system && policy.attachedCount >= world.limits.securityPolicyAttachedQuota)
    return quota(
      'ResourceQuotaExceeded.SecurityPolicyAttachedNum',
      'SecurityPolicyAttachedNum',
      policy.id,
      policy.attachedCount,
      world.limits.securityPolicyAttachedQuota,
    );
  for (const group of groups) {
    if (group.attachedCount >= world.limits.serverGroupAttachedQuota)
      return quota(
        'ResourceQuotaExceeded.ServerGroupAttachedNum',
        'ServerGroupAttachedNum',
        group.id,
        group.attachedCount,
        world.limits.serverGroupAttachedQuota,
      );
    if (group.maxServerMemberships >= world.limits.serverAddedQuota)
      return quota(
        'ResourceQuotaExceeded.ServerAddedNum',
        'ServerAddedNum',
        group.id,
        group.maxServerMemberships,
        world.limits.serverAddedQuota,
      );
  }
  const added = groups.reduce((n, g) => n + g.servers, 0);
  if (lb.servers + added > lb.serversQuota)
    return quota('ResourceQuotaExceeded.LoadBalancerServersNum', 'LoadBalancerServersNum', lb.id, lb.servers + added, lb.serversQuota);
  return undefined;
}

/** A write on an existing listener (update, start, stop, delete), as StartListener's and the others' descriptions say. */
export type ListenerWrite = 'update' | 'start' | 'stop' | 'delete';

/**
 * Whether a listener can take a write now: its load balancer can take a change, no job of its own
 * is running, and a start or stop would change its status. Each code is the one Terraform retries
 * around that call (openapi/README.md): ResourceInConfiguring.Listener for a delete during a job,
 * IncorrectStatus.Listener otherwise. An update's attributes name resources that exist and fit, as a
 * create's do. The quotas a create checks are not checked again on update.
 */
export function checkListenerWrite(
  world: WorldView,
  listener: Listener,
  write: ListenerWrite,
  attributes: ListenerAttributes = {},
): BusinessError | undefined {
  const lb = world.loadBalancer(listener.loadBalancerId);
  if (lb) {
    const lbError = loadBalancerStatusError(lb);
    if (lbError) return lbError;
  }
  const status = listener.status ?? 'Running';
  if ((status === 'Provisioning' || status === 'Configuring') && write === 'delete')
    return { code: 'ResourceInConfiguring.Listener', message: `The specified resource ${listener.id} is being configured.` };
  if (
    status === 'Provisioning' ||
    status === 'Configuring' ||
    (write === 'start' && status === 'Running') ||
    (write === 'stop' && status === 'Stopped')
  )
    return { code: 'IncorrectStatus.Listener', message: `The status of Listener [${listener.id}] is incorrect.` };
  if (write !== 'update' || !lb) return undefined;
  const groups = checkServerGroups(world, lb, listener.protocol, attributes);
  if (!Array.isArray(groups)) return groups;
  const certificateError = checkCertificates(world, listener.protocol, attributes);
  if (certificateError) return certificateError;
  if (listener.protocol === 'HTTPS' && attributes.SecurityPolicyId !== undefined && !world.securityPolicy(attributes.SecurityPolicyId))
    return notFound('ResourceNotFound.SecurityPolicy', attributes.SecurityPolicyId);
  return checkQuic(world, lb, listener.protocol === 'HTTPS' ? attributes.QuicConfig?.QuicListenerId : undefined, listener.id);
}

/** A load balancer that cannot take a change now: not Active, or its business status not Normal. */
export function loadBalancerStatusError(lb: LoadBalancer): BusinessError | undefined {
  if (lb.status !== 'Active')
    return { code: 'IncorrectStatus.LoadBalancer', message: `The status of LoadBalancer [${lb.id}] is incorrect.` };
  if (lb.businessStatus !== 'Normal')
    return { code: 'IncorrectBusinessStatus.LoadBalancer', message: `The business status of LoadBalancer [${lb.id}] is incorrect.` };
  return undefined;
}

/** QUIC runs on UDP: a QUIC listener and an HTTP(S) listener may share a port number. */
function sameTransport(listener: Listener, protocol: string): boolean {
  return (listener.protocol === 'QUIC') === (protocol === 'QUIC');
}
