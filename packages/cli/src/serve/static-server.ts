import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { contentTypeOf } from '@communique/site/content-types';
import { fileFor } from '@communique/site/static-files';

/** Path of the server-sent events stream that tells a page to reload. */
export const eventsPath = '/__communique/events';

/**
 * Injected into HTML answers of the local server only (the published pages carry no script): a
 * reload stream that names the page and the digest of what it was sent, so that the server tells
 * it to reload only once its answer differs.
 */
function reloadScript(page: string, seen: string): string {
  const url = `${eventsPath}?page=${encodeURIComponent(page)}&seen=${encodeURIComponent(seen)}`;
  return `<script>new EventSource(${JSON.stringify(url)}).onmessage = () => location.reload();</script>`;
}

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
  /** Each open page's reload stream: the page (URL path) and the digest of what it was sent. */
  readonly #streams = new Map<ServerResponse, { readonly page: string; seen: string }>();

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
    for (const [stream, open] of this.#streams) {
      if (!now.has(open.page)) now.set(open.page, this.#digestOf(open.page));
      this.#tellIfChanged(stream, open, now.get(open.page));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      for (const stream of this.#streams.keys()) stream.end();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  #answer(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === eventsPath) {
      this.#listen(url, response);
      return;
    }
    const answer = this.#answerFor(url.pathname);
    if (answer.type !== html && 'file' in answer) {
      response.writeHead(answer.status, { 'content-type': answer.type, 'cache-control': 'no-store' });
      createReadStream(answer.file).pipe(response);
      return;
    }
    const body = bodyOf(answer);
    response.writeHead(answer.status, { 'content-type': answer.type, 'cache-control': 'no-store' });
    response.end(answer.type === html ? inject(body, reloadScript(url.pathname, digest(body))) : body);
  }

  #listen(url: URL, response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    const open = { page: url.searchParams.get('page') ?? '/', seen: url.searchParams.get('seen') ?? '' };
    this.#streams.set(response, open);
    response.on('close', () => this.#streams.delete(response));
    // Changed between the page's answer and its stream opening: nothing else would tell it.
    this.#tellIfChanged(response, open, this.#digestOf(open.page));
  }

  #tellIfChanged(stream: ServerResponse, open: { seen: string }, digest: string | undefined): void {
    if (digest === undefined || digest === open.seen) return;
    open.seen = digest;
    stream.write('data: reload\n\n');
  }

  #answerFor(path: string): Answer {
    if (this.#failure !== undefined) return { status: 500, type: html, text: this.#failure };
    const file = fileFor(this.#root, path);
    if (file) return { status: 200, type: contentTypeOf(file), file };
    const notFound = fileFor(this.#root, '/404.html');
    if (notFound) return { status: 404, type: html, file: notFound };
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
  return createHash('sha1').update(text).digest('base64url');
}

function inject(body: string, script: string): string {
  const at = body.lastIndexOf('</body>');
  return at === -1 ? body + script : `${body.slice(0, at)}${script}${body.slice(at)}`;
}
