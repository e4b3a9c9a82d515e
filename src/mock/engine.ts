// The documented response for a selection (a status and/or an example name, both optional: the
// default 200). Prism produced every one at build time (scripts/lib/mock-responses.ts) into
// generated/mock-responses.json; serving them is a lookup, with no Prism at run time.
import { readFileSync } from 'node:fs';
import { assetUrl } from '../assets.ts';

export interface EngineResponse {
  status: number;
  body: Record<string, unknown>;
}

export interface Engine {
  respond(selection: { status?: number; example?: string }): EngineResponse;
}

export function createEngine(path: URL | string = assetUrl('generated/mock-responses.json')): Engine {
  const table = JSON.parse(readFileSync(path, 'utf8')) as Record<string, EngineResponse>;
  return {
    respond({ status, example }) {
      const answer = table[`${status ?? ''}/${example ?? ''}`];
      if (!answer) throw new Error(`No documented response for status ${status ?? '-'} and example ${example ?? '-'}; rebuild generated/`);
      // A copy: callers add fresh ids to the body.
      return { status: answer.status, body: { ...answer.body } };
    },
  };
}
