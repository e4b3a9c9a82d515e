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
  const summary = () => ({ accessKeyId: maskId(accessKeyId), accessKeySecret: REDACTED, ...(securityToken ? { securityToken: REDACTED } : {}) });
  const protectedCredentials = { accessKeyId } as Credentials;
  Object.defineProperty(protectedCredentials, 'accessKeySecret', { get: () => accessKeySecret, enumerable: false });
  if (securityToken !== undefined) Object.defineProperty(protectedCredentials, 'securityToken', { get: () => securityToken, enumerable: false });
  Object.defineProperty(protectedCredentials, 'toJSON', { value: summary, enumerable: false });
  Object.defineProperty(protectedCredentials, 'toString', { value: () => `Credentials(${JSON.stringify(summary())})`, enumerable: false });
  Object.defineProperty(protectedCredentials, Symbol.for('nodejs.util.inspect.custom'), { value: summary, enumerable: false });
  return protectedCredentials;
}

/** An AccessKey ID is not a secret, but logs need only enough of it to tell keys apart. */
export function maskId(id: string): string {
  return id.length <= 8 ? `${id.slice(0, 2)}***` : `${id.slice(0, 4)}***${id.slice(-3)}`;
}

/** Removes every occurrence of the secret and the token from a text before it is shown. */
export function redact(text: string, credentials: Credentials | undefined): string {
  if (!credentials) return text;
  let out = text;
  for (const secret of [credentials.accessKeySecret, credentials.securityToken])
    if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
  return out;
}
