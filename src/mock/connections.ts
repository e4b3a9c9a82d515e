// The mock server's connections: a cap on how many are open at once, and a deadline for the first
// request. Node's headersTimeout starts with a request's first byte, so a connection that never
// sends one would be held for ever; here it is closed after `firstRequestMs` (set past Node's own
// check, so a request that has begun still gets Node's 408), and at the cap the oldest connection
// still waiting for its first full request gives its place to the new one, so silent or stalled
// connections cannot lock every client out. A connection that has sent a request keeps its place
// (keep-alive, closed after the server's keepAliveTimeout once idle).
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export function guardConnections(server: Server, { maxConnections, firstRequestMs }: { maxConnections: number; firstRequestMs: number }) {
  const open = new Set<Socket>();
  /** Connections with no request yet, oldest first. */
  const waiting = new Set<Socket>();
  const forget = (socket: Socket) => {
    open.delete(socket);
    waiting.delete(socket);
  };
  server.on('connection', (socket: Socket) => {
    if (open.size >= maxConnections) {
      const oldest = waiting.values().next().value;
      if (!oldest) {
        socket.destroy();
        return;
      }
      forget(oldest);
      oldest.destroy();
    }
    open.add(socket);
    waiting.add(socket);
    socket.setTimeout(firstRequestMs, () => socket.destroy());
    socket.once('close', () => forget(socket));
  });
  server.on('request', (request) => {
    if (waiting.delete(request.socket)) request.socket.setTimeout(0);
  });
}
