// Reads what a client sent into flat parameters, the way Alibaba's gateway does: the query string
// and, for a form-encoded POST, the body, merged; any other body is ignored. Nothing here throws:
// a malformed request becomes a `problem` the handler answers with InvalidParameter.
import type { IncomingHttpHeaders } from 'node:http';

export const MAX_BODY_BYTES = 1 << 20;
// Not fatal: a malformed sequence becomes U+FFFD, which is how an invalid body is told.
const utf8 = new TextDecoder();
/**
 * More parameters than any CreateListener request can hold (the wire form lists a few hundred
 * keys): a request with more is refused before it costs the event loop anything.
 */
export const MAX_PARAMETERS = 2_000;

export interface ParsedRequest {
  method: string;
  /** Query and form-body parameters, decoded. */
  params: Record<string, string>;
  /** Query parameters only (V1 puts Action/Version/Format here). */
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  /** The first thing wrong with the request's encoding, if any. */
  problem?: { parameter: string; message: string };
}

export function parseRequest(
  method: string,
  url: string,
  headers: IncomingHttpHeaders,
  body: Uint8Array,
  bodyTooLarge: boolean,
): ParsedRequest {
  const flatHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) flatHeaders[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  // Null-prototype maps: a parameter named `toString` or `__proto__` is a parameter like any other.
  const result: ParsedRequest = {
    method: method.toUpperCase(),
    params: Object.create(null),
    query: Object.create(null),
    headers: flatHeaders,
    body: '',
  };
  const questionMark = url.indexOf('?');
  const fail = (parameter: string, message: string) => (result.problem ??= { parameter, message });

  let count = 0;
  const tooMany = (): boolean => {
    if (++count <= MAX_PARAMETERS) return false;
    fail('request', `The request has more than ${MAX_PARAMETERS} parameters.`);
    return true;
  };
  readPairs(
    questionMark >= 0 ? url.slice(questionMark + 1) : '',
    (key, value) => {
      if (Object.hasOwn(result.query, key)) fail(key, `The parameter ${key} is specified more than once.`);
      result.query[key] = value;
    },
    fail,
    tooMany,
  );
  Object.assign(result.params, result.query);

  if (bodyTooLarge) fail('body', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  else if (body.length > 0 && /^application\/x-www-form-urlencoded\b/i.test(flatHeaders['content-type'] ?? '')) {
    const text = utf8.decode(body);
    result.body = text;
    if (text.includes('\uFFFD')) fail('body', 'The form-encoded body is not valid UTF-8.');
    else
      readPairs(
        text,
        (key, value) => {
          if (Object.hasOwn(result.params, key)) fail(key, `The parameter ${key} is specified more than once.`);
          result.params[key] = value;
        },
        fail,
        tooMany,
      );
  }
  return result;
}

function readPairs(
  text: string,
  add: (key: string, value: string) => void,
  fail: (parameter: string, message: string) => void,
  tooMany: () => boolean,
): void {
  if (text === '') return;
  let start = 0;
  while (start <= text.length) {
    const next = text.indexOf('&', start);
    const end = next === -1 ? text.length : next;
    const pair = text.slice(start, end);
    start = end + 1;
    if (pair === '') continue;
    if (tooMany()) return;
    const eq = pair.indexOf('=');
    const rawKey = eq >= 0 ? pair.slice(0, eq) : pair;
    const rawValue = eq >= 0 ? pair.slice(eq + 1) : '';
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (key === undefined || value === undefined) {
      fail(key ?? truncate(rawKey), `The request contains malformed percent-encoding in ${truncate(rawKey)}.`);
      continue;
    }
    add(key, value);
  }
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
