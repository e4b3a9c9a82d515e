// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// The stateful mock's world: load balancers, server groups, certificates, security policies and
// listeners. Loaded from YAML and checked against world-schema.ts; a bad file is refused with the
// line and the reason, never half-loaded.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { createAjv } from '../../wire/query-validator.ts';
import { assetUrl } from '../../assets.ts';
import { worldSchema } from './world-schema.ts';

export interface LoadBalancer {
  id: string;
  vpcId: string;
  edition: 'Basic' | 'Standard' | 'StandardWithWaf';
  status: 'Active' | 'Provisioning' | 'Configuring' | 'Inactive' | 'CreateFailed';
  businessStatus: 'Normal' | 'Abnormal';
  listenerQuota: number;
  servers: number;
  serversQuota: number;
}

export interface ServerGroup {
  id: string;
  vpcId: string;
  protocol: 'HTTP' | 'HTTPS' | 'gRPC';
  servers: number;
  attachedCount: number;
  /** The most server groups any of its servers belongs to (for ServerAddedNum). */
  maxServerMemberships: number;
}

export interface SecurityPolicy {
  id: string;
  system: boolean;
  attachedCount: number;
}

export interface Listener {
  id: string;
  loadBalancerId: string;
  port: number;
  protocol: 'HTTP' | 'HTTPS' | 'QUIC';
  associatedWith?: string;
  /** Set for listeners the mock created. */
  jobId?: string;
  createdAt?: number;
  clientToken?: string;
  /** A fingerprint of the creating request's parameters, for ClientToken idempotency. */
  requestHash?: string;
}

export interface World {
  limits: { serverGroupAttachedQuota: number; securityPolicyAttachedQuota: number; serverAddedQuota: number };
  loadBalancers: LoadBalancer[];
  serverGroups: ServerGroup[];
  certificates: string[];
  caCertificates: string[];
  securityPolicies: SecurityPolicy[];
  listeners: Listener[];
}

export class WorldFileError extends Error {}

export const DEFAULT_WORLD = assetUrl('src/mock/state/default-world.yaml');

const validateWorld = createAjv().compile(worldSchema);

export function loadWorldFile(path: string | URL): World {
  const text = readFileSync(path, 'utf8');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const where = (node: Node | null | undefined) => {
    const offset = node?.range?.[0];
    return offset === undefined ? '' : ` (line ${lineCounter.linePos(offset).line})`;
  };
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new WorldFileError(`${String(path)}: line ${error.linePos?.[0]?.line ?? '?'}: ${error.message.split('\n')[0]}`);
  }
  const data = document.toJS();
  if (!validateWorld(data)) {
    const error = validateWorld.errors![0]!;
    const keys = error.instancePath.split('/').slice(1);
    let node: unknown = document.contents;
    for (const key of keys)
      node =
        isMap(node) || isSeq(node)
          ? (node as { get(k: unknown, keep: boolean): unknown }).get(isSeq(node) ? Number(key) : key, true)
          : undefined;
    const detail = error.keyword === 'additionalProperties' ? `unknown field "${error.params.additionalProperty}"` : error.message;
    throw new WorldFileError(`${String(path)}${where(node as Node)}: ${error.instancePath || 'the file'} ${detail}`);
  }
  return normalize(data);
}

export function normalize(data: any): World {
  const ids = new Set<string>();
  const unique = (id: string) => {
    if (ids.has(id)) throw new WorldFileError(`the world names ${id} twice`);
    ids.add(id);
  };
  const world: World = {
    limits: { serverGroupAttachedQuota: 50, securityPolicyAttachedQuota: 50, serverAddedQuota: 20, ...data.limits },
    loadBalancers: (data.loadBalancers ?? []).map((lb: any) => ({
      edition: 'Standard',
      status: 'Active',
      businessStatus: 'Normal',
      listenerQuota: 50,
      servers: 0,
      serversQuota: 1000,
      ...lb,
    })),
    serverGroups: (data.serverGroups ?? []).map((sg: any) => ({ servers: 0, attachedCount: 0, maxServerMemberships: 1, ...sg })),
    certificates: data.certificates ?? [],
    caCertificates: data.caCertificates ?? [],
    securityPolicies: (data.securityPolicies ?? []).map((p: any) => ({ system: false, attachedCount: 0, ...p })),
    listeners: data.listeners ?? [],
  };
  for (const item of [...world.loadBalancers, ...world.serverGroups, ...world.securityPolicies, ...world.listeners]) unique(item.id);
  for (const listener of world.listeners)
    if (!world.loadBalancers.some((lb) => lb.id === listener.loadBalancerId))
      throw new WorldFileError(`listener ${listener.id} names an unknown load balancer ${listener.loadBalancerId}`);
  return world;
}
