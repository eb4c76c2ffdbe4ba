import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { contentTypeOf } from '@communique/site/content-types';

/** Path of the server-sent events stream that tells pages to reload. */
export const eventsPath = '/__communique/events';

/** Injected into HTML answers of the local server only: the published pages carry no script. */
const reloadScript = `<script>new EventSource(${JSON.stringify(eventsPath)}).onmessage = () => location.reload();</script>`;

export interface PreviewServer {
  readonly server: Server;
  /** Tells every open page to reload. */
  readonly reload: () => void;
  /** While set, every page answers with this HTML (the last build failed and nothing was built before). */
  setFailure(html: string | undefined): void;
  close(): Promise<void>;
}

/** A static file server over `root` for local preview, with live reload. Never leaves `root`. */
export function createPreviewServer(root: string): PreviewServer {
  const clients = new Set<ServerResponse>();
  let failure: string | undefined;
  const server = createServer((request, response) => {
    if (request.url === eventsPath) {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (failure !== undefined) {
      send(response, 500, 'text/html; charset=utf-8', inject(failure));
      return;
    }
    serveFile(root, request, response);
  });
  return {
    server,
    reload: () => {
      for (const client of clients) client.write('data: reload\n\n');
    },
    setFailure: (html) => {
      failure = html;
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of clients) client.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function serveFile(root: string, request: IncomingMessage, response: ServerResponse): void {
  const file = fileFor(root, request.url ?? '/');
  if (file) {
    sendFile(response, 200, file);
    return;
  }
  const notFound = join(root, '404.html');
  if (existsSync(notFound)) sendFile(response, 404, notFound);
  else send(response, 404, 'text/plain; charset=utf-8', 'Not found\n');
}

/** The file a URL path names inside `root` (a folder gives its `index.html`), or undefined. */
export function fileFor(root: string, url: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : `${root}${sep}`))
    return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not there: try the next
    }
  }
  return undefined;
}

function sendFile(response: ServerResponse, status: number, file: string): void {
  const type = contentTypeOf(file);
  if (type.startsWith('text/html')) {
    send(response, status, type, inject(readFileSync(file, 'utf8')));
    return;
  }
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  createReadStream(file).pipe(response);
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

function inject(html: string): string {
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + reloadScript : `${html.slice(0, at)}${reloadScript}${html.slice(at)}`;
}
