import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { contentTypeOf } from '@communique/site/content-types';
import { fileFor } from '@communique/site/static-files';

/** Path of the server-sent events stream that tells a page to reload. */
export const eventsPath = '/__communique/events';

/**
 * Injected into HTML answers of the local server only (the published pages carry no script). The
 * page says which page it is, so that only pages whose answer changed are told to reload.
 */
const reloadScript = `<script>new EventSource(${JSON.stringify(`${eventsPath}?page=`)} + encodeURIComponent(location.pathname)).onmessage = () => location.reload();</script>`;

/** What the server answers for a URL: a file under the root, or a text of its own. */
type Answer =
  | { readonly status: number; readonly type: string; readonly file: string }
  | { readonly status: number; readonly type: string; readonly text: string };

const html = 'text/html; charset=utf-8';

/**
 * A static file server over `root` for local preview, with live reload: an open page reloads when
 * what the server would answer for it changes, and only then. Never leaves `root`.
 */
export class StaticServer {
  readonly server: Server;
  readonly #root: string;
  #failure: string | undefined;
  /** Each open page's reload stream, and the page (URL path) it belongs to. */
  readonly #pages = new Map<ServerResponse, string>();
  /** The digest of the HTML last sent for each page path. */
  readonly #sent = new Map<string, string>();

  constructor(root: string) {
    this.#root = root;
    this.server = createServer((request, response) => this.#answer(request, response));
  }

  /**
   * Sets the failure every page shows (undefined: the built site), and tells each open page whose
   * answer is now different from the one it was sent to reload.
   */
  show(failure: string | undefined): void {
    this.#failure = failure;
    const now = new Map<string, string | undefined>();
    for (const [stream, page] of this.#pages) {
      if (!now.has(page)) now.set(page, this.#digestOf(page));
      if (now.get(page) !== this.#sent.get(page)) stream.write('data: reload\n\n');
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      for (const stream of this.#pages.keys()) stream.end();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  #answer(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === eventsPath) {
      this.#listen(url.searchParams.get('page') ?? '/', response);
      return;
    }
    const answer = this.#answerFor(url.pathname);
    if (answer.type !== html && 'file' in answer) {
      response.writeHead(answer.status, { 'content-type': answer.type, 'cache-control': 'no-store' });
      createReadStream(answer.file).pipe(response);
      return;
    }
    const body = bodyOf(answer);
    if (answer.type === html) this.#sent.set(url.pathname, digest(body));
    response.writeHead(answer.status, { 'content-type': answer.type, 'cache-control': 'no-store' });
    response.end(answer.type === html ? inject(body) : body);
  }

  #listen(page: string, response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    this.#pages.set(response, page);
    response.on('close', () => this.#pages.delete(response));
    // Changed between the page's answer and its stream opening: nothing else would tell it.
    if (this.#sent.has(page) && this.#digestOf(page) !== this.#sent.get(page))
      response.write('data: reload\n\n');
  }

  #answerFor(path: string): Answer {
    if (this.#failure !== undefined) return { status: 500, type: html, text: this.#failure };
    const file = fileFor(this.#root, path);
    if (file) return { status: 200, type: contentTypeOf(file), file };
    const notFound = fileFor(this.#root, '/404.html');
    if (notFound) return { status: 404, type: html, file: join(this.#root, '404.html') };
    return { status: 404, type: 'text/plain; charset=utf-8', text: 'Not found\n' };
  }

  #digestOf(page: string): string | undefined {
    try {
      return digest(bodyOf(this.#answerFor(page)));
    } catch {
      // Removed while being read (a whole build swaps the folder): the next show() looks again.
      return undefined;
    }
  }
}

function bodyOf(answer: Answer): string {
  return 'file' in answer ? readFileSync(answer.file, 'utf8') : answer.text;
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

function inject(body: string): string {
  const at = body.lastIndexOf('</body>');
  return at === -1 ? body + reloadScript : `${body.slice(0, at)}${reloadScript}${body.slice(at)}`;
}
