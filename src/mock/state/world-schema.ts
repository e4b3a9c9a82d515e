// biome-ignore-all lint/suspicious/noExplicitAny: the wire form is read as untyped JSON.
// The schemas of the stateful mock's files: a world file (YAML; a file that breaks it is refused
// with the line and the reason), the faults, and a state file's sessions and journal records. A
// listener's port and protocol take the values CreateListener accepts: the build passes them in
// from the wire form it compiles these schemas beside (scripts/lib/mock-validators.ts), so this
// module reads no generated file and no build step can bake in a stale limit.
import { actionOperation } from '../../openapi/document.ts';

/** What a listener's port and protocol may be: CreateListener's limits. */
export interface ListenerLimits {
  port: { minimum: number; maximum: number };
  protocols: string[];
}

/** CreateListener's `ListenerPort` limits and `ListenerProtocol` values, from a wire form (or the bundle). */
export function listenerLimitsOf(document: any): ListenerLimits {
  const parameters: any[] = actionOperation(document, 'CreateListener').parameters as any[];
  const schema = (name: string) => parameters.find((p) => p.name === name && p.in === 'query')?.schema ?? {};
  const port = schema('ListenerPort');
  return { port: { minimum: port.minimum, maximum: port.maximum }, protocols: schema('ListenerProtocol').enum };
}
const id = { type: 'string', minLength: 1 };
const count = { type: 'integer', minimum: 0 };

/** The longest delay a fault may add (10 minutes): a timer takes no more than 2^31-1 ms, and a test no more than this. */
export const MAX_FAULT_MS = 600_000;
const delay = { type: 'integer', minimum: 0, maximum: MAX_FAULT_MS };

/** Faults (../faults.ts), as a world file's `faults:`, the flags, startMock, albHandlers and setFaults give them. */
export const faultsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    seed: { type: 'integer', minimum: 0, maximum: 4294967295 },
    latencyMs: { oneOf: [delay, { type: 'array', prefixItems: [delay, delay], minItems: 2, maxItems: 2 }] },
    throttle: {
      type: 'object',
      additionalProperties: false,
      required: ['ratePerSecond'],
      properties: {
        ratePerSecond: { type: 'number', exclusiveMinimum: 0, maximum: 1_000_000 },
        burst: { type: 'integer', minimum: 1, maximum: 1_000_000 },
        perAccessKey: { type: 'boolean' },
        signal: { enum: ['x-acs-retry-after', 'x-ratelimit', 'retry-after-only'] },
      },
    },
    configuringMs: delay,
    failJobs: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code'],
        properties: {
          loadBalancerId: id,
          fraction: { type: 'number', minimum: 0, maximum: 1 },
          // An error code as the service writes them: `InternalError`, `QuotaExceeded.Listener`.
          code: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*([.-][A-Za-z0-9]+)*$', maxLength: 128 },
          message: { type: 'string', maxLength: 1024 },
        },
      },
    },
  },
} as const;

/** A world file. */
export function worldSchema(limits: ListenerLimits) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    required: ['loadBalancers'],
    properties: {
      limits: {
        type: 'object',
        additionalProperties: false,
        properties: { serverGroupAttachedQuota: count, securityPolicyAttachedQuota: count, serverAddedQuota: count },
      },
      loadBalancers: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'vpcId'],
          properties: {
            id: { type: 'string', pattern: '^alb-[a-z0-9]+$' },
            vpcId: id,
            edition: { enum: ['Basic', 'Standard', 'StandardWithWaf'] },
            status: { enum: ['Active', 'Provisioning', 'Configuring', 'Inactive', 'CreateFailed'] },
            businessStatus: { enum: ['Normal', 'Abnormal'] },
            listenerQuota: count,
            servers: count,
            serversQuota: count,
          },
        },
      },
      serverGroups: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'vpcId', 'protocol'],
          properties: {
            id,
            vpcId: id,
            protocol: { enum: ['HTTP', 'HTTPS', 'gRPC'] },
            servers: count,
            attachedCount: count,
            maxServerMemberships: count,
          },
        },
      },
      certificates: { type: 'array', items: id },
      caCertificates: { type: 'array', items: id },
      securityPolicies: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id'],
          properties: { id, system: { type: 'boolean' }, attachedCount: count },
        },
      },
      faults: faultsSchema,
      listeners: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'loadBalancerId', 'port', 'protocol'],
          properties: {
            id: { type: 'string', pattern: '^lsn-[a-z0-9]+$' },
            loadBalancerId: id,
            // A listener's port and protocol take the values CreateListener accepts (from the spec).
            port: { type: 'integer', minimum: limits.port.minimum, maximum: limits.port.maximum },
            protocol: { enum: limits.protocols },
            associatedWith: id,
          },
        },
      },
    },
  } as const;
}

function listenerState(limits: ListenerLimits) {
  const world = worldSchema(limits);
  return {
    ...world.properties.listeners.items,
    properties: {
      ...world.properties.listeners.items.properties,
      status: { enum: ['Provisioning', 'Running', 'Configuring', 'Stopped'] },
      config: { type: 'object' },
    },
  } as const;
}

const job = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'apiName', 'operateType', 'resourceId', 'resourceType', 'createdAt', 'endsAt'],
  properties: {
    id,
    apiName: id,
    operateType: { enum: ['Create', 'Update', 'Delete'] },
    resourceId: id,
    resourceType: { const: 'listener' },
    createdAt: { type: 'number' },
    endsAt: { type: 'number' },
    failure: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'message'],
      properties: { code: id, message: { type: 'string' } },
    },
    change: {
      type: 'object',
      additionalProperties: false,
      required: ['before', 'write'],
      properties: {
        before: { enum: ['Provisioning', 'Running', 'Configuring', 'Stopped'] },
        write: { enum: ['update', 'start', 'stop', 'delete'] },
        attributes: { type: 'object' },
      },
    },
  },
} as const;

const tokenEntry = {
  type: 'object',
  additionalProperties: false,
  required: ['hash', 'body'],
  properties: { hash: { type: 'string' }, body: { type: 'object' } },
} as const;

/**
 * A session as a state file holds it: the world file's shape (with what the mock records on the
 * listeners it created), the session's jobs and ClientTokens. A state file that breaks it is
 * refused, never loaded half-right.
 */
export function sessionStateSchema(limits: ListenerLimits) {
  const world = worldSchema(limits);
  return {
    type: 'object',
    additionalProperties: false,
    required: ['world', 'jobs', 'tokens', 'settledAt'],
    properties: {
      world: {
        ...world,
        required: [],
        properties: { ...world.properties, listeners: { type: 'array', items: listenerState(limits) } },
      },
      jobs: { type: 'array', items: job },
      tokens: { type: 'object', additionalProperties: tokenEntry },
      settledAt: { type: 'number' },
    },
  } as const;
}

/** One journal line: an accepted write (store.ts `JournalRecord`). */
export function journalRecordSchema(limits: ListenerLimits) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    required: ['seq', 'at', 'session', 'change'],
    properties: {
      seq: { type: 'integer', minimum: 1 },
      at: { type: 'number' },
      session: id,
      change: {
        type: 'object',
        required: ['op'],
        oneOf: [
          {
            additionalProperties: false,
            required: ['op', 'listener', 'job'],
            properties: { op: { const: 'create' }, listener: listenerState(limits), job },
          },
          {
            additionalProperties: false,
            required: ['op', 'job'],
            properties: { op: { const: 'change' }, job: { ...job, required: [...job.required, 'change'] } },
          },
        ],
      },
      token: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'entry'],
        properties: { key: id, entry: tokenEntry },
      },
    },
  } as const;
}
