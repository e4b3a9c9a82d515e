// biome-ignore-all lint/suspicious/noExplicitAny: this module walks OpenAPI documents of any shape.
// Two versions of the contract's Alibaba extensions compared: each action's cross-field rules,
// the error catalogue (codes, statuses, whether a retry helps), and the declared waiters and
// paginators (`x-acs-waiters`, `x-acs-paginated`), whose generated functions callers use.
import { actionOperations } from '../../openapi/document.ts';
import { errorCatalogue } from '../../openapi/errors.ts';
import type { Report } from './schemas.ts';

/** One action's cross-field rules, by name, as its request schema's `allOf` holds them. */
export function compareRules(action: string, base: any, head: any, report: Report): void {
  const names = (schema: any) =>
    new Map<string, any>((schema?.allOf ?? []).map((rule: any) => [String(rule.$comment ?? '').split(':')[0], rule]));
  const before = names(base);
  const after = names(head);
  for (const [name, rule] of after) {
    if (!before.has(name)) report('cross-field-rule-added', `${action} rule ${name}`, 'a request that passed may now be refused');
    else if (JSON.stringify(before.get(name)) !== JSON.stringify(rule))
      report('cross-field-rule-changed', `${action} rule ${name}`, 'the rule now checks something else');
  }
  for (const name of before.keys())
    if (!after.has(name)) report('cross-field-rule-removed', `${action} rule ${name}`, 'requests it refused are now accepted');
}

export function compareErrors(base: any, head: any, report: Report): void {
  const before = new Map(errorCatalogue(base).map((e) => [e.code, e]));
  const after = new Map(errorCatalogue(head).map((e) => [e.code, e]));
  for (const [code, { status, retryable }] of before) {
    const now = after.get(code);
    if (!now) report('error-code-removed', `error ${code}`, `${code} (HTTP ${status}) is no longer documented`);
    else {
      if (now.status !== status) report('error-status-changed', `error ${code}`, `${code} moved from HTTP ${status} to ${now.status}`);
      if (retryable && !now.retryable) report('error-no-longer-retryable', `error ${code}`, `${code} is no longer retried`);
      if (!retryable && now.retryable) report('error-now-retryable', `error ${code}`, `${code} is now retried`);
    }
  }
  for (const [code, { status }] of after)
    if (!before.has(code)) report('error-code-added', `error ${code}`, `${code} (HTTP ${status}) is now documented`);
}

/** The declared waiters (by name) and paginators (by action). */
export function compareDeclarations(base: any, head: any, report: Report): void {
  compareNamed(waitersOf(base), waitersOf(head), 'waiter', report);
  compareNamed(paginatorsOf(base), paginatorsOf(head), 'paginator', report);
}

function waitersOf(document: any): Map<string, any> {
  return new Map(Object.entries<any>(document?.['x-acs-waiters'] ?? {}));
}

function paginatorsOf(document: any): Map<string, any> {
  return new Map(
    actionOperations(document)
      .filter(({ operation }) => operation['x-acs-paginated'] !== undefined)
      .map(({ action, operation }) => [action, operation['x-acs-paginated']]),
  );
}

function compareNamed(before: Map<string, any>, after: Map<string, any>, kind: 'waiter' | 'paginator', report: Report): void {
  // What a caller depends on: everything but the prose and the sources.
  const shape = (value: any) => JSON.stringify(value, (key, v) => (key === 'description' || key === 'x-acs-sources' ? undefined : v));
  for (const [name, declaration] of before) {
    const now = after.get(name);
    if (!now) report(`${kind}-removed`, `${kind} ${name}`, `${kind} ${name} was removed`);
    else if (shape(now) !== shape(declaration)) report(`${kind}-changed`, `${kind} ${name}`, `${kind} ${name} changed`);
  }
  for (const name of after.keys()) if (!before.has(name)) report(`${kind}-added`, `${kind} ${name}`, `${kind} ${name} was declared`);
}
