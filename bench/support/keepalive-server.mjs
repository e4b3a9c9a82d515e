// A loopback keep-alive server answering every request with a fixed CreateListener response.
// Runs in its own process so the client under test has the benchmark's main thread to itself.
import { createServer } from 'node:http';

const body = JSON.stringify({
  RequestId: 'CEF72CEB-54B6-4AE8-B225-F876FF7BA984',
  JobId: '72dcd26b-f12d-4c27-b3af-18f6aed5a3f1',
  ListenerId: 'lsn-o4u54y73wq7b7xawmq',
});
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () =>
    res.writeHead(200, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body),
  );
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
process.on('disconnect', () => process.exit(0));
