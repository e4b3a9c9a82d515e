// One request through the mock, in the order the real service checks things: method, encoding,
// action and version, signature, then the parameters (each key against the wire form, then the
// cross-field rules), DryRun, and finally the documented response. Every answer is in Alibaba's
// envelope and shape; the contract supplies every rule.
import type { Contract } from './wire-form.ts';
import { invalidParameterMessage, missingParameterMessage } from '../wire/messages.ts';
import { unflattenRpcParams } from '../wire/unflatten.ts';
import type { Engine } from './engine.ts';
import { errorEnvelope } from './envelope.ts';
import type { FaultRegistry } from './fault-registry.ts';
import { requestId } from './ids.ts';
import { perform } from './behaviours.ts';
import { renderBody, wantsXml } from './render.ts';
import type { ParsedRequest } from './request.ts';
import { readSelection } from './selection.ts';
import type { SignatureFailure } from './signatures.ts';
import { accessKeyOf, sessionOf } from './sessions.ts';
import { DEFAULT_SESSION, type WorldStore } from './state/store.ts';

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** For the log line. */
  code?: string;
}

export interface HandlerOptions {
  /** Every action of the contract, by name (wire-form.ts). */
  contracts: ReadonlyMap<string, Contract>;
  engine: Engine;
  /** With a world store the mock is stateful: business rules fire from its state. */
  store?: WorldStore;
  /** The faults in force, per session. */
  faults: FaultRegistry;
  verify?: (request: ParsedRequest) => Promise<SignatureFailure | undefined>;
}

/** The code of the mock's answer to a `Prefer` it cannot honour: no Alibaba service sends it. */
export const MOCK_EXAMPLE_NOT_FOUND = 'MockExampleNotFound';

/**
 * A chosen example as the answer to this request: its own RequestId (every answer has one, as the
 * service's do; a client may key on it), the HostId of the host it was sent to, and a Recommend
 * link that names that RequestId.
 */
function answering(example: Record<string, unknown>, host: string): Record<string, unknown> {
  if (!('RequestId' in example)) return example;
  const id = requestId();
  return {
    ...example,
    RequestId: id,
    ...('HostId' in example ? { HostId: host } : {}),
    ...(typeof example.Recommend === 'string' ? { Recommend: example.Recommend.replace(/requestId=[^&]*/, `requestId=${id}`) } : {}),
  };
}

/** Query parameters that steer the mock itself; never validated as an action's parameters. */
const MOCK_PARAMS = ['__code', '__example'];

export async function handle(options: HandlerOptions, request: ParsedRequest): Promise<MockResponse> {
  const { contracts, engine } = options;
  const session = sessionOf(request.headers, request.params);
  const faults = options.faults.forSession('session' in session ? session.session : DEFAULT_SESSION);
  const delay = faults.latencyMs();
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  // Until the action is known, errors are answered as the first action documents them (every
  // action shares the gateway's codes and envelope).
  let contract = contracts.values().next().value as Contract;
  const xml = wantsXml(request.query, request.headers);
  const host = request.headers.host ?? 'localhost';

  /** `headers` are added to the example's own; with `replace`, they stand instead of them. */
  const fail = (code: string, message?: string, headers: Record<string, string> = {}, replace = false): MockResponse => {
    const documented = contract.errors.get(code);
    if (!documented) throw new Error(`The mock answered ${code}, which the contract does not document`);
    return respond(
      documented.status,
      errorEnvelope(code, message ?? String(documented.body.Message), host),
      true,
      code,
      replace ? headers : { ...documented.headers, ...headers },
    );
  };
  const respond = (
    status: number,
    body: Record<string, unknown>,
    isError: boolean,
    code?: string,
    extraHeaders: Record<string, string> = {},
  ): MockResponse => {
    const rendered = renderBody(body, xml, isError ? contract.xmlRoot.error : contract.xmlRoot.success);
    return { status, headers: { 'content-type': rendered.contentType, ...extraHeaders }, body: rendered.text, code };
  };

  if (!contract.acceptedMethods.includes(request.method)) return fail('UnsupportedHTTPMethod');
  if (request.problem) return fail('InvalidParameter', request.problem.message);

  const action = request.headers['x-acs-action'] ?? request.query.Action;
  const named = action === undefined ? undefined : contracts.get(action);
  if (!named) return fail('InvalidAction.NotFound');
  contract = named;
  const version = request.headers['x-acs-version'] ?? request.query.Version;
  if (version !== contract.version)
    return fail(
      'InvalidVersion',
      `Specified parameter Version is not valid: ${version === undefined ? 'missing' : JSON.stringify(version).slice(0, 40)}.`,
    );

  if (options.verify) {
    const failure = await options.verify(request);
    if (failure) return fail(failure.code, failure.message);
  }

  if ('error' in session) return fail('InvalidParameter', session.error);
  const throttled = faults.throttled(accessKeyOf(request.headers, request.params) ?? 'unsigned');
  if (throttled) return fail(throttled.code, throttled.message, throttled.headers, true);

  const selected = readSelection(contract, request.query, request.headers);
  // A choice the mock cannot honour is the mock's own answer, with a code the service never sends.
  if (selected && 'error' in selected)
    return respond(400, errorEnvelope(MOCK_EXAMPLE_NOT_FOUND, selected.error, host), true, MOCK_EXAMPLE_NOT_FOUND);
  if (selected) {
    // An explicitly chosen example is returned as documented, whatever else the request holds, but
    // for its RequestId: every answer has its own, as the service's do (a client may key on it).
    const answer = engine.respond(contract.action, selected.selection);
    const code = answer.status >= 400 ? String(answer.body.Code) : undefined;
    return respond(
      answer.status,
      answering(answer.body, host),
      code !== undefined,
      code,
      code !== undefined ? contract.errors.get(code)?.headers : undefined,
    );
  }

  const params = Object.fromEntries(Object.entries(request.params).filter(([k]) => !MOCK_PARAMS.includes(k)));
  const { violations, unknownKeys, repeatedKeys } = contract.check({ query: params, headers: request.headers });
  const unknown = unknownKeys.filter((k) => k !== 'Signature');
  // Percent-encoded: a parameter name may hold any character, a header value only visible ASCII.
  const notes: Record<string, string> =
    unknown.length > 0 ? { 'x-mock-ignored-parameters': unknown.slice(0, 20).map(encodeURIComponent).join(',').slice(0, 1000) } : {};
  // The service reports one problem: a missing parameter before an invalid one.
  const first = violations.find((v) => v.code === 'MissingParameter') ?? violations[0];
  if (first) return fail(first.code, first.message, notes);

  const nested = unflattenRpcParams(contract.parameters, params, repeatedKeys);
  for (const rule of contract.rules)
    if (!rule.check(nested)) {
      const message =
        rule.code === 'MissingParameter'
          ? `${missingParameterMessage(rule.parameter)} ${rule.description}`
          : invalidParameterMessage(rule.parameter, rule.description);
      return fail(rule.code, message, notes);
    }

  const outcome = perform({ contract, engine, store: options.store, session: session.session, faults, params, nested, repeatedKeys });
  if ('error' in outcome) return fail(outcome.error.code, outcome.error.message, notes);
  // Every answer has a RequestId of its own (where the example has one, in the example's place).
  const body = 'RequestId' in outcome.body ? { ...outcome.body, RequestId: requestId() } : { RequestId: requestId(), ...outcome.body };
  return respond(200, body, false, undefined, notes);
}
