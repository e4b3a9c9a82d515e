// The service's business rules, checked against the world in the order the service is likely to
// check them: the load balancer, its state, the resources the request names, then conflicts and
// quotas. Messages follow the seed page's templates. Pure: the world is read, never changed.
import { type CreateListenerRequest, parameterDefaults } from '../../../generated/types.ts';
import type { Listener, World } from './world.ts';

/** The nested request, as the client passes it and the mock unflattens it. */
export type CreateRequest = CreateListenerRequest;

export interface BusinessError {
  code: string;
  message: string;
}

const notFound = (code: string, id: string): BusinessError => ({ code, message: `The specified resource ${id} is not found.` });
const quota = (code: string, name: string, resource: string, used: number, limit: number): BusinessError => ({
  code,
  message: `The quota of ${name} is exceeded for resource ${resource}, usage ${used}/${limit}.`,
});

/** `listenersOn`: the listeners of a load balancer (the store passes an index; the default scans). */
export function checkCreate(
  world: World,
  request: CreateRequest,
  listenersOn: (loadBalancerId: string) => readonly Listener[] = (id) => world.listeners.filter((l) => l.loadBalancerId === id),
): BusinessError | undefined {
  const lb = world.loadBalancers.find((l) => l.id === request.LoadBalancerId);
  if (!lb) return notFound('ResourceNotFound.LoadBalancer', request.LoadBalancerId);
  if (lb.status !== 'Active')
    return { code: 'IncorrectStatus.LoadBalancer', message: `The status of LoadBalancer [${lb.id}] is incorrect.` };
  if (lb.businessStatus !== 'Normal')
    return { code: 'IncorrectBusinessStatus.LoadBalancer', message: `The business status of LoadBalancer [${lb.id}] is incorrect.` };

  const groupIds = [
    ...new Set(
      (request.DefaultActions ?? [])
        .flatMap((a) => a?.ForwardGroupConfig?.ServerGroupTuples ?? [])
        .map((t) => t?.ServerGroupId)
        .filter((id): id is string => !!id),
    ),
  ];
  const groups = [];
  for (const id of groupIds) {
    const group = world.serverGroups.find((g) => g.id === id);
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

  const https = request.ListenerProtocol === 'HTTPS';
  if (https) {
    for (const cert of request.Certificates ?? [])
      if (cert?.CertificateId && !world.certificates.includes(cert.CertificateId))
        return notFound('ResourceNotFound.Certificate', cert.CertificateId);
    for (const cert of request.CaCertificates ?? [])
      if (cert?.CertificateId && !world.caCertificates.includes(cert.CertificateId))
        return notFound('ResourceNotFound.Certificate', cert.CertificateId);
  }
  const policy = https
    ? world.securityPolicies.find((p) => p.id === (request.SecurityPolicyId ?? parameterDefaults.CreateListener.SecurityPolicyId))
    : undefined;
  if (https && !policy) return notFound('ResourceNotFound.SecurityPolicy', request.SecurityPolicyId!);

  const quicId = https ? request.QuicConfig?.QuicListenerId : undefined;
  if (quicId) {
    const quic = world.listeners.find((l) => l.id === quicId && l.protocol === 'QUIC');
    if (!quic) return notFound('ResourceNotFound.Listener', quicId);
    if (quic.loadBalancerId !== lb.id)
      return {
        code: 'OperationDenied.CrossLoadBalancerQUICListener',
        message: 'The operation is not allowed because of CrossLoadBalancerQUICListener.',
      };
    if (quic.associatedWith)
      return { code: 'ResourceAlreadyAssociated.Listener', message: `The specified resource ${quic.id} is already associated.` };
  }

  const onLb = listenersOn(lb.id);
  if (onLb.some((l) => l.port === request.ListenerPort && sameTransport(l, request.ListenerProtocol)))
    return { code: 'ResourceAlreadyExist.Listener', message: `The specified resource ${lb.id}:${request.ListenerPort} is already exist.` };
  if (onLb.length >= lb.listenerQuota)
    return quota('ResourceQuotaExceeded.LoadBalancerListenersNum', 'LoadBalancerListenersNum', lb.id, onLb.length, lb.listenerQuota);
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

/** QUIC runs on UDP: a QUIC listener and an HTTP(S) listener may share a port number. */
function sameTransport(listener: Listener, protocol: string): boolean {
  return (listener.protocol === 'QUIC') === (protocol === 'QUIC');
}
