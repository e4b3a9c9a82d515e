// A loopback server in front of another that changes each answer (or drops the connection):
// the deliberately broken servers of the contract-suite, proxy and fault tests.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** Returns the changed answer, or 'drop' to cut the connection instead of answering. */
export type Change = (answer: Answer, index: number) => Answer | 'drop';

export async function startDriftingProxy(upstream: string, change: Change): Promise<{ url: string; close(): void }> {
  let index = 0;
  const server = createServer((req, res) => {
    void fetch(`${upstream}${req.url}`, { method: req.method, headers: req.headers as Record<string, string> }).then(async (response) => {
      const answer = change(
        {
          status: response.status,
          headers: {
            'content-type': response.headers.get('content-type') ?? '',
            ...(response.headers.has('x-acs-retry-after') ? { 'x-acs-retry-after': response.headers.get('x-acs-retry-after')! } : {}),
          },
          text: await response.text(),
        },
        index++,
      );
      if (answer === 'drop') return void req.socket.destroy();
      res.writeHead(answer.status, answer.headers).end(answer.text);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
