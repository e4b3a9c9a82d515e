// `npm run conformance:proxy -- --upstream <url>`: Prism's proxy (in process, response validation on)
// in front of an upstream, so a frontend's real traffic can be checked against the contract. Point
// the frontend at the printed URL; every response Prism finds off-contract is printed with Prism's
// own message, and the run exits 1 when it ends (Ctrl-C, --max-requests or --seconds) if any was.
//   --upstream <url>   or CONTRACT_UPSTREAM (required)     --port <n> (default 4020)   --host (127.0.0.1)
// Prism re-encodes the query and rewrites Host, so signed requests do not survive the proxy: use it
// with an unsigned upstream (the mock, a gateway that signs) or expect SignatureDoesNotMatch.
import { createLogger } from '@stoplight/prism-core';
import { createInstance, getHttpOperationsFromSpec, type IHttpConfig } from '@stoplight/prism-http';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCommand } from '../src/cli/args.ts';
import { actionAtRoot, actionOperations } from '../src/openapi/document.ts';

const usage = `usage: npm run conformance:proxy -- --upstream <url> [options]

  --upstream <url>      or CONTRACT_UPSTREAM (required): the server to check
  --host <h>            default 127.0.0.1
  --port <n>            default 4020
  --max-requests <n>    stop after this many requests
  --seconds <n>         stop after this long

examples:
  npm run conformance:proxy -- --upstream http://127.0.0.1:4010
  npm run conformance:proxy -- --upstream http://127.0.0.1:4010 --seconds 60`;

const values = parseCommand(
  process.argv.slice(2),
  {
    upstream: { type: 'string', default: process.env.CONTRACT_UPSTREAM },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '4020' },
    'max-requests': { type: 'string' },
    seconds: { type: 'string' },
  } as const,
  usage,
);
if (!values.upstream) {
  console.error('error: --upstream <url> (or CONTRACT_UPSTREAM) is required');
  process.exit(2);
}
const upstream = new URL(values.upstream);
// Prism routes by path, and every action is `POST /` on the wire: each action's operation is given
// to Prism alone at `/`, picked by the request's action (the x-acs-action header, or Action for a
// V1 request). A request naming no action of the contract is checked as the first action's (its
// documented InvalidAction.NotFound answer is every action's).
const wire = JSON.parse(readFileSync(new URL('../generated/openapi.wire.json', import.meta.url), 'utf8'));
const operationsByAction = new Map(
  await Promise.all(
    actionOperations(wire).map(
      async ({ action }) => [action, await getHttpOperationsFromSpec(actionAtRoot(wire, action) as never)] as const,
    ),
  ),
);
const [firstAction] = operationsByAction.values();
const config = {
  checkSecurity: false,
  validateRequest: true,
  validateResponse: true,
  errors: false,
  isProxy: true,
  upstream,
  upstreamProxy: undefined,
  mock: { dynamic: false },
} as unknown as IHttpConfig;
const prism = createInstance(config, { logger: createLogger('proxy', { level: 'silent' } as never) as never });

let requests = 0;
let violations = 0;
const maxRequests = values['max-requests'] ? Number(values['max-requests']) : Infinity;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const query: Record<string, string> = Object.fromEntries(url.searchParams);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
    const body = chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
    const operations = operationsByAction.get(headers['x-acs-action'] ?? query.Action ?? '') ?? firstAction!;
    const result = await prism.request(
      { method: (req.method ?? 'GET').toLowerCase() as never, url: { path: url.pathname, query }, headers, body },
      operations,
    )();
    requests++;
    if (result._tag === 'Left') {
      violations++;
      console.log(`${req.method} ${req.url?.slice(0, 80)} -> proxy error: ${result.left.message}`);
      res.writeHead(502, { 'content-type': 'text/plain' }).end(result.left.message);
    } else {
      const { output, validations } = result.right;
      const problems = validations.output;
      const label = `${req.method} ${url.pathname} ${headers['x-acs-action'] ?? query.Action ?? '(no action)'} -> ${output.statusCode}`;
      if (problems.length > 0) {
        violations++;
        console.log(`${label} VIOLATES THE CONTRACT:`);
        for (const p of problems) console.log(`   ${p.message}${p.path?.length ? ` (${p.path.join('.')})` : ''}`);
      } else console.log(`${label} ok`);
      for (const p of validations.input) console.log(`   request: ${p.message}`);
      const outHeaders = Object.fromEntries(
        Object.entries(output.headers ?? {}).filter(([k]) => !/^(content-length|transfer-encoding|connection)$/i.test(k)),
      );
      const text = typeof output.body === 'string' ? output.body : JSON.stringify(output.body ?? '');
      res.writeHead(output.statusCode, outHeaders).end(text);
    }
    if (requests >= maxRequests) finish();
  });
});

server.listen(Number(values.port), values.host, () => {
  const { port } = server.address() as AddressInfo;
  console.log(`contract proxy on http://${values.host}:${port} -> ${upstream.origin} (response validation on)`);
});
if (values.seconds) setTimeout(finish, Number(values.seconds) * 1000);
process.once('SIGINT', finish);
process.once('SIGTERM', finish);

function finish(): void {
  server.close();
  server.closeAllConnections();
  console.log(`\n${requests} requests, ${violations} violating the contract`);
  process.exit(violations > 0 ? 1 : 0);
}
