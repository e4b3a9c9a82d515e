// Client-side validation with the validator generated from the contract (Ajv standalone): every
// offending field is named by its wire name, with the rule it broke.
import { AlbValidationError, type ValidationIssue } from './errors.ts';

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** An action's generated validator (generated/request-validator.ts). */
export type RequestValidator = ((request: unknown) => boolean) & { errors?: AjvError[] | null };
export interface CrossFieldRule {
  name: string;
  parameter: string;
  description: string;
}

export function assertValidRequest(action: string, validate: RequestValidator, rules: readonly CrossFieldRule[], request: unknown): void {
  if (validate(request)) return;
  throw new AlbValidationError(action, issuesOf(action, rules, validate.errors ?? []));
}

export function issuesOf(action: string, rules: readonly CrossFieldRule[], errors: AjvError[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const add = (issue: ValidationIssue) => {
    const key = `${issue.parameter} ${issue.rule}`;
    if (seen.has(key)) return;
    issues.push(issue);
    seen.add(key);
  };
  for (const error of errors) {
    const rule = /^#\/allOf\/(\d+)\//.exec(error.schemaPath);
    if (rule) {
      const crossField = rules[Number(rule[1])];
      if (crossField) add({ parameter: crossField.parameter, rule: crossField.name, message: crossField.description });
      continue;
    }
    if (error.keyword === 'if') continue;
    const path = wireName(error.instancePath);
    if (error.keyword === 'required') {
      const missing = String(error.params.missingProperty);
      add({ parameter: path ? `${path}.${missing}` : missing, rule: 'required', message: 'is required' });
    } else if (error.keyword === 'additionalProperties') {
      const extra = String(error.params.additionalProperty);
      add({ parameter: path ? `${path}.${extra}` : extra, rule: 'additionalProperties', message: `is not a ${action} parameter` });
    } else {
      add({ parameter: path, rule: error.keyword, message: error.message ?? 'is invalid' });
    }
  }
  return issues;
}

/** `/DefaultActions/0/Type` → `DefaultActions.1.Type`: Alibaba's 1-based flattened name. */
function wireName(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? String(Number(segment) + 1) : segment.replace(/~1/g, '/').replace(/~0/g, '~')))
    .join('.');
}
