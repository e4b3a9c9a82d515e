// Send over node:http / node:https with keep-alive agents: what the Node entry uses by default.
// Node 20's global fetch (undici) costs about twice as much CPU per call as node:http on loopback,
// which alone kept a fetch-based client from the throughput target (bench/RESULTS.md).
import type { IncomingMessage, RequestOptions, ClientRequest, Agent } from 'node:http';
import { pickHeaders, SendTimeout, SendTooLarge, type HttpRequest, type HttpResponse, type Send } from './http.ts';

interface Protocol {
  request(options: RequestOptions, onResponse: (response: IncomingMessage) => void): ClientRequest;
  /** One keep-alive agent per protocol for the whole process, as fetch's global dispatcher is. Idle sockets do not keep the process alive. */
  agent: Agent;
}

// Loaded on first use, so importing the client stays cheap (TLS is set up only for https).
// createClient accepts only http: and https: endpoints.
const protocols = new Map<string, Promise<Protocol>>();
function protocol(name: string): Promise<Protocol> {
  let loaded = protocols.get(name);
  if (!loaded) {
    loaded = (name === 'https:' ? import('node:https') : import('node:http')).then((m) => ({
      // Looked up on the module object at each call, not bound once: request interceptors (MSW's
      // setupServer, nock) replace it there, and an ES namespace binding would not see them.
      request: (options, onResponse) => m.default.request(options, onResponse),
      agent: new m.Agent({ keepAlive: true }),
    }));
    protocols.set(name, loaded);
  }
  return loaded;
}

interface Origin {
  protocol: string;
  hostname: string;
  port: string;
}

/** The parts of an origin node:http wants, parsed once per origin. */
const origins = new Map<string, Origin>();
function originOf(origin: string): Origin {
  let parsed = origins.get(origin);
  if (!parsed) {
    const u = new URL(origin);
    parsed = { protocol: u.protocol, hostname: u.hostname.replace(/^\[(.*)\]$/, '$1'), port: u.port };
    if (origins.size < 64) origins.set(origin, parsed);
  }
  return parsed;
}

export const nodeSend: Send = async (request) => {
  const origin = originOf(request.origin);
  return sendWith(await protocol(origin.protocol), origin, request);
};

function sendWith(
  transport: Protocol,
  { hostname, port }: Origin,
  { path, method, headers, timeoutMs, maxResponseBytes, signal }: HttpRequest,
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let settled = false;
    const finish = (error: unknown, value?: HttpResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve(value!);
      else reject(error);
    };
    const request = transport.request(
      {
        hostname,
        port,
        path,
        method,
        // An empty POST says so, as fetch does, instead of falling back to chunked encoding.
        headers: method === 'GET' || method === 'HEAD' ? headers : { ...headers, 'content-length': '0' },
        agent: transport.agent,
      },
      (response: IncomingMessage) => {
        const status = response.statusCode ?? 0;
        // Bytes, decoded once at the end: no string grows chunk by chunk, and past the limit
        // nothing more is read (a huge answer can neither exhaust memory nor a string's length).
        const chunks: Buffer[] = [];
        let size = 0;
        const tooLarge = () => {
          finish(new SendTooLarge(status));
          request.destroy();
        };
        if (Number(response.headers['content-length']) > maxResponseBytes) return tooLarge();
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxResponseBytes) tooLarge();
          else chunks.push(chunk);
        });
        const throttling = pickHeaders((name) => response.headers[name]);
        const location = response.headers.location;
        response.on('end', () =>
          finish(undefined, {
            status,
            contentType: String(response.headers['content-type'] ?? ''),
            ...(throttling ? { throttling } : {}),
            ...(typeof location === 'string' ? { location } : {}),
            text: Buffer.concat(chunks, size).toString('utf8'),
          }),
        );
        response.on('error', finish);
        response.on('aborted', () => finish(new Error('the connection closed before the answer was complete')));
      },
    );
    // Settle first, then tear the socket down: whatever the socket reports afterwards is ignored.
    const timer = setTimeout(() => {
      finish(new SendTimeout(`no answer within ${timeoutMs} ms`));
      request.destroy();
    }, timeoutMs);
    const onAbort = () => {
      finish(signal!.reason);
      request.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', finish);
    request.end();
  });
}
