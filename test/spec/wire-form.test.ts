// The wire form validates real requests key by key: the seed page's sample and the official SDK's
// captured request pass; a request that breaks any limit the contract states does not, and the
// violation names the wire key.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { flattenRpcParams } from '../../src/client/flatten.ts';
import { compileWithAjv } from '../../src/wire/ajv.ts';
import { createWireValidator, type WireRequest } from '../../src/wire/query-validator.ts';
import { bundle, schemaValidator, unmask, wireForm } from '../support/spec.ts';
import { violationsOf } from '../../src/conformance/violations.ts';
import { seedSampleRequest, seedSampleResponses } from '../support/seed.ts';

const check = createWireValidator(wireForm.paths['/#Action=CreateListener'].post.parameters, compileWithAjv());
const wireParams: any[] = wireForm.paths['/#Action=CreateListener'].post.parameters;

const seedQuery = Object.fromEntries(Object.entries(flattenRpcParams(seedSampleRequest())).map(([k, v]) => [k, unmask(v)]));

// wire-protocol.md §1.3: what @alicloud/alb20200616@1.3.2 sent to a recorder (V3, default config).
const sdkQueryString =
  'CaCertificates.1.CertificateId=123157*******&CaEnabled=true&Certificates.1.CertificateId=103705-cn-hangzhou&Certificates.2.CertificateId=c2' +
  '&ClientToken=123e4567-e89b-12d3-a456-426655440000&DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId=sgp-8ilqs4axp6******' +
  '&DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.2.ServerGroupId=sgp-2&DefaultActions.1.Type=ForwardGroup&DryRun=true&GzipEnabled=true' +
  '&Http2Enabled=false&IdleTimeout=15&ListenerDescription=HTTPS_443%20test&ListenerPort=443&ListenerProtocol=HTTPS' +
  '&LoadBalancerId=alb-n5qw04uq8vavfe****&QuicConfig.QuicListenerId=lsn-quic&QuicConfig.QuicUpgradeEnabled=true' +
  '&RequestTimeout=60&SecurityPolicyId=tls_cipher_policy_1_0&Tag.1.Key=env&Tag.1.Value=prod' +
  '&XForwardedForConfig.XForwardedForClientCertSubjectDNAlias=a_b-1&XForwardedForConfig.XForwardedForEnabled=true' +
  '&XForwardedForConfig.XForwardedForProcessingMode=append';
const sdkHeaders = {
  host: 'alb.cn-hangzhou.aliyuncs.com',
  'x-acs-version': '2020-06-16',
  'x-acs-action': 'CreateListener',
  'x-acs-date': '2026-11-26T08:00:00Z',
  'x-acs-signature-nonce': 'a3f1c2e4b5d6978812345678901234567890abcdefabcdefabcdefabcdefabcd',
  accept: 'application/json',
  'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'x-acs-credentials-provider': 'static_ak',
  authorization: 'ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action,Signature=00',
};
const sdkQuery = Object.fromEntries([...new URLSearchParams(sdkQueryString)].map(([k, v]) => [k, unmask(v)]));

describe('the wire form accepts real requests', () => {
  it('accepts the seed page sample request, flattened as the service expects', () => {
    expect(seedQuery['DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId']).toBe('rsp-cige6j0000');
    expect(check({ query: seedQuery })).toEqual({ violations: [], unknownKeys: [], repeatedKeys: [] });
  });

  it('accepts every key of the official SDK request; only its sample description (with a space, which no source allows) breaks the character set', () => {
    const result = check({ query: sdkQuery, headers: sdkHeaders });
    expect(result.unknownKeys).toEqual([]);
    expect(result.violations.map((v) => v.parameter)).toEqual(['ListenerDescription']);
    expect(check({ query: { ...sdkQuery, ListenerDescription: 'HTTPS_443_test' }, headers: sdkHeaders })).toEqual({
      violations: [],
      unknownKeys: [],
      repeatedKeys: [],
    });
  });

  it('accepts the V1 form of the same request (common parameters in the query)', () => {
    const query = {
      Action: 'CreateListener',
      Format: 'json',
      Version: '2020-06-16',
      Timestamp: '2026-11-26T08:00:00Z',
      SignatureNonce: 'edb2b34af0af9a6d14deaf7c1a5315eb',
      ...seedQuery,
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      AccessKeyId: 'testid',
      Signature: 'OLeaidS1JvxuMvnyHOwuJ+uX5qY=',
    };
    // Signature is the V1 security scheme's own key, not a business parameter.
    expect(check({ query })).toEqual({ violations: [], unknownKeys: ['Signature'], repeatedKeys: [] });
  });

  it('reports keys the contract does not define, such as Terraform-style Tags.1.Key', () => {
    expect(check({ query: { ...seedQuery, 'Tags.1.Key': 'env' } }).unknownKeys).toEqual(['Tags.1.Key']);
  });
});

describe('the wire form rejects each broken limit, naming the wire key', () => {
  const cases = wireParams.flatMap((param) => violationsOf(param).map((c) => [param.name, c.rule, c.value, param.in] as const));

  it('derives a violation for every constrained key', () => {
    const constrained = wireParams.filter(
      (p: any) =>
        ['minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'enum'].some((k) => k in (p.schema ?? {})) ||
        ['integer', 'boolean'].includes(p.schema?.type),
    );
    expect(constrained.length).toBeGreaterThan(90);
    for (const param of constrained)
      expect(
        cases.some(([n]) => n === param.name),
        param.name,
      ).toBe(true);
    for (const name of ['ListenerPort', 'RequestTimeout', 'IdleTimeout', 'ListenerDescription', 'Tag.20.Value', 'DefaultActions.20.Type'])
      expect(
        cases.some(([n]) => n === name),
        name,
      ).toBe(true);
  });

  it.each(cases)('%s: %s (%j)', (name, _rule, value, location) => {
    const request: WireRequest =
      location === 'header' ? { query: seedQuery, headers: { [name]: value } } : { query: { ...seedQuery, [name]: value } };
    const violation = check(request).violations.find((v) => v.parameter === name.toLowerCase() || v.parameter === name);
    expect(violation?.code).toBe('InvalidParameter');
    expect(violation?.message).toContain(location === 'header' ? name.toLowerCase() : name);
  });

  it.each(wireParams.filter((p) => p.required).map((p) => p.name))('rejects a request without %s as MissingParameter', (name) => {
    const { [name]: _dropped, ...query } = seedQuery;
    expect(check({ query }).violations).toEqual([
      {
        parameter: name,
        code: 'MissingParameter',
        message: `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
      },
    ]);
  });

  it('requires the server group of a second default action once that action is sent', () => {
    const result = check({ query: { ...seedQuery, 'DefaultActions.2.Type': 'ForwardGroup' } });
    expect(result.violations.map((v) => [v.parameter, v.code])).toEqual([
      ['DefaultActions.2.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId', 'MissingParameter'],
    ]);
  });

  it('reads booleans strictly: "false" is false, anything but true/false is invalid', () => {
    expect(check({ query: { ...seedQuery, DryRun: 'false' } }).violations).toEqual([]);
    expect(check({ query: { ...seedQuery, DryRun: '0' } }).violations[0]?.parameter).toBe('DryRun');
  });
});

describe('the seed page sample responses fit the response schema', () => {
  const validate = schemaValidator('CreateListenerResponse');
  const { json, xml } = seedSampleResponses();
  const unmasked = (body: Record<string, string>) => Object.fromEntries(Object.entries(body).map(([k, v]) => [k, unmask(String(v))]));

  it('accepts the JSON sample', () => {
    expect(validate(unmasked(json)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts the XML sample, whose root is the schema xml name', () => {
    const parsed = new XMLParser({ parseTagValue: false }).parse(xml);
    expect(Object.keys(parsed)).toEqual([bundle.components.schemas.CreateListenerResponse.xml.name]);
    expect(validate(unmasked(parsed.CreateListenerResponse)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a response without RequestId or with an extra type', () => {
    expect(validate({ JobId: json.JobId, ListenerId: 'lsn-abc' })).toBe(false);
    expect(validate({ ...unmasked(json), ListenerId: 42 })).toBe(false);
  });
});
