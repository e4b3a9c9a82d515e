// biome-ignore-all lint/suspicious/noExplicitAny: this module walks OpenAPI documents of any shape.
// Every change between two versions of the contract, each with the level of the rule it hits
// (breaking/rules.ts: the rules as data, as oasdiff keeps them), over every action:
//   - each action's request schema, derived from the bundle (src/openapi/request-schema.ts): a
//     request that accepts less is breaking, one that accepts more is info (breaking/schemas.ts);
//   - the schemas responses use: one that may hold more is breaking (a new enum value a warning);
//   - the operations: removing or renaming an action, how parameters travel, documented statuses,
//     media types and headers, signing (breaking/operations.ts);
//   - the extensions: cross-field rules, the error catalogue, waiters and paginators
//     (breaking/extensions.ts).
// Each change is reported once: a business parameter through its action's request schema, the
// parameters a client fills in (signature, protocol) through the operation.
import { actionOperations, followRef, inlineRefs } from '../openapi/document.ts';
import { deriveRequestSchema } from '../openapi/request-schema.ts';
import { compareDeclarations, compareErrors, compareRules } from './breaking/extensions.ts';
import { compareOperations, compareSecurity } from './breaking/operations.ts';
import { LEVELS, type Level, type RuleId, ruleOf } from './breaking/rules.ts';
import { compareSchema, type Report } from './breaking/schemas.ts';

export { LEVELS, type Level, RULES, type Rule, type RuleId } from './breaking/rules.ts';

/** A version of the contract: its bundle (generated/openapi.json). */
export interface ContractVersion {
  bundle: any;
}

export interface Change {
  level: Level;
  rule: RuleId;
  path: string;
  detail: string;
}

/** The breaking changes only (what the gate fails on by default). */
export function findBreakingChanges(base: ContractVersion, head: ContractVersion): Change[] {
  return findChanges(base, head).filter((c) => c.level === 'breaking');
}

export function findChanges(base: ContractVersion, head: ContractVersion): Change[] {
  const changes: Change[] = [];
  const report: Report = (rule, path, detail) => changes.push({ level: ruleOf(rule).level, rule, path, detail });

  compareOperations(base.bundle, head.bundle, report);
  const after = new Set(actionOperations(head.bundle).map(({ action }) => action));
  for (const { action } of actionOperations(base.bundle)) {
    // A removed action is reported by compareOperations; its fields are not reported again.
    if (!after.has(action)) continue;
    const before = deriveRequestSchema(base.bundle, action);
    const now = deriveRequestSchema(head.bundle, action);
    compareSchema(before, now, `${action} request`, 'request', report, new Set(['allOf']));
    compareRules(action, before, now, report);
  }

  const baseSchemas = base.bundle.components?.schemas ?? {};
  const headSchemas = head.bundle.components?.schemas ?? {};
  const inResponses = responseSchemaNames(base.bundle);
  for (const name of Object.keys(baseSchemas)) {
    if (!(name in headSchemas)) {
      report('schema-removed', `#/components/schemas/${name}`, `schema ${name} was removed`);
      continue;
    }
    // Request-only schemas (Tag, ...) are compared through the request schemas.
    if (inResponses.has(name))
      compareSchema(
        inlineRefs(base.bundle, baseSchemas[name], { dangling: 'empty' }),
        inlineRefs(head.bundle, headSchemas[name], { dangling: 'empty' }),
        `response ${name}`,
        'response',
        report,
      );
  }
  for (const name of Object.keys(headSchemas))
    if (!(name in baseSchemas)) report('schema-added', `#/components/schemas/${name}`, `schema ${name} was added`);

  compareErrors(base.bundle, head.bundle, report);
  compareDeclarations(base.bundle, head.bundle, report);
  compareSecurity(base.bundle, head.bundle, report);
  return changes;
}

/** Names of the component schemas a response body or header uses, directly or through others. */
function responseSchemaNames(bundle: any): Set<string> {
  const names = new Set<string>();
  const visit = (node: any): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const match = typeof node.$ref === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(node.$ref) : null;
    if (match && !names.has(match[1]!)) {
      names.add(match[1]!);
      visit(bundle.components?.schemas?.[match[1]!]);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'examples' && key !== 'example') visit(value);
  };
  for (const { operation } of actionOperations(bundle))
    for (const response of Object.values<any>((operation as any).responses ?? {})) visit(followRef(bundle, response));
  return names;
}

/** A readable changelog of every change, grouped by level: what CI prints. */
export function changelogMarkdown(changes: Change[], title: string): string {
  const sections = [...LEVELS].reverse().map((level) => {
    const rows = changes.filter((c) => c.level === level);
    if (rows.length === 0) return '';
    return [`### ${level} (${rows.length})`, '', ...rows.map((c) => `- \`${c.rule}\` ${c.path}: ${c.detail}`)].join('\n');
  });
  return [`## ${title}`, '', changes.length === 0 ? 'No changes.' : sections.filter(Boolean).join('\n\n'), ''].join('\n');
}
