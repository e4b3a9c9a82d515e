// The schema of a world file (YAML). A file that breaks it is refused with the line and the reason.
import requestSchema from '../../../generated/create-listener-request.schema.json' with { type: 'json' };

const request = requestSchema.properties;
const id = { type: 'string', minLength: 1 };
const count = { type: 'integer', minimum: 0 };

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
    faults: {
      type: 'object',
      additionalProperties: false,
      properties: {
        seed: { type: 'integer' },
        latencyMs: {
          oneOf: [count, { type: 'array', prefixItems: [count, count], minItems: 2, maxItems: 2 }],
        },
        throttle: {
          type: 'object',
          additionalProperties: false,
          required: ['ratePerSecond'],
          properties: {
            ratePerSecond: { type: 'number', exclusiveMinimum: 0 },
            burst: { type: 'integer', minimum: 1 },
            perAccessKey: { type: 'boolean' },
          },
        },
        configuringMs: count,
        failJobs: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['code'],
            properties: { loadBalancerId: id, fraction: { type: 'number', minimum: 0, maximum: 1 }, code: id, message: { type: 'string' } },
          },
        },
      },
    },
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

/**
 * The world as a state file holds it: the world file's shape, plus what the mock records on the
 * listeners it created. A state file that breaks it is refused, never loaded half-right.
 */
export const stateFileSchema = {
  ...worldSchema,
  required: [],
  properties: {
    ...worldSchema.properties,
    limits: { ...worldSchema.properties.limits },
    listeners: {
      type: 'array',
      items: {
        ...worldSchema.properties.listeners.items,
        properties: {
          ...worldSchema.properties.listeners.items.properties,
          jobId: { type: 'string' },
          createdAt: { type: 'number' },
          clientToken: { type: 'string' },
          requestHash: { type: 'string' },
          config: { type: 'object' },
          jobFailure: { type: 'object' },
        },
      },
    },
  },
} as const;
