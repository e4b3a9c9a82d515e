// The documented response of an action for a selection (a status and/or an example name, both optional: the
// default 200). Prism produced every one at build time (scripts/lib/mock-responses.ts) into
// generated/mock-responses.json; serving them is a lookup, with no Prism at run time. The table
// is given (load.ts reads it in Node; the browser's MSW handlers bundle it).

export interface EngineResponse {
  status: number;
  body: Record<string, unknown>;
}

export interface Engine {
  respond(action: string, selection: { status?: number; example?: string }): EngineResponse;
}

/** `table`: per action, `<status>/<example>` to the answer. */
export function createEngine(table: Record<string, Record<string, EngineResponse>>): Engine {
  return {
    respond(action, { status, example }) {
      const answer = table[action]?.[`${status ?? ''}/${example ?? ''}`];
      if (!answer)
        throw new Error(
          `No documented response of ${action} for status ${status ?? '-'} and example ${example ?? '-'}; rebuild generated/`,
        );
      // A copy: callers add fresh ids to the body.
      return { status: answer.status, body: { ...answer.body } };
    },
  };
}
