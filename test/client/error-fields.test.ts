// Errors by field (issue 26): AlbError.parameter and .path from every phrasing that names a
// parameter, from the code, and from the contract's x-acs-error-field (a list position resolved by
// the id the message names); serviceMessage unchanged; for every action, against the mock.
import { describe, expect, it } from 'vitest';
import { namedParameter } from '../../src/client/error-field.ts';
import { AlbError, createAlbClient } from '../../src/index.ts';
import { startMock } from '../../src/mock/server.ts';
import { useMock } from '../support/mock.ts';
import { exampleRequest, minimalRequest } from '../support/requests.ts';
import { bundle } from '../support/spec.ts';

const server = useMock();
const message = (code: string): string => bundle.components.examples[code].value.Message;

describe('the phrasings that name a parameter', () => {
  it.each([
    ['InvalidParameter', message('InvalidParameter'), 'ListenerPort', 'the gateway, as the spec documents it'],
    ['InvalidVersion', message('InvalidVersion'), 'Version', 'the gateway'],
    ['MissingParameter', message('MissingParameter'), 'LoadBalancerId', 'the gateway, as the spec documents it'],
    ['MissingLoadBalancerId', 'LoadBalancerId is mandatory for this action.', 'LoadBalancerId', 'the gateway, Missing{X}'],
    ['InvalidListenerPort', 'Whatever the text says.', 'ListenerPort', 'the gateway, Invalid{X} code'],
    [
      'InvalidParameter',
      'The parameter DefaultActions.1.Type is invalid: must be one of ForwardGroup.',
      'DefaultActions.1.Type',
      'this mock',
    ],
    ['InvalidParameter.Format', 'Specified parameter format is not valid.', undefined, 'the gateway on Format: no request field'],
    ['InvalidParameter', 'The request is not valid HTTP.', undefined, 'names nothing'],
    ['Throttling.User', message('Throttling.User'), undefined, 'names nothing'],
  ])('%s "%s" names %s (%s)', (code, text, expected, _source) => {
    expect(namedParameter(code, text)).toBe(expected);
  });
});

describe('AlbError.parameter, .path and .serviceMessage from the mock, for every action', () => {
  const alb = () => createAlbClient({ endpoint: server.url, validate: false, retry: { maxAttempts: 1 } });
  const https = {
    ...minimalRequest,
    ListenerProtocol: 'HTTPS' as const,
    Certificates: [{ CertificateId: 'cert-other' }, { CertificateId: '103705-cn-hangzhou' }],
  };
  it.each([
    ['CreateListener', 'ResourceAlreadyExist.Listener', 'ListenerPort', minimalRequest],
    ['CreateListener', 'ResourceNotFound.LoadBalancer', 'LoadBalancerId', minimalRequest],
    ['CreateListener', 'IncorrectStatus.LoadBalancer', 'LoadBalancerId', minimalRequest],
    [
      'CreateListener',
      'ResourceNotFound.ServerGroup',
      'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId',
      minimalRequest,
    ],
    // The message names the second certificate: the position is the one holding that id.
    ['CreateListener', 'ResourceNotFound.Certificate', 'Certificates.2.CertificateId', https],
    ['CreateListener', 'IdempotentParameterMismatch', 'ClientToken', { ...minimalRequest, ClientToken: 't-1' }],
    ['CreateListener', 'MissingParameter', 'LoadBalancerId', minimalRequest],
    ['CreateListener', 'Throttling.User', undefined, minimalRequest],
    ['GetListenerAttribute', 'ResourceNotFound.Listener', 'ListenerId', exampleRequest('GetListenerAttribute')],
    ['GetListenerAttribute', 'InvalidVersion', 'Version', exampleRequest('GetListenerAttribute')],
    ['ListAsynJobs', 'InvalidParameter', 'ListenerPort', exampleRequest('ListAsynJobs')],
    ['ListAsynJobs', 'Throttling.User', undefined, exampleRequest('ListAsynJobs')],
  ] as const)('%s answering the documented %s concerns %s', async (action, code, parameter, request) => {
    const method = (alb() as unknown as Record<string, (r: unknown, o: unknown) => Promise<unknown>>)[
      action[0]!.toLowerCase() + action.slice(1)
    ]!;
    const error = (await method(request, { headers: { prefer: `example=${code}` } }).catch((e) => e)) as AlbError;
    expect(error).toBeInstanceOf(AlbError);
    expect(error.code).toBe(code);
    expect(error.serviceMessage).toBe(message(code));
    expect(error.parameter).toBe(parameter);
    if (parameter === undefined) expect(error.path).toBeUndefined();
    else
      expect(error.path).toEqual(
        String(parameter)
          .split('.')
          .map((s) => (/^\d+$/.test(s) ? Number(s) - 1 : s)),
      );
    expect((error.body as { Code?: string }).Code).toBe(code);
  });

  it("the mock's own rejections: a broken limit, a missing list field, a bad page token, each under its field", async () => {
    const create = await alb()
      .createListener({ ...minimalRequest, ListenerPort: 0 })
      .catch((e) => e);
    expect([create.code, create.parameter, create.path]).toEqual(['InvalidParameter', 'ListenerPort', ['ListenerPort']]);
    const missing = await alb()
      .createListener({
        ...minimalRequest,
        DefaultActions: [{ ForwardGroupConfig: minimalRequest.DefaultActions[0]!.ForwardGroupConfig }],
      } as never)
      .catch((e) => e);
    expect([missing.code, missing.parameter, missing.path]).toEqual([
      'MissingParameter',
      'DefaultActions.1.Type',
      ['DefaultActions', 0, 'Type'],
    ]);
    const page = await alb()
      .listAsynJobs({ MaxResults: 0 })
      .catch((e) => e);
    expect([page.code, page.parameter]).toEqual(['InvalidParameter', 'MaxResults']);
  });

  it('the stateful mock: the second of two server groups is unknown, and the error sits under that tuple', async () => {
    const mock = await startMock({ port: 0, log: null, stateful: true });
    try {
      const request = {
        ...minimalRequest,
        DefaultActions: [
          {
            Type: 'ForwardGroup' as const,
            ForwardGroupConfig: {
              ServerGroupTuples: [
                { ServerGroupId: minimalRequest.DefaultActions[0]!.ForwardGroupConfig!.ServerGroupTuples[0]!.ServerGroupId },
                { ServerGroupId: 'sgp-unknown0000000001' },
              ],
            },
          },
        ],
      };
      const error = await createAlbClient({ endpoint: mock.url })
        .createListener(request)
        .catch((e) => e);
      expect(error.code).toBe('ResourceNotFound.ServerGroup');
      expect(error.path).toEqual(['DefaultActions', 0, 'ForwardGroupConfig', 'ServerGroupTuples', 1, 'ServerGroupId']);
      const taken = createAlbClient({ endpoint: mock.url });
      await taken.createListener({ ...minimalRequest, ListenerPort: 8181 });
      const again = await taken.createListener({ ...minimalRequest, ListenerPort: 8181 }).catch((e) => e);
      expect([again.code, again.parameter]).toEqual(['ResourceAlreadyExist.Listener', 'ListenerPort']);
    } finally {
      await mock.close();
    }
  });
});
