// The docs' code samples (`x-codeSamples`, which Redoc shows beside each operation), generated from
// the operation's documented example request (src/wire/example-request.ts). Four tools: curl against the local mock
// (written by httpsnippet from the flattened request), this package's client, the official Node
// SDK, and the `aliyun` CLI as Alibaba's API Explorer shows it. The flattening is ours (the wire
// form); the tests run every sample that can run here against the mock (test/docs/).
import { DEFAULT_ORIGIN } from '../../src/mock/defaults.ts';
import { HTTPSnippet } from 'httpsnippet';
import { actionOperation, methodOf, type OpenApiDocument, onlyValue } from '../../src/openapi/document.ts';
import { type ExampleParameter, exampleQuery, exampleRequest } from '../../src/wire/example-request.ts';

/** Where the samples send their request: the mock `npm start` serves. */
export const MOCK_ENDPOINT = DEFAULT_ORIGIN;

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
  /** Whether the tests run this sample against the mock (shown in the docs when not). */
  tested: boolean;
}

export function codeSamples(wire: OpenApiDocument, action: string): CodeSample[] {
  const version = onlyValue(wire, actionOperation(wire, action), 'x-acs-version');
  const operation = actionOperation(wire, action) as unknown as { parameters: ExampleParameter[] };
  const query = exampleQuery(operation.parameters);
  const request = exampleRequest(operation.parameters);
  return [
    { lang: 'Shell', label: 'curl (local mock)', source: curl(action, version, query), tested: true },
    { lang: 'TypeScript', label: 'This package', source: ourClient(action, request), tested: true },
    { lang: 'JavaScript', label: 'Official Node SDK', source: officialSdk(action, request), tested: true },
    { lang: 'Shell', label: 'aliyun CLI (untested here)', source: aliyunCli(action, query), tested: false },
  ];
}

function curl(action: string, version: string, query: Record<string, string>): string {
  const snippet = new HTTPSnippet({
    method: 'POST',
    url: `${MOCK_ENDPOINT}/`,
    httpVersion: 'HTTP/1.1',
    queryString: Object.entries(query).map(([name, value]) => ({ name, value })),
    headers: [
      { name: 'x-acs-action', value: action },
      { name: 'x-acs-version', value: version },
    ],
    cookies: [],
    headersSize: -1,
    bodySize: -1,
  } as never);
  return `# The local mock (npm start) takes unsigned requests; the service needs a signature.\n${snippet.convert('shell', 'curl', { indent: '  ' })}\n`;
}

function ourClient(action: string, request: Record<string, unknown>): string {
  const method = methodOf(action);
  return `import { AlbError, createAlbClient } from 'alb-createlistener-contract';

// The local mock (npm start); for the service: createAlbClient({ region: 'cn-hangzhou', credentials })
const alb = createAlbClient({ endpoint: '${MOCK_ENDPOINT}' });
try {
  const response = await alb.${method}(${literal(request, 1)});
  console.log(response);
} catch (error) {
  // AlbError: the service's code (error.code), its message and RequestId; AlbValidationError names the field.
  if (error instanceof AlbError) console.error(error.code, error.message);
  else throw error;
}
`;
}

/**
 * The SDK wants its own model classes, named after the path to each nested object
 * (`CreateListenerRequestDefaultActionsForwardGroupConfig`), with camelCase fields.
 */
function officialSdk(action: string, request: Record<string, unknown>): string {
  const model = (value: unknown, className: string, depth: number): string => {
    if (Array.isArray(value)) return `[${value.map((item) => model(item, className, depth)).join(', ')}]`;
    if (value === null || typeof value !== 'object') return literal(value, depth);
    const pad = '  '.repeat(depth + 1);
    const fields = Object.entries(value).map(
      ([key, inner]) => `${pad}${key[0]!.toLowerCase()}${key.slice(1)}: ${model(inner, `${className}${key}`, depth + 1)},`,
    );
    return `new $Alb.${className}({\n${fields.join('\n')}\n${'  '.repeat(depth)}})`;
  };
  const method = methodOf(action);
  return `import Alb, * as $Alb from '@alicloud/alb20200616';
import { $OpenApiUtil } from '@alicloud/openapi-core';

const url = new URL('${MOCK_ENDPOINT}'); // the local mock; for the service: alb.cn-hangzhou.aliyuncs.com over https
const config = new $OpenApiUtil.Config({
  accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
  accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  endpoint: url.host,
  protocol: url.protocol.slice(0, -1),
});
// CommonJS interop: the client class is the default export's default.
const Client = typeof Alb === 'function' ? Alb : Alb.default;
const client = new Client(config);
const response = await client.${method}(${model(request, `${action}Request`, 0)});
console.log(response.body);
`;
}

function aliyunCli(action: string, query: Record<string, string>): string {
  const flags = Object.entries(query).map(([name, value]) => `  --${name} ${shellWord(value)}`);
  return `# Alibaba's CLI, signed with your configured profile (not run by this project's tests).\naliyun alb ${action} --region cn-hangzhou \\\n${flags.join(' \\\n')}\n`;
}

function shellWord(value: string): string {
  return /^[\w.,:/@-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A JavaScript literal as a person writes it: single quotes, bare keys, two-space indents. */
function literal(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth + 1);
  if (Array.isArray(value)) return `[\n${value.map((item) => `${pad}${literal(item, depth + 1)},`).join('\n')}\n${'  '.repeat(depth)}]`;
  if (value !== null && typeof value === 'object')
    return `{\n${Object.entries(value)
      .map(([key, inner]) => `${pad}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key, 0)}: ${literal(inner, depth + 1)},`)
      .join('\n')}\n${'  '.repeat(depth)}}`;
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return JSON.stringify(value);
}
