// Client-side validation, readable by a form (issue 26): for every action and every field with a
// limit in the constraints module, a value just past it is an issue naming the field (wire name
// and path), its keyword, the limit in params, and a message in words: a pattern's is the
// contract's description of it, never the expression.
import { describe, expect, it } from 'vitest';
import { constraints, type FieldConstraint } from '../../generated/constraints.ts';
import { AlbValidationError, createAlbClient } from '../../src/index.ts';
import { exampleRequest } from '../support/requests.ts';

const alb = createAlbClient({ endpoint: 'http://127.0.0.1:9' }) as unknown as Record<string, (r: unknown) => Promise<any>>;
const methodOf = (action: string) => alb[action[0]!.toLowerCase() + action.slice(1)]!;

/** A copy of `request` with `value` at `path` (`*` as the first item), creating what is missing. */
function withValue(request: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(request);
  let node: any = copy;
  path.forEach((segment, i) => {
    const key = segment === '*' ? 0 : segment;
    if (i === path.length - 1) node[key] = value;
    else node = node[key] ??= path[i + 1] === '*' ? [] : {};
  });
  return copy;
}

const STRINGS_TO_BREAK_A_PATTERN = ['a b', 'é', 'A', 'aliyun-x', '1'];

/** Values just past each limit a field has, with the keyword, the params and the message expected. */
function breaks(field: FieldConstraint): Array<{ value: unknown; keyword: string; params: Record<string, unknown>; message: string }> {
  const out = [];
  if (field.minimum !== undefined)
    out.push({
      value: field.minimum - 1,
      keyword: 'minimum',
      params: { limit: field.minimum },
      message: `must be at least ${field.minimum}`,
    });
  if (field.maximum !== undefined)
    out.push({
      value: field.maximum + 1,
      keyword: 'maximum',
      params: { limit: field.maximum },
      message: `must be at most ${field.maximum}`,
    });
  if (field.maxLength !== undefined)
    out.push({
      value: 'a'.repeat(field.maxLength + 1),
      keyword: 'maxLength',
      params: { limit: field.maxLength },
      message: `must be at most ${field.maxLength} characters long`,
    });
  if (field.minLength !== undefined && field.minLength > 1)
    out.push({
      value: 'a'.repeat(field.minLength - 1),
      keyword: 'minLength',
      params: { limit: field.minLength },
      message: `must be at least ${field.minLength} characters long`,
    });
  if (field.enum !== undefined && field.type === 'string')
    out.push({
      value: 'NotAValue',
      keyword: 'enum',
      params: { allowedValues: field.enum },
      message: `must be one of ${field.enum.join(', ')}`,
    });
  if (field.pattern !== undefined) {
    const pattern = new RegExp(field.pattern, 'u');
    const value = STRINGS_TO_BREAK_A_PATTERN.find((s) => !pattern.test(s) && s.length >= (field.minLength ?? 0));
    if (value === undefined) throw new Error(`no test value breaks ${field.wireName}'s pattern`);
    out.push({
      value,
      keyword: 'pattern',
      params: { pattern: field.pattern, description: field.patternDescription },
      message: field.patternDescription!,
    });
  }
  return out;
}

const cases = Object.entries(constraints).flatMap(([action, fields]) =>
  Object.values(fields as Record<string, FieldConstraint>).flatMap((field) =>
    breaks(field).map((b) => ({ action, field, ...b, name: `${action} ${field.wireName} ${b.keyword}` })),
  ),
);

describe('validation issues for every field with a limit, in every action', () => {
  it('covers every action that has a limited field, and each kind of limit', () => {
    // Every action but GetListenerAttribute, whose one field has no limit.
    expect(new Set(cases.map((c) => c.action))).toEqual(new Set(Object.keys(constraints).filter((a) => a !== 'GetListenerAttribute')));
    expect(new Set(cases.map((c) => c.keyword))).toEqual(new Set(['minimum', 'maximum', 'maxLength', 'minLength', 'enum', 'pattern']));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const error = await methodOf(c.action)(withValue(exampleRequest(c.action), c.field.path, c.value)).catch((e) => e as any);
    expect(error).toBeInstanceOf(AlbValidationError);
    const parameter = c.field.wireName.replace(/\.N(?=\.|$)/g, '.1');
    const issue = (error as AlbValidationError).issues.find((i) => i.parameter === parameter && i.keyword === c.keyword);
    expect(issue, JSON.stringify(error.issues)).toBeDefined();
    expect(issue!.path).toEqual(c.field.path.map((s) => (s === '*' ? 0 : s)));
    expect(issue!.params).toMatchObject(c.params);
    expect(issue!.message).toBe(c.message);
    // No regular expression reaches a person.
    expect(error.message).not.toContain('must match pattern');
  });

  it('a missing field and a cross-field rule are issues too, with their path', async () => {
    const missing = await methodOf('GetListenerAttribute')({}).catch((e) => e as any);
    expect(missing.issues).toEqual([
      {
        parameter: 'ListenerId',
        path: ['ListenerId'],
        keyword: 'required',
        rule: 'required',
        params: { missingProperty: 'ListenerId' },
        message: 'is required',
      },
    ]);
    const https = await methodOf('CreateListener')({ ...exampleRequest('CreateListener'), ListenerProtocol: 'HTTPS' }).catch(
      (e) => e as any,
    );
    expect(https.issues).toEqual([
      expect.objectContaining({
        parameter: 'Certificates.1.CertificateId',
        path: ['Certificates', 0, 'CertificateId'],
        keyword: 'rule',
        rule: 'HttpsListenerNeedsCertificate',
        params: { rule: 'HttpsListenerNeedsCertificate' },
      }),
    ]);
  });
});
