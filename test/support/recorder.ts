// A loopback HTTP server that records each request and answers with a canned response: the
// stand-in for the ALB endpoint in client tests.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  query: Record<string, string>;
}

/** A canned answer; or `hang` (never answer), `destroy` (drop the connection), `truncate` (drop it halfway through the body). */
export type Reply = (
  request: Recorded,
  index: number,
) => { status: number; body: string; contentType?: string; headers?: Record<string, string> } | 'hang' | 'destroy' | 'truncate';

export const ok = (): ReturnType<Reply> => ({
  status: 200,
  body: JSON.stringify({
    RequestId: 'CEF72CEB-54B6-4AE8-B225-F876FF7BA984',
    JobId: '72dcd26b-f12d-4c27-b3af-18f6aed5a3f1',
    ListenerId: 'lsn-o4u54y73wq7b7xawmq',
  }),
});

/** With `tls` (a PEM key and certificate) the recorder speaks https. */
export async function startRecorder(reply: Reply = ok, tls?: { key: string; cert: string }) {
  const requests: Recorded[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: Recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        query: Object.fromEntries(url.searchParams),
      };
      requests.push(recorded);
      const answer = reply(recorded, requests.length - 1);
      if (answer === 'hang') return;
      if (answer === 'destroy') return void req.socket.destroy();
      if (answer === 'truncate') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' }).write('{"RequestId":"');
        return void setTimeout(() => req.socket.destroy(), 20);
      }
      res
        .writeHead(answer.status, { 'content-type': answer.contentType ?? 'application/json;charset=utf-8', ...answer.headers })
        .end(answer.body);
    });
  };
  const server = tls ? createTlsServer(tls, handle) : createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
