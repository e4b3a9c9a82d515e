// Every rule of the breaking-change gate as a row of data, in the shape oasdiff keeps its rules
// (checker/rules.go): an id, a level, the direction of the data it concerns, and what it means.
// The comparisons (schemas.ts, operations.ts, extensions.ts) only say which rule a change hits;
// its level comes from here, and the changelog and the tests read the same rows.

export type Level = 'breaking' | 'warning' | 'info';
/** Which way the data the rule concerns flows: a narrower request breaks, a wider response does. */
export type RuleDirection = 'request' | 'response' | 'operation' | 'contract';

export interface Rule {
  id: string;
  level: Level;
  direction: RuleDirection;
  description: string;
}

export const RULES = [
  // Requests: what a client may send. Accepting less breaks a request that worked.
  {
    id: 'limit-narrowed',
    level: 'breaking',
    direction: 'request',
    description: 'A request limit, pattern, format, const or closed object now refuses values it accepted.',
  },
  { id: 'limit-widened', level: 'info', direction: 'request', description: 'A request limit now accepts more.' },
  { id: 'request-type-changed', level: 'breaking', direction: 'request', description: 'A request field now takes another type.' },
  { id: 'request-type-widened', level: 'info', direction: 'request', description: 'A request field now takes more types.' },
  { id: 'enum-value-removed', level: 'breaking', direction: 'request', description: 'A request field no longer accepts an enum value.' },
  { id: 'request-enum-value-added', level: 'info', direction: 'request', description: 'A request field accepts a new enum value.' },
  { id: 'request-field-made-required', level: 'breaking', direction: 'request', description: 'A request field must now be sent.' },
  { id: 'request-field-made-optional', level: 'info', direction: 'request', description: 'A request field may now be left out.' },
  {
    id: 'request-field-removed',
    level: 'breaking',
    direction: 'request',
    description: 'A request field (a business parameter) was removed or renamed.',
  },
  { id: 'request-field-added', level: 'info', direction: 'request', description: 'An optional request field was added.' },
  // Responses: what a client may receive. Holding more breaks a client that never expected it.
  { id: 'response-widened', level: 'breaking', direction: 'response', description: 'A response field may now hold values it never held.' },
  { id: 'response-narrowed', level: 'info', direction: 'response', description: 'A response field now holds fewer values.' },
  { id: 'response-type-changed', level: 'breaking', direction: 'response', description: 'A response field may now be of another type.' },
  { id: 'response-type-narrowed', level: 'info', direction: 'response', description: 'A response field now has fewer types.' },
  {
    id: 'response-enum-value-added',
    level: 'warning',
    direction: 'response',
    description: 'A response field may hold a new enum value (a client that switches on it needs a default).',
  },
  {
    id: 'response-enum-value-removed',
    level: 'info',
    direction: 'response',
    description: 'A response field no longer holds an enum value.',
  },
  { id: 'response-field-no-longer-required', level: 'breaking', direction: 'response', description: 'A response field may now be absent.' },
  { id: 'response-field-removed', level: 'breaking', direction: 'response', description: 'A response field was removed.' },
  { id: 'response-field-added', level: 'info', direction: 'response', description: 'A response field was added.' },
  // Either direction: a keyword the rules above do not direct.
  {
    id: 'schema-keyword-changed',
    level: 'warning',
    direction: 'contract',
    description: 'Another schema keyword changed (allOf, oneOf, not, if/then, ...): read the change.',
  },
  { id: 'schema-removed', level: 'breaking', direction: 'contract', description: 'A component schema was removed.' },
  { id: 'schema-added', level: 'info', direction: 'contract', description: 'A component schema was added.' },
  // Operations: the actions, how their parameters travel, what they answer.
  { id: 'operation-removed', level: 'breaking', direction: 'operation', description: 'An action was removed.' },
  { id: 'operation-added', level: 'info', direction: 'operation', description: 'An action was added.' },
  { id: 'operation-path-changed', level: 'breaking', direction: 'operation', description: 'An action moved to another wire path.' },
  {
    id: 'operation-path-key-changed',
    level: 'info',
    direction: 'operation',
    description: "An action's path key changed; the request on the wire is the same.",
  },
  {
    id: 'operationId-renamed',
    level: 'breaking',
    direction: 'operation',
    description: "An operation's operationId changed (generated names follow it).",
  },
  {
    id: 'parameter-removed',
    level: 'breaking',
    direction: 'request',
    description: 'A signature, protocol or header parameter was removed.',
  },
  {
    id: 'parameter-added',
    level: 'info',
    direction: 'request',
    description: 'An optional signature, protocol or header parameter was added.',
  },
  {
    id: 'parameter-added-required',
    level: 'breaking',
    direction: 'request',
    description: 'A required signature, protocol or header parameter was added.',
  },
  {
    id: 'parameter-made-required',
    level: 'breaking',
    direction: 'request',
    description: 'A signature, protocol or header parameter must now be sent.',
  },
  {
    id: 'parameter-encoding-changed',
    level: 'breaking',
    direction: 'request',
    description: 'A parameter travels differently (in, style, explode, x-acs-style).',
  },
  { id: 'response-status-removed', level: 'breaking', direction: 'response', description: 'An HTTP status is no longer documented.' },
  { id: 'response-status-added', level: 'info', direction: 'response', description: 'An HTTP status is now documented.' },
  { id: 'response-media-type-removed', level: 'breaking', direction: 'response', description: 'A media type is no longer answered.' },
  { id: 'response-media-type-added', level: 'info', direction: 'response', description: 'A media type may now be answered.' },
  { id: 'response-header-removed', level: 'warning', direction: 'response', description: 'A response header is no longer documented.' },
  { id: 'security-scheme-removed', level: 'breaking', direction: 'operation', description: 'A security scheme was removed.' },
  { id: 'security-scheme-changed', level: 'breaking', direction: 'operation', description: 'A security scheme changed how it signs.' },
  { id: 'security-scheme-added', level: 'info', direction: 'operation', description: 'A security scheme was added.' },
  {
    id: 'security-requirement-removed',
    level: 'breaking',
    direction: 'operation',
    description: 'An action no longer accepts a way of signing.',
  },
  { id: 'security-requirement-added', level: 'info', direction: 'operation', description: 'An action accepts another way of signing.' },
  // The Alibaba extensions: cross-field rules, the error catalogue, waiters and paginators.
  {
    id: 'cross-field-rule-added',
    level: 'breaking',
    direction: 'request',
    description: 'A cross-field rule was added: a request that passed may be refused.',
  },
  { id: 'cross-field-rule-changed', level: 'warning', direction: 'request', description: 'A cross-field rule now checks something else.' },
  {
    id: 'cross-field-rule-removed',
    level: 'info',
    direction: 'request',
    description: 'A cross-field rule was removed: requests it refused are accepted.',
  },
  { id: 'error-code-removed', level: 'breaking', direction: 'response', description: 'An error code is no longer documented.' },
  { id: 'error-status-changed', level: 'breaking', direction: 'response', description: 'An error code moved to another HTTP status.' },
  { id: 'error-no-longer-retryable', level: 'warning', direction: 'response', description: 'An error code is no longer retried.' },
  { id: 'error-now-retryable', level: 'info', direction: 'response', description: 'An error code is now retried.' },
  { id: 'error-code-added', level: 'info', direction: 'response', description: 'An error code is now documented.' },
  {
    id: 'waiter-removed',
    level: 'breaking',
    direction: 'contract',
    description: 'A declared waiter was removed (its generated function goes).',
  },
  { id: 'waiter-changed', level: 'warning', direction: 'contract', description: "A waiter's acceptors, operation or delays changed." },
  { id: 'waiter-added', level: 'info', direction: 'contract', description: 'A waiter was declared.' },
  {
    id: 'paginator-removed',
    level: 'breaking',
    direction: 'contract',
    description: 'A declared paginator was removed (its generated function goes).',
  },
  { id: 'paginator-changed', level: 'warning', direction: 'contract', description: "A paginator's tokens, items or page size changed." },
  { id: 'paginator-added', level: 'info', direction: 'contract', description: 'A paginator was declared.' },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleOf(id: RuleId): Rule {
  return BY_ID.get(id)!;
}

export const LEVELS: Level[] = ['info', 'warning', 'breaking'];
