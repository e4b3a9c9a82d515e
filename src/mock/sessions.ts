// Which session a request belongs to, as LocalStack and moto tell accounts apart: the
// `x-mock-session` header when it names one (it wins), else the AccessKeyId it is signed with (V3
// `Credential=`, V1 `AccessKeyId`), else the default session. Each session is its own world in a
// stateful mock, reset on its own, with faults of its own: test workers that use their own key, or
// set the header, never see each other's listeners.
import { DEFAULT_SESSION } from './state/store.ts';

export const SESSION_HEADER = 'x-mock-session';
/** What a session name may be: short, and safe in a header, a log line and a file. */
const SESSION_NAME = /^[A-Za-z0-9._:@-]{1,128}$/;

/** The AccessKeyId a request is signed with (V3 or V1), if any. */
export function accessKeyOf(headers: Record<string, string | undefined>, params: Record<string, string>): string | undefined {
  return /Credential=([^,\s]+)/.exec(headers.authorization ?? '')?.[1] ?? params.AccessKeyId;
}

export type SessionOf = { session: string } | { error: string };

export function sessionOf(headers: Record<string, string | undefined>, params: Record<string, string>): SessionOf {
  const named = headers[SESSION_HEADER];
  if (named !== undefined) {
    if (!SESSION_NAME.test(named))
      return {
        error: `The ${SESSION_HEADER} header must be 1 to 128 letters, digits and . _ : @ - (got ${JSON.stringify(named.slice(0, 40))}).`,
      };
    return { session: named };
  }
  const key = accessKeyOf(headers, params);
  return { session: key !== undefined && SESSION_NAME.test(key) ? key : DEFAULT_SESSION };
}
