import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { PreviewServer } from '../src/serve/preview-server.ts';

const servers: PreviewServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function start(): Promise<{ server: PreviewServer; base: string; crashes: Error[] }> {
  const root = mkdtempSync(join(tmpdir(), 'communique-preview-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><body><h1>Press room</h1></body></html>');
  const crashes: Error[] = [];
  const server = new PreviewServer(root, (error) => crashes.push(error));
  servers.push(server);
  const port = await server.listen(0);
  return { server, base: `http://127.0.0.1:${port}`, crashes };
}

/** Fetches `url` from another process while this thread waits for it, doing nothing else. */
function fetchWhileBlocked(url: string): { status: string; body: string } {
  const child = spawnSync(
    process.execPath,
    [
      '-e',
      `fetch(${JSON.stringify(url)}).then(async (r) => process.stdout.write(r.status + '\\n' + await r.text()))`,
    ],
    { encoding: 'utf8', timeout: 20_000 },
  );
  const [status = '', ...body] = child.stdout.split('\n');
  return { status, body: body.join('\n') };
}

describe('the preview server', () => {
  test('answers while the main thread is busy (a rebuild): it runs in a thread of its own', async () => {
    const { base, crashes } = await start();
    const answer = fetchWhileBlocked(`${base}/`);
    expect(answer.status).toBe('200');
    expect(answer.body).toContain('<h1>Press room</h1>');
    expect(answer.body).toContain('new EventSource(');
    expect(crashes).toEqual([]);
  });

  test('shows the failure on every page until the site is shown again', async () => {
    const { server, base } = await start();
    server.show('<!doctype html><html><body><h1>The site was not rebuilt</h1></body></html>');
    let answer = fetchWhileBlocked(`${base}/`);
    expect(answer.status).toBe('500');
    expect(answer.body).toContain('The site was not rebuilt');
    server.show(undefined);
    answer = fetchWhileBlocked(`${base}/`);
    expect(answer.status).toBe('200');
  });

  test('a port in use is a clear error', async () => {
    const { base } = await start();
    const port = Number(new URL(base).port);
    const second = new PreviewServer(mkdtempSync(join(tmpdir(), 'communique-preview-')), () => {});
    servers.push(second);
    await expect(second.listen(port)).rejects.toThrow(`port ${port} is already in use`);
  });
});
