// The cross-field rules are machine-readable in the spec and carried into the derived request
// schema; each one is satisfied by a fitting request and broken by the request it forbids.
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/wire/ajv.ts';
import { operation, requestSchema } from '../support/spec.ts';

const validate = createAjv().compile(requestSchema);
const rules: any[] = operation['x-acs-cross-field-rules'];

const base = {
  LoadBalancerId: 'alb-7y0kq0zi6gqgb1hb4w',
  ListenerPort: 443,
  DefaultActions: [{ Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-8ilqs4axp6bc2lfcxs' }] } }],
};
const https = { ...base, ListenerProtocol: 'HTTPS', Certificates: [{ CertificateId: '103705-cn-hangzhou' }] };

const cases: Record<string, { satisfied: object; broken: object }> = {
  HttpsListenerNeedsCertificate: {
    satisfied: https,
    broken: { ...base, ListenerProtocol: 'HTTPS' },
  },
  QuicUpgradeNeedsQuicListener: {
    satisfied: { ...https, QuicConfig: { QuicUpgradeEnabled: true, QuicListenerId: 'lsn-quic7y0kq0zi6gqgb1hb' } },
    broken: { ...https, QuicConfig: { QuicUpgradeEnabled: true } },
  },
  MutualTlsNeedsCaCertificate: {
    satisfied: { ...https, CaEnabled: true, CaCertificates: [{ CertificateId: '123157-cn-hangzhou' }] },
    broken: { ...https, CaEnabled: true },
  },
};

describe('cross-field rules', () => {
  it('every rule in the spec has a test case, and each names a code and a wire parameter', () => {
    expect(rules.map((r) => r.name).sort()).toEqual(Object.keys(cases).sort());
    for (const rule of rules) {
      expect(['MissingParameter', 'InvalidParameter']).toContain(rule.code);
      expect(rule.parameter).toMatch(/^[A-Za-z]+(\.[A-Za-z0-9]+)*$/);
    }
  });

  it.each(Object.entries(cases))('%s: a fitting request passes and the forbidden one fails on that rule', (name, { satisfied, broken }) => {
    expect(validate(satisfied), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(broken)).toBe(false);
    const rule = rules.find((r) => r.name === name);
    const index = rules.indexOf(rule);
    expect(validate.errors!.some((e) => e.schemaPath.startsWith(`#/allOf/${index}/`))).toBe(true);
  });

  it('an HTTP listener is not asked for a certificate, and HTTPS-only parameters on it are ignored, not rejected', () => {
    expect(validate({ ...base, ListenerProtocol: 'HTTP', Http2Enabled: true, SecurityPolicyId: 'tls_cipher_policy_1_0' })).toBe(true);
  });

  it('an HTTPS listener whose first certificate has no id is rejected', () => {
    expect(validate({ ...https, Certificates: [{}] })).toBe(false);
  });
});
