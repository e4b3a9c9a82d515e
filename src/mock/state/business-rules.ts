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

export function checkCreate(world: WorldView, request: CreateRequest): BusinessError | undefined {
  const lb = world.loadBalancer(request.LoadBalancerId);
  if (!lb) return notFound('ResourceNotFound.LoadBalancer', request.LoadBalancerId);
  const lbError = loadBalancerStatusError(lb);
  if (lbError) return lbError;

  const groups: ServerGroup[] = [];
  for (const id of serverGroupIdsOf(request)) {
    const group = world.serverGroup(id);
    if (!group) return notFound('ResourceNotFound.ServerGroup', id);
    if (group.vpcId !== lb.vpcId) return { code: 'Mismatch.VpcId', message: `The VpcId is mismatched for ${lb.id} and ${group.id}.` };
    // gRPC backends need HTTP/2 end to end, which only HTTPS listeners offer.
    if (group.protocol === 'gRPC' && request.ListenerProtocol !== 'HTTPS')
      return {
        code: 'OperationDenied.ServerGroupProtocolNotSupport',
        message: 'The operation is not allowed because of ServerGroupProtocolNotSupport.',
      };
    groups.push(group);
  }

  if (CERTIFICATE_PROTOCOLS.has(request.ListenerProtocol)) {
    for (const cert of request.Certificates ?? [])
      if (typeof cert?.CertificateId === 'string' && !world.hasCertificate(cert.CertificateId))
        return notFound('ResourceNotFound.Certificate', cert.CertificateId);
    for (const cert of request.CaCertificates ?? [])
      if (typeof cert?.CertificateId === 'string' && !world.hasCaCertificate(cert.CertificateId))
        return notFound('ResourceNotFound.Certificate', cert.CertificateId);
  }
  const https = request.ListenerProtocol === 'HTTPS';
  const policy = https ? world.securityPolicy(securityPolicyIdOf(request)) : undefined;
  if (https && !policy) return notFound('ResourceNotFound.SecurityPolicy', securityPolicyIdOf(request));

  const quicId = https ? request.QuicConfig?.QuicListenerId : undefined;
  if (quicId !== undefined) {
    const quic = world.listener(quicId);
    if (quic?.protocol !== 'QUIC') return notFound('ResourceNotFound.Listener', quicId);
    if (quic.loadBalancerId !== lb.id)
      return {
        code: 'OperationDenied.CrossLoadBalancerQUICListener',
        message: 'The operation is not allowed because of CrossLoadBalancerQUICListener.',
      };
    if (quic.associatedWith)
      return { code: 'ResourceAlreadyAssociated.Listener', message: `The specified resource ${quic.id} is already associated.` };
  }

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
