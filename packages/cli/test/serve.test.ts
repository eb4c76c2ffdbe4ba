import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startServe, stopServers } from './helpers/serve.ts';

afterEach(stopServers);

function get(url: string): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    request(url, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body, type: String(response.headers['content-type']) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

interface OpenPage {
  /** When each reload was told, in milliseconds (performance.now()). */
  readonly reloads: number[];
  /** The page's HTML at each answer, the first one included. */
  readonly bodies: string[];
  close(): void;
}

/**
 * A page open in a browser: asked for, then its reload stream opened from the URL the page gives;
 * at each reload, asked for again and a new stream opened from the new answer.
 */
async function openPage(base: string, page: string): Promise<OpenPage> {
  const reloads: number[] = [];
  const bodies: string[] = [];
  let closed = false;
  let stream: ReturnType<typeof request> | undefined;
  const load = async () => {
    const { body } = await get(`${base}${page}`);
    bodies.push(body);
    const events = /new EventSource\(("[^"]+")\)/.exec(body)?.[1];
    if (!events || closed) return;
    stream = request(`${base}${JSON.parse(events) as string}`, (response) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (!chunk.includes('data: reload')) return;
        reloads.push(performance.now());
        stream?.destroy();
        void load();
      });
    });
    stream.on('error', () => {});
    stream.end();
    await new Promise((resolve) => stream?.once('response', resolve));
  };
  await load();
  return {
    reloads,
    bodies,
    close: () => {
      closed = true;
      stream?.destroy();
    },
  };
}

/** Asks until `check` passes, a bounded number of times (the test's timeout bounds it too). */
async function eventually<T>(ask: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  let last: T | undefined;
  for (let attempt = 0; attempt < 300; attempt++) {
    last = await ask();
    if (check(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return last as T;
}

describe('communique serve', () => {
  test('serves the built site on loopback, with a live reload script the built files do not have', async () => {
    const { base } = await startServe();
    const home = await get(`${base}/`);
    expect(home.status).toBe(200);
    expect(home.type).toBe('text/html; charset=utf-8');
    expect(home.body).toContain('<ul class="language-choice">');
    // The page's reload stream names the page and what it was sent.
    expect(home.body).toMatch(/new EventSource\("\/__communique\/events\?page=%2F&seen=[\w-]+"\)/);
    const release = await get(`${base}/fr/2024/portail-signalement/`);
    expect(release.body).toContain('<html lang="fr" dir="ltr">');
    expect((await get(`${base}/styles/site.css`)).type).toBe('text/css; charset=utf-8');
    // Feeds and contact cards open as what they are, not as downloads of unknown bytes.
    expect((await get(`${base}/fr/feed.atom`)).type).toBe('application/atom+xml; charset=utf-8');
    expect((await get(`${base}/fr/contacts/horbunova.vcf`)).type).toBe('text/vcard; charset=utf-8');
    const missing = await get(`${base}/fr/nothing-here/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Page not found');
    expect((await get(`${base}/%2e%2e/%2e%2e/content/people.yaml`)).status).toBe(404);
    expect((await get(`${base}/en/2025/zz-canary-embargo/`)).status).toBe(404);
  });

  test('rebuilds when the content changes and tells the open pages that changed to reload', async () => {
    const { base, content } = await startServe();
    const edited = await openPage(base, '/en/2024/portal-launch/');
    const list = await openPage(base, '/en/');
    const other = await openPage(base, '/en/2023/border-workshop/');
    const file = join(content, 'releases', '2024', 'portal-launch', 'en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Ukraine opens', 'Ukraine launches'));
    // The list shows the new title once the whole rebuild is done.
    await eventually(
      async () => list.bodies.at(-1) ?? '',
      (body) => body.includes('Ukraine launches a national portal'),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The edited page reloaded once and showed the edit: the whole rebuild after its own pages
    // (serve-session.test.ts: the server is told in between) wrote it again unchanged.
    expect(edited.reloads).toHaveLength(1);
    expect(edited.bodies[1]).toContain('Ukraine launches a national portal');
    expect(list.reloads).toHaveLength(1);
    // Another release's page did not change: it is left alone.
    expect(other.reloads).toEqual([]);
    for (const page of [edited, list, other]) page.close();
  });

  test('shows what to fix while the content has errors, and the site again once fixed', async () => {
    const { base, content, output } = await startServe();
    const people = join(content, 'people.yaml');
    const good = readFileSync(people, 'utf8');
    writeFileSync(people, good.replace('+380 44 568 50 15', '+380 12'));
    const broken = await eventually(
      () => get(`${base}/en/`),
      (response) => response.status === 500,
    );
    expect(broken.body).toContain('The site was not rebuilt');
    expect(broken.body).toMatch(/people\.yaml:\d+:\d+/);
    expect(output()).toContain('Refusing to publish');
    writeFileSync(people, good);
    const fixed = await eventually(
      () => get(`${base}/en/`),
      (response) => response.status === 200,
    );
    expect(fixed.body).toContain('release-list');
  });

  test('--preview shows embargoed releases with a banner', async () => {
    const { base } = await startServe('--preview');
    const page = await get(`${base}/en/2025/zz-canary-embargo/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('class="preview-banner"');
  });

  test('builds beside its cache, sharing the cached pages’ files, and clears folders a killed serve left', async () => {
    const probe = await startServe('--cache', 'cache');
    const leftover = join(probe.dir, 'cache', 'serve', 'communique-serve-999999999-abcdef');
    mkdirSync(join(leftover, 'site'), { recursive: true });
    probe.child.kill('SIGKILL');
    const { dir, output } = await startServe('--cache', join(probe.dir, 'cache'));
    const into = /into (\S+) in /.exec(output())?.[1];
    expect(into).toBeDefined();
    const built = resolve(dir, into!);
    expect(built.startsWith(join(probe.dir, 'cache', 'serve', 'communique-serve-'))).toBe(true);
    // One file under two names: placed from the cache the first serve filled, not copied.
    expect(statSync(join(built, 'fr', '2024', 'portail-signalement', 'index.html')).nlink).toBe(2);
    expect(existsSync(leftover)).toBe(false);
    expect(dir).not.toBe(probe.dir);
  });

  test('stops cleanly when interrupted', async () => {
    const { child } = await startServe();
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
