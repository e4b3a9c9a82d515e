// Starts the mock in-process on a free loopback port for a test file.
import { afterAll, beforeAll } from 'vitest';
import { actionVersions } from '../../generated/types.ts';
import { exampleQuery } from '../../src/wire/example-request.ts';
import { startMock, type MockOptions, type RunningMock } from '../../src/mock/server.ts';
import { wireForm } from './spec.ts';

export function useMock(options: MockOptions = {}): { readonly url: string; readonly mock: RunningMock } {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ port: 0, log: null, ...options });
  });
  afterAll(() => mock.close());
  return {
    get url() {
      return mock.url;
    },
    get mock() {
      return mock;
    },
  };
}

/** The V3 action headers, from the spec. */
export const V3 = { 'x-acs-action': 'CreateListener', 'x-acs-version': actionVersions.CreateListener };

/** The smallest valid request: every required wire parameter with its example from the spec. */
export const validQuery: Record<string, string> = exampleQuery(wireForm.paths['/#Action=CreateListener'].post.parameters);

export const qs = (params: Record<string, string>) => new URLSearchParams(params).toString();

export async function send(url: string, params: Record<string, string>, init: RequestInit = {}) {
  const response = await fetch(`${url}/?${qs(params)}`, {
    method: 'POST',
    ...init,
    headers: { ...V3, ...(init.headers as Record<string, string>) },
  });
  const text = await response.text();
  const body = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { status: response.status, headers: response.headers, body, text };
}
