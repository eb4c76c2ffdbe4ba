import type { MessagePort } from 'node:worker_threads';
import { StaticServer } from './static-server.ts';

/** What the main thread tells the preview server's thread. */
export type ToServer =
  | { readonly type: 'listen'; readonly port: number }
  | { readonly type: 'show'; readonly failure: string | undefined }
  | { readonly type: 'close' };

/** What the preview server's thread answers. */
export type FromServer =
  | { readonly type: 'listening'; readonly port: number }
  | { readonly type: 'refused'; readonly code: string | undefined; readonly message: string }
  | { readonly type: 'closed' };

/**
 * The preview server's thread (`server-worker.mjs` calls it): answers requests from its own event
 * loop, so that pages are served while the main thread rebuilds.
 */
export function serveInWorker(port: MessagePort, root: string): void {
  const server = new StaticServer(root);
  const tell = (message: FromServer) => port.postMessage(message);
  port.on('message', (message: ToServer) => {
    switch (message.type) {
      case 'listen':
        server.server.once('error', (error: NodeJS.ErrnoException) =>
          tell({ type: 'refused', code: error.code, message: error.message }),
        );
        server.server.listen(message.port, '127.0.0.1', () => {
          const address = server.server.address();
          tell({
            type: 'listening',
            port: typeof address === 'object' && address ? address.port : message.port,
          });
        });
        break;
      case 'show':
        server.show(message.failure);
        break;
      case 'close':
        void server.close().then(() => {
          tell({ type: 'closed' });
          port.close();
        });
        break;
    }
  });
}
