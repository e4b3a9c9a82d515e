// biome-ignore-all lint/suspicious/noExplicitAny: this module walks OpenAPI documents of any shape.
// Two versions of the contract's operations compared: each action's existence, name and wire
// path, how its parameters travel, what it answers, and how it is signed. A business parameter's
// presence and limits are compared through the action's request schema (schemas.ts), so a change
// is reported once; here are the parameters the client fills in (signature, protocol, headers)
// and how every parameter travels.
import { isBusinessParameter, isObject, followRef as resolve, inlineRefs } from '../../openapi/document.ts';
import { compareSchema, type Report } from './schemas.ts';

function operationsOf(bundle: any): Map<string, any> {
  const out = new Map<string, any>();
  for (const [path, item] of Object.entries<any>(bundle.paths ?? {}))
    for (const [method, op] of Object.entries<any>(resolve(bundle, item) ?? {}))
      if (isObject(op) && op.operationId) out.set(`${method.toUpperCase()} ${path}`, op);
  return out;
}

const ENCODING = ['in', 'style', 'explode', 'x-acs-style'];

/** What goes on the wire of a path key: an RPC action's `/#Action=<name>` is sent as `/`. */
function wirePath(key: string): string {
  return key.split('#')[0]!;
}

export function compareOperations(base: any, head: any, report: Report): void {
  const before = operationsOf(base);
  const after = operationsOf(head);
  const matched = new Set<string>();
  for (const [key, op] of before) {
    let now = after.get(key);
    if (!now) {
      // Under another path key: the same operationId moved.
      const moved = [...after].find(([k, o]) => !before.has(k) && o.operationId === op.operationId);
      if (moved) {
        const [newKey] = moved;
        now = moved[1];
        matched.add(newKey);
        if (wirePath(newKey) === wirePath(key)) report('operation-path-key-changed', key, `now ${newKey}; the same request on the wire`);
        else report('operation-path-changed', key, `${op.operationId} moved to ${newKey}`);
      }
    } else matched.add(key);
    if (!now) {
      report('operation-removed', key, `operation ${op.operationId} was removed`);
      continue;
    }
    if (now.operationId !== op.operationId) report('operationId-renamed', key, `operationId ${op.operationId} became ${now.operationId}`);
    compareParameters(base, head, key, op, now, report);
    compareResponses(base, head, key, op, now, report);
    compareRequirements(key, op.security ?? base.security, now.security ?? head.security, report);
  }
  for (const [key, op] of after) if (!matched.has(key)) report('operation-added', key, `operation ${op.operationId} was added`);
}

function compareParameters(baseDoc: any, headDoc: any, operationKey: string, op: any, now: any, report: Report): void {
  const index = (doc: any, operation: any) =>
    new Map<string, any>((operation.parameters ?? []).map((ref: any) => resolve(doc, ref)).map((p: any) => [`${p.in} ${p.name}`, p]));
  const before = index(baseDoc, op);
  const after = index(headDoc, now);
  // A business parameter (in the query, filled in by the caller) is a field of the action's
  // request schema: its presence, whether it is required and its limits are reported there, once.
  for (const [key, param] of before) {
    const current = after.get(key);
    if (!current) {
      if (!isBusinessParameter(param))
        report('parameter-removed', `${operationKey} parameter ${key}`, `${param.name} (${param.in}) was removed`);
      continue;
    }
    for (const field of ENCODING)
      if (JSON.stringify(param[field]) !== JSON.stringify(current[field]))
        report(
          'parameter-encoding-changed',
          `${operationKey} parameter ${key}`,
          `${field} ${JSON.stringify(param[field])} became ${JSON.stringify(current[field])}`,
        );
    if (isBusinessParameter(param)) continue;
    if (param.required !== true && current.required === true)
      report('parameter-made-required', `${operationKey} parameter ${key}`, `${param.name} is now required`);
    compareSchema(
      inlineRefs(baseDoc, param.schema ?? {}, { dangling: 'empty' }),
      inlineRefs(headDoc, current.schema ?? {}, { dangling: 'empty' }),
      `${operationKey} parameter ${key}`,
      'request',
      report,
    );
  }
  for (const [key, param] of after)
    if (!before.has(key) && !isBusinessParameter(param))
      report(
        param.required ? 'parameter-added-required' : 'parameter-added',
        `${operationKey} parameter ${key}`,
        `${param.name} was added`,
      );
}

function compareResponses(baseDoc: any, headDoc: any, key: string, op: any, now: any, report: Report): void {
  for (const [status, ref] of Object.entries<any>(op.responses ?? {})) {
    const response = resolve(baseDoc, ref);
    const current = now.responses?.[status] ? resolve(headDoc, now.responses[status]) : undefined;
    if (!current) {
      report('response-status-removed', `${key} ${status}`, `HTTP ${status} is no longer documented`);
      continue;
    }
    for (const type of Object.keys(response.content ?? {}))
      if (!current.content?.[type]) report('response-media-type-removed', `${key} ${status}`, `${type} is no longer answered`);
    for (const type of Object.keys(current.content ?? {}))
      if (!response.content?.[type]) report('response-media-type-added', `${key} ${status}`, `${type} may now be answered`);
    for (const header of Object.keys(response.headers ?? {}))
      if (!current.headers?.[header]) report('response-header-removed', `${key} ${status}`, `header ${header} is no longer documented`);
  }
  for (const status of Object.keys(now.responses ?? {}))
    if (!op.responses?.[status]) report('response-status-added', `${key} ${status}`, `HTTP ${status} is now documented`);
}

export function compareSecurity(base: any, head: any, report: Report): void {
  const before = base.components?.securitySchemes ?? {};
  const after = head.components?.securitySchemes ?? {};
  for (const [name, ref] of Object.entries<any>(before)) {
    const scheme = resolve(base, ref);
    const now = after[name] ? resolve(head, after[name]) : undefined;
    if (!now) {
      report('security-scheme-removed', `security ${name}`, `${name} was removed`);
      continue;
    }
    for (const field of ['type', 'in', 'name', 'scheme', 'x-acs-signature-algorithm'])
      if (JSON.stringify(scheme[field]) !== JSON.stringify(now[field]))
        report(
          'security-scheme-changed',
          `security ${name}`,
          `${field} ${JSON.stringify(scheme[field])} became ${JSON.stringify(now[field])}`,
        );
  }
  for (const name of Object.keys(after)) if (!(name in before)) report('security-scheme-added', `security ${name}`, `${name} was added`);
}

function compareRequirements(key: string, before: any[] | undefined, after: any[] | undefined, report: Report): void {
  const names = (list: any[] | undefined) => new Set((list ?? []).map((r) => Object.keys(r).sort().join('+')));
  const was = names(before);
  const is = names(after);
  for (const name of was)
    if (!is.has(name)) report('security-requirement-removed', key, `${name || 'no authentication'} is no longer accepted`);
  for (const name of is) if (!was.has(name)) report('security-requirement-added', key, `${name || 'no authentication'} is now accepted`);
}
