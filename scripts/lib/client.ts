// The client's call function from orval (fetch client). orval writes the URL builder and the
// call; the transport (signing, retries, errors) and the query serializer are ours, in src/client/.
import { generate } from 'orval';

export async function generateClient(bundlePath: string, target: string): Promise<void> {
  await generate({
    input: { target: bundlePath },
    output: {
      target,
      client: 'fetch',
      mode: 'single',
      clean: false,
      override: {
        mutator: { path: 'src/client/transport.ts', name: 'albFetch' },
        paramsSerializer: { path: 'src/client/serialize.ts', name: 'serializeRpcQuery' },
      },
    },
  });
}
