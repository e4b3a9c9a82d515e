// The console of the docs page: try any action of the contract from the page. A form pre-filled
// with the chosen action's documented example request (nested, as the client takes it), the
// flattened wire request and a curl command as you type, and Send, which calls the mock the page is served from (or any endpoint typed in;
// the mock's CORS allows it) through this package's universal client, so the flattening and the
// signing are the client's own. A documented error can be picked (a `Prefer` header). Credentials
// typed here stay in the page: never logged, never stored; unsigned is the default. The fields'
// limits shown under the request come from the constraints module a form would use
// (generated/constraints.ts); the ids an answer returns (ListenerId, JobId) fill the next action's
// example. The pipeline bundles this file into generated/docs/index.html with its data (console-data.ts).
import { constraints, type FieldConstraint } from '../../generated/constraints.ts';
import { DEFAULT_ORIGIN } from '../mock/defaults.ts';
import { createAlbClient, flattenRpcParams } from '../index.ts';
import type { ConsoleData, ConsoleOperation } from './console-data.ts';
import { consoleStyles } from './styles.ts';

const data = JSON.parse(document.getElementById('alb-console-data')?.textContent ?? '{"operations":[]}') as ConsoleData;
const MOCK = DEFAULT_ORIGIN;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function field(label: string, control: HTMLElement): HTMLLabelElement {
  const wrapper = element('label', { class: 'alb-console-field' }, label);
  wrapper.append(control);
  return wrapper;
}

/** The endpoint to call by default: the mock serving this page, or the local mock when opened from disk. */
function defaultEndpoint(): string {
  return location.protocol === 'http:' || location.protocol === 'https:' ? location.origin : MOCK;
}

/** A field's limits in a few words: `integer, required, 1 to 65535`. */
function describeField(c: FieldConstraint): string {
  const parts: string[] = [c.type];
  if (c.required) parts.push('required');
  if (c.minimum !== undefined || c.maximum !== undefined) parts.push(`${c.minimum ?? '…'} to ${c.maximum ?? '…'}`);
  if (c.minLength !== undefined || c.maxLength !== undefined) parts.push(`${c.minLength ?? 0} to ${c.maxLength ?? '…'} characters`);
  if (c.minItems !== undefined || c.maxItems !== undefined) parts.push(`${c.minItems ?? 0} to ${c.maxItems ?? '…'} items`);
  if (c.enum) parts.push(`one of ${c.enum.join(', ')}`);
  if (c.patternDescription) parts.push(c.patternDescription);
  if (c.default !== undefined) parts.push(`default ${String(c.default)}`);
  if (c.listenerProtocols) parts.push(`${c.listenerProtocols.join(', ')} listeners only`);
  return parts.join('; ');
}

/**
 * The example with the ids earlier answers returned, for each top-level field the action has:
 * `ListenerId` as is, a list of them (`JobIds`) as `[JobId]`.
 */
function withKnownIds(
  example: Record<string, unknown>,
  fields: Record<string, FieldConstraint>,
  known: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const filled = { ...example };
  for (const field of Object.values(fields)) {
    if (field.path.length !== 1) continue;
    const key = field.wireName;
    const id = known.get(key);
    const listed = field.type === 'array' && key.endsWith('s') ? known.get(key.slice(0, -1)) : undefined;
    if (id !== undefined && field.type === 'string') filled[key] = id;
    else if (listed !== undefined) filled[key] = [listed];
  }
  return filled;
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function mount(operations: ConsoleOperation[]): void {
  let operation = operations[0]!;
  const style = element('style', {}, consoleStyles);
  const open = element('button', { id: 'alb-console-open', type: 'button' }, 'Try it');
  const panel = element('section', { id: 'alb-console', hidden: '', 'aria-label': 'Try an action' });
  const title = element('h2', {}, `Try ${operation.action}`);
  const actionSelect = element('select', { id: 'alb-console-action' });
  for (const { action } of operations) actionSelect.append(element('option', { value: action }, action));
  const close = element('button', { type: 'button', class: 'alb-console-close', 'aria-label': 'Close' }, '×');
  const endpoint = element('input', { id: 'alb-console-endpoint', value: defaultEndpoint(), spellcheck: 'false' });
  const request = element('textarea', { id: 'alb-console-request', rows: '9', spellcheck: 'false' });
  const fieldList = element('ul', { id: 'alb-console-fields' });
  const answer = element('select', { id: 'alb-console-answer' });
  // Ids earlier answers returned (ListenerId, JobId), for the next action's example.
  const known = new Map<string, string>();
  // The form for the chosen action: its example request, its fields' limits and its documented errors.
  const choose = (chosen: ConsoleOperation) => {
    operation = chosen;
    title.textContent = `Try ${chosen.action}`;
    const fields = (constraints as Record<string, Record<string, FieldConstraint>>)[chosen.action] ?? {};
    request.value = JSON.stringify(withKnownIds(chosen.example, fields, known), null, 2);
    fieldList.replaceChildren(
      ...Object.values(fields)
        .filter((c) => c.type !== 'object')
        .map((c) => {
          const item = element('li', {}, ` ${describeField(c)}`);
          item.prepend(element('code', {}, c.wireName));
          return item;
        }),
    );
    answer.replaceChildren(element('option', { value: '' }, 'whatever the endpoint answers'));
    for (const code of chosen.errors) answer.append(element('option', { value: code }, `the documented ${code} (Prefer)`));
  };
  choose(operation);
  // The stateful mock's world to use (docs/mock.md, "Sessions"): a tester's own, apart from the test workers'.
  const session = element('input', { id: 'alb-console-session', placeholder: 'default', spellcheck: 'false' });
  const keyId = element('input', { id: 'alb-console-key-id', autocomplete: 'off', spellcheck: 'false' });
  const keySecret = element('input', { id: 'alb-console-key-secret', type: 'password', autocomplete: 'off' });
  const wire = element('pre', { id: 'alb-console-wire' });
  const curl = element('pre', { id: 'alb-console-curl' });
  const send = element('button', { id: 'alb-console-send', type: 'button' }, 'Send');
  const status = element('p', { id: 'alb-console-status', role: 'status' });
  const headers = element('pre', { id: 'alb-console-headers' });
  const body = element('pre', { id: 'alb-console-body' });

  // The answer comes right under Send, so it shows without scrolling on a 1280×720 screen; what
  // is set less often (the limits, the signing key, the wire form) folds away.
  const fieldsBox = element('details', { class: 'alb-console-more' });
  fieldsBox.append(element('summary', {}, 'Fields and their limits'), fieldList);
  const signing = element('details', { class: 'alb-console-more' });
  signing.append(
    element('summary', {}, 'Sign with an AccessKey (optional)'),
    element(
      'p',
      { class: 'alb-console-note' },
      'Unsigned by default, which is what the mock needs. A key typed here signs the request (V3) and stays in this page: never logged, never stored.',
    ),
    field('AccessKey ID', keyId),
    field('AccessKey secret', keySecret),
  );
  const row = (...children: HTMLElement[]) => {
    const wrapper = element('div', { class: 'alb-console-row' });
    wrapper.append(...children);
    return wrapper;
  };
  panel.append(
    close,
    title,
    row(field('Action', actionSelect), field('Endpoint', endpoint)),
    field('Request (as the client takes it)', request),
    fieldsBox,
    row(field('Answer', answer), field('Mock session (x-mock-session)', session)),
    signing,
    send,
    status,
    body,
    headers,
    element('h3', {}, 'On the wire'),
    wire,
    element('h3', {}, 'curl'),
    curl,
  );
  document.head.append(style);
  document.body.append(open, panel);

  const parsed = (): Record<string, unknown> | Error => {
    try {
      const value = JSON.parse(request.value) as unknown;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return new Error('the request must be a JSON object');
      return value as Record<string, unknown>;
    } catch (error) {
      return error as Error;
    }
  };

  const preview = () => {
    const value = parsed();
    send.disabled = value instanceof Error;
    if (value instanceof Error) {
      wire.textContent = `The request is not valid JSON: ${value.message}`;
      curl.textContent = '';
      return;
    }
    const flat = flattenRpcParams(value);
    wire.textContent = Object.entries(flat)
      .map(([key, v]) => `${key}=${v}`)
      .join('\n');
    const url = `${endpoint.value.replace(/\/+$/, '')}/?${new URLSearchParams(flat).toString()}`;
    const lines = [`curl -X POST ${shellQuote(url)}`, `-H 'x-acs-action: ${operation.action}'`, `-H 'x-acs-version: ${operation.version}'`];
    if (answer.value) lines.push(`-H ${shellQuote(`prefer: example=${answer.value}`)}`);
    if (session.value) lines.push(`-H ${shellQuote(`x-mock-session: ${session.value}`)}`);
    curl.textContent = `${lines.join(' \\\n  ')}\n# unsigned: the mock takes it; the service needs a signature`;
  };

  const call = async () => {
    const value = parsed();
    if (value instanceof Error) return;
    let last: { status: number; statusText: string; headers: string; text: string } | undefined;
    const recordingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      last = {
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers].map(([name, v]) => `${name}: ${v}`).join('\n'),
        text: await response.clone().text(),
      };
      return response;
    };
    const credentials = keyId.value && keySecret.value ? { accessKeyId: keyId.value, accessKeySecret: keySecret.value } : undefined;
    status.textContent = 'Sending…';
    headers.textContent = '';
    body.textContent = '';
    let failure: unknown;
    try {
      const client = createAlbClient({
        endpoint: endpoint.value,
        ...(credentials ? { credentials } : {}),
        // The endpoint judges the request, not the client: a broken field gets the service's answer.
        validate: false,
        retry: { maxAttempts: 1 },
        fetch: recordingFetch,
        headers: {
          ...(answer.value ? { prefer: `example=${answer.value}` } : {}),
          ...(session.value ? { 'x-mock-session': session.value } : {}),
        },
      });
      const method = (client as unknown as Record<string, (request: unknown) => Promise<unknown>>)[operation.method];
      if (!method) throw new Error(`this client has no ${operation.method}`);
      await method.call(client, value);
    } catch (error) {
      failure = error;
    }
    if (last) {
      status.textContent = `${last.status} ${last.statusText}`;
      headers.textContent = last.headers;
      try {
        const answered = JSON.parse(last.text) as Record<string, unknown>;
        body.textContent = JSON.stringify(answered, null, 2);
        // The ids a success returns fill the next action's example (a create's ListenerId and JobId).
        if (last.status < 300)
          for (const [key, value] of Object.entries(answered))
            if (key.endsWith('Id') && key !== 'RequestId' && typeof value === 'string') known.set(key, value);
      } catch {
        body.textContent = last.text;
      }
    } else {
      // Nothing came back: the endpoint is down, or it refused the page (CORS).
      const { name, message } = (failure ?? new Error('no answer')) as Error;
      status.textContent = `No answer from ${endpoint.value}: ${name}: ${message}. Is a mock running there? Start one with npx alb-contract mock (or npm start in a clone of the contract).`;
    }
  };

  open.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
  });
  close.addEventListener('click', () => {
    panel.hidden = true;
  });
  for (const control of [endpoint, request, answer, session]) control.addEventListener('input', preview);
  actionSelect.addEventListener('input', () => {
    choose(operations.find((o) => o.action === actionSelect.value) ?? operations[0]!);
    preview();
  });
  send.addEventListener('click', () => {
    void call();
  });
  preview();
}

if (data.operations.length > 0) mount(data.operations);
