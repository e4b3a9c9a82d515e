// The request every client-benchmark contender sends: a full HTTPS listener with nested arrays.
import type { CreateListenerRequest } from '../../src/index.ts';

export const benchCredentials = { accessKeyId: 'benchid', accessKeySecret: 'bench-secret' };

export const benchRequest: CreateListenerRequest = {
  LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w',
  ClientToken: '123e4567-e89b-12d3-a456-426655440000',
  ListenerProtocol: 'HTTPS',
  ListenerPort: 443,
  ListenerDescription: 'bench',
  Certificates: [{ CertificateId: '103705-cn-hangzhou' }],
  DefaultActions: [
    { Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-1' }, { ServerGroupId: 'sgp-2' }] } },
  ],
  XForwardedForConfig: { XForwardedForEnabled: true, XForwardedForProtoEnabled: true },
  Tag: [{ Key: 'env', Value: 'bench' }],
};
