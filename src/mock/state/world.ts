// biome-ignore-all lint/suspicious/noExplicitAny: this module walks JSON documents of any shape (OpenAPI, JSON Schema, parsed state), and what it returns is as untyped as what it reads.
// The stateful mock's world: load balancers, server groups, certificates, security policies and
// listeners, checked against world-schema.ts (compiled at build time); a bad world is refused with
// the reason, never half-loaded. No file access here (the browser's MSW handlers use it too):
// world-file.ts reads a YAML file and points at the line.
import { validateWorld as compiledWorldValidator } from '../../../generated/mock-validators.ts';
import type { SchemaValidator } from '../../wire/query-validator.ts';
import type { FaultConfig } from '../faults.ts';

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

/** What GetListenerAttribute reports of a listener's status (the SDK's four values). */
export type ListenerStatus = 'Provisioning' | 'Running' | 'Configuring' | 'Stopped';

export interface Listener {
  id: string;
  loadBalancerId: string;
  port: number;
  protocol: 'HTTP' | 'HTTPS' | 'QUIC';
  /** Running for the world file's listeners; the mock's move through their jobs. */
  status?: ListenerStatus;
  associatedWith?: string;
  /** What CreateListener was sent (nested, without ClientToken and DryRun): GetListenerAttribute's answer. */
  config?: Record<string, unknown>;
}

export interface World {
  limits: { serverGroupAttachedQuota: number; securityPolicyAttachedQuota: number; serverAddedQuota: number };
  loadBalancers: LoadBalancer[];
  serverGroups: ServerGroup[];
  certificates: string[];
  caCertificates: string[];
  securityPolicies: SecurityPolicy[];
  listeners: Listener[];
  /** Faults the mock injects (../faults.ts). */
  faults?: FaultConfig;
}

export class WorldFileError extends Error {}

/**
 * The most entries (load balancers, server groups, certificates, policies and listeners together)
 * a world may hold: every session starts from a copy of it and a reset makes a new one, so a world
 * is a handful of resources for tests, not a region's inventory. bench/state.bench.ts measures a
 * reset at this size.
 */
export const MAX_WORLD_ENTRIES = 20_000;

/** The world file's schema (world-schema.ts), compiled at build time. */
export const validateWorld = compiledWorldValidator as SchemaValidator & {
  errors?: Array<{ instancePath: string; keyword: string; params: Record<string, any>; message?: string }> | null;
};

/** A world given as data (parsed JSON or YAML): checked against the schema, with defaults filled in. */
export function worldFromData(data: unknown, name = 'the world'): World {
  if (!validateWorld(data)) throw new WorldFileError(`${name}: ${describeWorldError(validateWorld.errors![0]!)}`);
  return normalize(data, name);
}

export function describeWorldError(error: {
  instancePath: string;
  keyword: string;
  params: Record<string, any>;
  message?: string;
}): string {
  const detail = error.keyword === 'additionalProperties' ? `unknown field "${error.params.additionalProperty}"` : error.message;
  return `${error.instancePath || 'the file'} ${detail}`;
}

export function normalize(data: any, name = 'the world'): World {
  const entries = ['loadBalancers', 'serverGroups', 'certificates', 'caCertificates', 'securityPolicies', 'listeners'].reduce(
    (n, key) => n + (Array.isArray(data[key]) ? data[key].length : 0),
    0,
  );
  if (entries > MAX_WORLD_ENTRIES)
    throw new WorldFileError(`${name}: holds ${entries} entries; a world holds at most ${MAX_WORLD_ENTRIES}.`);
  const ids = new Set<string>();
  const unique = (id: string) => {
    if (ids.has(id)) throw new WorldFileError(`${name}: names ${id} twice`);
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
    listeners: (data.listeners ?? []).map((l: any) => ({ status: 'Running', ...l })),
    ...(data.faults ? { faults: data.faults } : {}),
  };
  for (const item of [...world.loadBalancers, ...world.serverGroups, ...world.securityPolicies, ...world.listeners]) unique(item.id);
  const loadBalancerIds = new Set(world.loadBalancers.map((lb) => lb.id));
  for (const listener of world.listeners)
    if (!loadBalancerIds.has(listener.loadBalancerId))
      throw new WorldFileError(`${name}: listener ${listener.id} names an unknown load balancer ${listener.loadBalancerId}`);
  return world;
}
