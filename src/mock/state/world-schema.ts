// The schema of a world file (YAML). A file that breaks it is refused with the line and the reason.
import requestSchema from '../../../generated/create-listener-request.schema.json' with { type: 'json' };

const request = requestSchema.properties;
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

export const worldSchema = {
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
          port: { type: 'integer', minimum: request.ListenerPort.minimum, maximum: request.ListenerPort.maximum },
          protocol: { enum: request.ListenerProtocol.enum },
          associatedWith: id,
        },
      },
    },
  },
} as const;

const listenerState = {
  ...worldSchema.properties.listeners.items,
  properties: {
    ...worldSchema.properties.listeners.items.properties,
    status: { enum: ['Provisioning', 'Running', 'Configuring', 'Stopped'] },
    config: { type: 'object' },
  },
} as const;

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
export const sessionStateSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['world', 'jobs', 'tokens', 'settledAt'],
  properties: {
    world: {
      ...worldSchema,
      required: [],
      properties: { ...worldSchema.properties, listeners: { type: 'array', items: listenerState } },
    },
    jobs: { type: 'array', items: job },
    tokens: { type: 'object', additionalProperties: tokenEntry },
    settledAt: { type: 'number' },
  },
} as const;

/** One journal line: an accepted write (store.ts `JournalRecord`). */
export const journalRecordSchema = {
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
          properties: { op: { const: 'create' }, listener: listenerState, job },
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
