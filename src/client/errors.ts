// The errors a call can end with. Each is its own class so callers can tell a service answer
// from a bad request caught before sending, a network failure and a timeout.
import type { DocumentedErrorCode, ErrorEnvelope } from '../../generated/types.ts';

/** An error's body: the envelope (JSON, or the fields of an XML `<Error>`), with whatever else it held; or the raw text when it was neither. */
export type AlbErrorBody = (Partial<ErrorEnvelope> & Record<string, unknown>) | string;

/** A documented code, with autocompletion, or any other code the service may send. */
export type AlbErrorCode = DocumentedErrorCode | (string & {});

/** The service (or its gateway) answered with an error envelope. */
export class AlbError extends Error {
  override readonly name = 'AlbError';
  readonly code: AlbErrorCode;
  readonly status: number;
  readonly requestId: string | undefined;
  readonly hostId: string | undefined;
  readonly recommend: string | undefined;
  /** The parsed error body (JSON, or the fields of an XML `<Error>`), or the raw text. */
  readonly body: AlbErrorBody;
  /** The service's `Message`, unchanged (`message` adds the code, status and RequestId). */
  readonly serviceMessage: string | undefined;
  /**
   * The request field the error concerns, by its wire name (`DefaultActions.1.Type`), when the
   * message or the code names one or the contract maps the code to one (client/error-field.ts).
   */
  readonly parameter: string | undefined;
  /** The same field as a nested path, list positions 0-based: `['DefaultActions', 0, 'Type']`. */
  readonly path: Array<string | number> | undefined;
  /**
   * How long the service asks the caller to wait, in ms: the longest of `x-acs-retry-after` and, on
   * a `Throttling`, `Throttling.User` or `Throttling.Api` error, the `TimeLeft` of
   * `x-ratelimit-user-api` / `x-ratelimit-user` (client/throttling.ts).
   */
  readonly retryAfterMs: number | undefined;
  /** Whether any official SDK runtime would treat this error as throttling (client/throttling.ts). */
  readonly throttled: boolean;

  constructor(init: {
    code: string;
    message: string;
    status: number;
    requestId?: string;
    hostId?: string;
    recommend?: string;
    body: AlbErrorBody;
    retryAfterMs?: number;
    throttled?: boolean;
    serviceMessage?: string;
    parameter?: string;
    path?: Array<string | number>;
  }) {
    super(`${init.code}: ${init.message} (HTTP ${init.status}${init.requestId ? `, RequestId ${init.requestId}` : ''})`);
    this.serviceMessage = init.serviceMessage;
    this.parameter = init.parameter;
    this.path = init.path;
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId;
    this.hostId = init.hostId;
    this.recommend = init.recommend;
    this.body = init.body;
    this.retryAfterMs = init.retryAfterMs;
    this.throttled = init.throttled ?? init.code.includes('Throttling');
  }
}

export interface ValidationIssue {
  /** The wire name of the offending parameter, e.g. `DefaultActions.1.Type`. */
  parameter: string;
  /** The same field as a nested path, list positions 0-based: `['DefaultActions', 0, 'Type']`. */
  path: Array<string | number>;
  /** The JSON Schema keyword it broke (`maximum`, `pattern`, `required`, ...), or `rule` for a cross-field rule. */
  keyword: string;
  /** The keyword, or the cross-field rule's name. */
  rule: string;
  /**
   * The limit, to build a message of your own: `limit` (minimum, maximum, minLength, maxLength,
   * minItems, maxItems), `pattern` and `description` (the pattern in words), `allowedValues` (enum),
   * `type`, `missingProperty`, `rule` (a cross-field rule's name).
   */
  params: Record<string, unknown>;
  /** In words, after the field's name: `must be at most 65535`, `may contain only ASCII characters`. */
  message: string;
}

/** The request broke the contract's constraints; nothing was sent. */
export class AlbValidationError extends Error {
  override readonly name = 'AlbValidationError';
  /** The action whose request it was, e.g. `ListAsynJobs`. */
  readonly action: string;
  readonly issues: ValidationIssue[];

  constructor(action: string, issues: ValidationIssue[]) {
    super(`Invalid ${action} request: ${issues.map((i) => `${i.parameter} ${i.message} (${i.rule})`).join('; ')}`);
    this.action = action;
    this.issues = issues;
  }
}

/**
 * A signed call where Web Crypto's `crypto.subtle` is missing: browsers give it only to secure
 * contexts (https:, http://localhost), so a page served as http://app.test cannot sign. Nothing was
 * sent. Unsigned calls (enough for the mock) work in any context.
 */
export class AlbInsecureContextError extends Error {
  override readonly name = 'AlbInsecureContextError';
  constructor() {
    super(
      'Signing needs Web Crypto (crypto.subtle), which browsers give only to secure contexts (https:, or http://localhost). Serve the page from one, call without credentials (enough for the mock), or sign on a server. Nothing was sent.',
    );
  }
}

/** The request could not reach the service or its answer could not be read. */
export class AlbNetworkError extends Error {
  override readonly name = 'AlbNetworkError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * An answer that cannot be taken as the service's: too large, a redirect, or a success whose body
 * is not the action's response. Never retried: asking again would get the same.
 */
export class AlbResponseError extends Error {
  override readonly name: string = 'AlbResponseError';
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** The answer was larger than `maxResponseBytes` (the client's option); it was not read further. */
export class AlbResponseTooLargeError extends AlbResponseError {
  override readonly name: string = 'AlbResponseTooLargeError';
  readonly maxResponseBytes: number;
  constructor(status: number, maxResponseBytes: number) {
    super(`The answer (HTTP ${status}) is larger than maxResponseBytes (${maxResponseBytes} bytes); it was not read further`, status);
    this.maxResponseBytes = maxResponseBytes;
  }
}

/**
 * The endpoint answered with a redirect. The ALB API never redirects, so it is not followed: the
 * signed request (and its STS token) goes to no other origin. `location` is undefined where the
 * platform hides it (a browser's opaque redirect).
 */
export class AlbRedirectError extends AlbResponseError {
  override readonly name: string = 'AlbRedirectError';
  readonly location: string | undefined;
  constructor(status: number, location: string | undefined) {
    super(
      `The endpoint answered HTTP ${status || '3xx'} redirecting to ${location ?? 'a location the browser does not show'}; the ALB API does not redirect, so it was not followed`,
      status,
    );
    this.location = location;
  }
}

/** A success (2xx) whose body is not the action's response; `missing` names what it lacked. */
export class AlbUnexpectedResponseError extends AlbResponseError {
  override readonly name: string = 'AlbUnexpectedResponseError';
  readonly action: string;
  readonly missing: readonly string[];
  constructor(action: string, status: number, problem: string, missing: readonly string[] = []) {
    super(`The ${action} answer (HTTP ${status}) is not a ${action} response: ${problem}`, status);
    this.action = action;
    this.missing = missing;
  }
}

/** No answer arrived within `timeoutMs`. */
export class AlbTimeoutError extends Error {
  override readonly name: string = 'AlbTimeoutError';
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`No answer from the ALB API within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A waiter met its failure acceptor (a job that ended `Failed`): what it waited for will not happen.
 * `id`, `code` and `message` come from the element that matched (the job's `Id`, `ErrorCode`,
 * `ErrorMessage`), as the waiter's declaration says.
 */
export class AlbWaitFailedError extends Error {
  override readonly name: string = 'AlbWaitFailedError';
  /** The waiter's name, e.g. `JobSucceeded`. */
  readonly waiter: string;
  readonly id: string | undefined;
  readonly code: string | undefined;
  constructor(waiter: string, id: string | undefined, code: string | undefined, message: string | undefined) {
    super(`${waiter} failed${id ? ` for ${id}` : ''}${code ? ` with ${code}` : ''}${message ? `: ${message}` : ''}`);
    this.waiter = waiter;
    this.id = id;
    this.code = code;
  }

  /** The job's id, for a job waiter. */
  get jobId(): string | undefined {
    return this.id;
  }
}

/**
 * What a waiter waited on was there and is gone (a job listed on an earlier poll and no longer:
 * a reset of the mock, say): waiting longer cannot help, so the wait ends at once.
 */
export class AlbWaitVanishedError extends AlbWaitFailedError {
  override readonly name: string = 'AlbWaitVanishedError';
  /** What emptied: the path of a list (`Jobs[]`), or the error code the resource now answers (`ResourceNotFound.Listener`). */
  readonly path: string;
  constructor(waiter: string, path: string, detail = `${path} held what it waited on at an earlier poll and is empty now`) {
    super(waiter, undefined, 'Vanished', detail);
    this.path = path;
  }
}

/** The name this error had when the only waiter was the listener's job: the same class. */
export const AlbJobFailedError = AlbWaitFailedError;
export type AlbJobFailedError = AlbWaitFailedError;

/** A wait ran out of time; `lastStatus` is what the last poll saw. */
export class AlbWaitTimeoutError extends AlbTimeoutError {
  override readonly name: string = 'AlbWaitTimeoutError';
  /** The waiter's name, e.g. `ListenerRunning`. */
  readonly waiter: string;
  readonly lastStatus: string;
  constructor(waiter: string, timeoutMs: number, lastStatus: string) {
    super(timeoutMs);
    this.message = `${waiter} was not reached within ${timeoutMs} ms (last seen: ${lastStatus})`;
    this.waiter = waiter;
    this.lastStatus = lastStatus;
  }
}
