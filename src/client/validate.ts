// Client-side validation with the validator generated from the contract (Ajv standalone): every
// offending field is named by its wire name and its nested path, with the keyword it broke, the
// limit (Ajv's params: `limit`, `pattern`, `allowedValues`, ...) and a message a person can read:
// never a raw regular expression (a pattern's words come from the contract, x-acs-pattern-description).
import { pathOf } from './error-field.ts';
import { AlbValidationError, type ValidationIssue } from './errors.ts';

export interface AjvError {
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

export function assertValidRequest(
  action: string,
  validate: RequestValidator,
  rules: readonly CrossFieldRule[],
  request: unknown,
  patterns: Readonly<Record<string, string>> = {},
): void {
  if (validate(request)) return;
  throw new AlbValidationError(action, issuesOf(action, rules, validate.errors ?? [], patterns));
}

export function issuesOf(
  action: string,
  rules: readonly CrossFieldRule[],
  errors: AjvError[],
  patterns: Readonly<Record<string, string>> = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const add = (parameter: string, keyword: string, params: Record<string, unknown>, message: string, rule = keyword) => {
    const key = `${parameter} ${rule}`;
    if (seen.has(key)) return;
    issues.push({ parameter, path: pathOf(parameter), keyword, rule, params, message });
    seen.add(key);
  };
  for (const error of errors) {
    const rule = /^#\/allOf\/(\d+)\//.exec(error.schemaPath);
    if (rule) {
      const crossField = rules[Number(rule[1])];
      if (crossField) add(crossField.parameter, 'rule', { rule: crossField.name }, crossField.description, crossField.name);
      continue;
    }
    if (error.keyword === 'if') continue;
    const at = wireName(error.instancePath);
    if (error.keyword === 'required') {
      const missing = String(error.params.missingProperty);
      add(at ? `${at}.${missing}` : missing, 'required', error.params, 'is required');
    } else if (error.keyword === 'additionalProperties') {
      const extra = String(error.params.additionalProperty);
      add(at ? `${at}.${extra}` : extra, 'additionalProperties', error.params, `is not a ${action} parameter`);
    } else {
      const description = error.keyword === 'pattern' ? patterns[at.replace(/\.\d+(?=\.|$)/g, '.N')] : undefined;
      add(at, error.keyword, description ? { ...error.params, description } : error.params, readable(error, description));
    }
  }
  return issues;
}

const TYPES: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** What the keyword asks, in words, with its limit. */
function readable({ keyword, params, message }: AjvError, patternDescription: string | undefined): string {
  const limit = params.limit;
  const plural = (n: unknown, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  switch (keyword) {
    case 'minimum':
      return `must be at least ${limit}`;
    case 'maximum':
      return `must be at most ${limit}`;
    case 'exclusiveMinimum':
      return `must be greater than ${limit}`;
    case 'exclusiveMaximum':
      return `must be less than ${limit}`;
    case 'minLength':
      return `must be at least ${plural(limit, 'character')} long`;
    case 'maxLength':
      return `must be at most ${plural(limit, 'character')} long`;
    case 'minItems':
      return `must have at least ${plural(limit, 'item')}`;
    case 'maxItems':
      return `must have at most ${plural(limit, 'item')}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return `must be ${String(params.allowedValue)}`;
    case 'type':
      return `must be ${String(params.type)
        .split(',')
        .map((t) => TYPES[t] ?? t)
        .join(' or ')}`;
    case 'pattern':
      // The expression itself is no message for a person; the contract says what it allows.
      return patternDescription ?? 'is not in the expected form';
    default:
      return message ?? 'is invalid';
  }
}

/** `/DefaultActions/0/Type` → `DefaultActions.1.Type`: Alibaba's 1-based flattened name. */
function wireName(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? String(Number(segment) + 1) : segment.replace(/~1/g, '/').replace(/~0/g, '~')))
    .join('.');
}
