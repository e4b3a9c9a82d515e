// Credentials are kept out of every message, log line and serialisation: the secret and the token
// live in a closure, and the object that carries them prints as a redacted summary.
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

const REDACTED = '[redacted]';

/** A copy whose toString/toJSON/inspect never show the secret or the token. */
export function protectCredentials(credentials: Credentials): Credentials {
  const { accessKeyId, accessKeySecret, securityToken } = credentials;
  const summary = () => ({
    accessKeyId: maskId(accessKeyId),
    accessKeySecret: REDACTED,
    ...(securityToken ? { securityToken: REDACTED } : {}),
  });
  const protectedCredentials = { accessKeyId } as Credentials;
  Object.defineProperty(protectedCredentials, 'accessKeySecret', { get: () => accessKeySecret, enumerable: false });
  if (securityToken !== undefined)
    Object.defineProperty(protectedCredentials, 'securityToken', { get: () => securityToken, enumerable: false });
  Object.defineProperty(protectedCredentials, 'toJSON', { value: summary, enumerable: false });
  Object.defineProperty(protectedCredentials, 'toString', { value: () => `Credentials(${JSON.stringify(summary())})`, enumerable: false });
  Object.defineProperty(protectedCredentials, Symbol.for('nodejs.util.inspect.custom'), { value: summary, enumerable: false });
  return protectedCredentials;
}

/** An AccessKey ID is not a secret, but logs need only enough of it to tell keys apart. */
export function maskId(id: string): string {
  return id.length <= 8 ? `${id.slice(0, 2)}***` : `${id.slice(0, 4)}***${id.slice(-3)}`;
}

/**
 * Removes every occurrence of the secret and the token from a text before it is shown, in every
 * encoding a server or a transport may echo them in: raw, percent-encoded once or twice (a V1
 * string-to-sign holds the token encoded twice), JSON-escaped (`\/`, `\u002b`), as XML numeric
 * entities, or a mix of these, character by character.
 */
export function redact(text: string, credentials: Credentials | undefined): string {
  if (!credentials) return text;
  let out = text;
  for (const secret of [credentials.accessKeySecret, credentials.securityToken])
    if (secret && secret.length >= 4) out = out.replace(anyEncoding(secret), REDACTED);
  return out;
}

/** The same redaction through every string of a parsed body (objects and arrays, any depth). */
export function redactDeep(value: unknown, credentials: Credentials | undefined): unknown {
  if (!credentials) return value;
  if (typeof value === 'string') return redact(value, credentials);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, credentials));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k, credentials), redactDeep(v, credentials)]));
  return value;
}

/** A copy of an error (and its causes) whose messages and stacks hold neither secret. */
export function redactError(error: unknown, credentials: Credentials | undefined, depth = 0): unknown {
  if (!credentials || !(error instanceof Error) || depth > 5) return typeof error === 'string' ? redact(error, credentials) : error;
  const copy = new Error(
    redact(error.message, credentials),
    error.cause === undefined ? undefined : { cause: redactError(error.cause, credentials, depth + 1) },
  );
  copy.name = error.name;
  copy.stack = error.stack === undefined ? undefined : redact(error.stack, credentials);
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== undefined) Object.assign(copy, { code });
  return copy;
}

const patterns = new Map<string, RegExp>();

function anyEncoding(secret: string): RegExp {
  let pattern = patterns.get(secret);
  if (!pattern) {
    const parts = [...secret].map((char) => {
      const literal = char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      if (/[A-Za-z0-9]/.test(char)) return literal;
      const code = char.codePointAt(0)!;
      const hex2 = code < 0x100 ? code.toString(16).padStart(2, '0') : undefined;
      const hex4 = code.toString(16).padStart(4, '0');
      const forms = [literal, `\\\\${literal}`, `\\\\u${hex4}`, `&#0*${code};`, `&#x0*${code.toString(16)};`];
      if (hex2) forms.push(`%${hex2}`, `%25${hex2}`);
      // A `+` read back from a form encoding is a space.
      if (char === '+') forms.push(' ');
      return `(?:${forms.join('|')})`;
    });
    pattern = new RegExp(parts.join(''), 'gi');
    patterns.set(secret, pattern);
  }
  return pattern;
}
