import { createReadStream, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { register } from 'tsx/esm/api';
import { buildSite } from '../build.ts';

/** The repository's sample press room (11 releases, 7 languages, one embargoed, one draft). */
export const sampleRoom = join(import.meta.dirname, '..', '..', 'content');
/** After every sample release but the embargoed one (2027-02-10) and the draft. */
export const sampleNow = new Date('2026-06-01T00:00:00Z');

let registered = false;

/**
 * Builds the sample press room for real (Eleventy, then the Pagefind index) into a new folder;
 * `preview` includes the draft and the embargoed release, with their banners.
 */
export async function buildSample(options: { readonly preview?: boolean } = {}): Promise<string> {
  if (!registered) {
    register();
    registered = true;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'communique-sample-'));
  await buildSite({
    content: sampleRoom,
    now: sampleNow,
    outDir,
    ...(options.preview ? { preview: true } : {}),
  });
  return outDir;
}

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

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
      'content-type': types[extname(path)] ?? 'application/octet-stream',
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

function fileFor(root: string, url: string): string | undefined {
  const path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  const candidate = normalize(join(root, path));
  if (!candidate.startsWith(root + sep) && candidate !== root) return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not there: try the next
    }
  }
  return undefined;
}
