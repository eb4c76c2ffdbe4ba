import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { contentTypeOf } from './content-types.ts';
import { fileFor } from './static-files.ts';

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `root` on an ephemeral loopback port as a static host would: folders by `index.html`, else `404.html`. */
export async function serve(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const file = fileFor(root, request.url ?? '/');
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    response.writeHead(status, {
      'content-type': contentTypeOf(path),
      'cache-control': 'no-store',
    });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
