// Prism (@stoplight/prism-http, in process) is the engine that turns a status and an example name
// into a documented response, with the contract's own negotiation rules. It runs without request
// validation (the handler validates against the same wire form, and names parameters as Alibaba
// does) and with static examples, so its answer for one selection never changes: each is computed
// once and reused, which keeps Prism off the hot path.
import { createLogger } from '@stoplight/prism-core';
import { createInstance, getHttpOperationsFromSpec, type IHttpConfig } from '@stoplight/prism-http';
import type { Contract } from './contract.ts';

export interface EngineResponse {
  status: number;
  body: Record<string, unknown>;
}

export interface Engine {
  /** The documented response for a status and/or example name (both optional: the default 200). */
  respond(selection: { status?: number; example?: string }): Promise<EngineResponse>;
}

export async function createEngine(contract: Contract): Promise<Engine> {
  const operations = await getHttpOperationsFromSpec(contract.document);
  const logger = createLogger('mock', { level: 'silent' } as never);
  const config = {
    checkSecurity: false,
    validateRequest: false,
    validateResponse: false,
    errors: false,
    isProxy: false,
    upstreamProxy: undefined,
    mock: { dynamic: false },
  } as unknown as IHttpConfig;
  const prism = createInstance(config, { logger: logger as never });
  const cache = new Map<string, Promise<EngineResponse>>();

  const compute = async (status: number | undefined, example: string | undefined): Promise<EngineResponse> => {
    const result = await prism.request(
      { method: 'post', url: { path: '/' }, headers: { accept: 'application/json', 'x-acs-action': contract.action, 'x-acs-version': contract.version } },
      operations,
      { ...config, mock: { dynamic: false, code: status, exampleKey: example, mediaTypes: ['application/json'] } } as IHttpConfig,
    )();
    if (result._tag === 'Left') throw result.left;
    const { statusCode, body } = result.right.output;
    return { status: statusCode, body: body as Record<string, unknown> };
  };

  return {
    respond({ status, example }) {
      const key = `${status ?? ''}/${example ?? ''}`;
      let answer = cache.get(key);
      if (!answer) {
        answer = compute(status, example);
        cache.set(key, answer);
        answer.catch(() => cache.delete(key));
      }
      return answer;
    },
  };
}
