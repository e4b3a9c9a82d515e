// Every error code of the seed page is a named example under its HTTP status, in the one envelope.
import { describe, expect, it } from 'vitest';
import { deref, operation, schemaValidator } from '../support/spec.ts';
import { seedErrors } from '../support/seed.ts';

const errors = seedErrors();
const envelope = schemaValidator('ErrorEnvelope');

function examplesUnder(status: number): Record<string, any> {
  const response = deref(operation.responses[String(status)]);
  return Object.fromEntries(Object.entries<any>(response?.content?.['application/json']?.examples ?? {}).map(([k, v]) => [k, deref(v)]));
}

describe('seed error codes', () => {
  it('parses all 17 codes of the seed page', () => {
    expect(errors).toHaveLength(17);
  });

  it.each(errors.map((e) => [e.code, e.status, e] as const))(
    '%s is documented under HTTP %i with a filled-in message',
    (code, status, seed) => {
      const example = examplesUnder(status)[code];
      expect(example, `${code} under ${status}`).toBeDefined();
      expect(example.value.Code).toBe(code);
      expect(example['x-acs-http-status']).toBe(status);
      expect(envelope(example.value), JSON.stringify(envelope.errors)).toBe(true);
      // The seed's message template with its %s filled in by realistic values, not left as %s.
      const template = new RegExp(`^${seed.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%s/g, '.+')}$`);
      expect(example.value.Message).toMatch(template);
      expect(example.value.Message).not.toContain('%s');
    },
  );

  it.each([
    ['MissingParameter', 400],
    ['InvalidParameter', 400],
    ['InvalidAction.NotFound', 404],
    ['SignatureDoesNotMatch', 400],
    ['InvalidAccessKeyId.NotFound', 404],
    ['InvalidTimeStamp.Expired', 400],
    ['SignatureNonceUsed', 400],
    ['Throttling.User', 400],
    ['Forbidden.RAM', 403],
    ['DryRunOperation', 400],
    ['InternalError', 500],
    ['ServiceUnavailable', 503],
  ] as const)('documents the gateway error %s under HTTP %i', (code, status) => {
    expect(examplesUnder(status)[code]?.value.Code).toBe(code);
  });

  it('uses one envelope schema for every error response, JSON and XML', () => {
    for (const [status, ref] of Object.entries<any>(operation.responses)) {
      if (Number(status) < 400) continue;
      for (const media of Object.values<any>(deref(ref).content)) expect(media.schema.$ref).toBe('#/components/schemas/ErrorEnvelope');
    }
  });
});
