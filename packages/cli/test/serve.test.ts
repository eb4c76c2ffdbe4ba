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

/**
 * An open page's reload stream, asking for the page again at each reload as a browser does: the
 * events it was sent, and the pages it was answered, so far.
 */
async function openPage(
  base: string,
  page: string,
  { ask = true } = {},
): Promise<{ events: string[]; bodies: string[]; close(): void }> {
  if (ask) await get(`${base}${page}`);
  const events: string[] = [];
  const bodies: string[] = [];
  const stream = request(`${base}/__communique/events?page=${encodeURIComponent(page)}`, (response) => {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      for (const [, event] of chunk.matchAll(/data: (\w+)/g)) {
        events.push(event!);
        if (ask) void get(`${base}${page}`).then((answer) => bodies.push(answer.body));
      }
    });
  });
  stream.on('error', () => {});
  stream.end();
  await new Promise((resolve) => stream.once('response', resolve));
  return { events, bodies, close: () => stream.destroy() };
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
    expect(home.body).toContain(
      'new EventSource("/__communique/events?page=" + encodeURIComponent(location.pathname))',
    );
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
    const other = await openPage(base, '/en/2023/border-workshop/');
    // A stream whose page was never asked for is told at every rebuild step: it says when both
    // steps (the edited release's pages, then the rest) have been told.
    const steps = await openPage(base, '/never-asked-for/', { ask: false });
    const file = join(content, 'releases', '2024', 'portal-launch', 'en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Ukraine opens', 'Ukraine launches'));
    await eventually(
      async () => steps.events.length,
      (count) => count === 2,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(steps.events).toEqual(['reload', 'reload']);
    // Reloaded once its own pages were written, it shows the edit at once.
    expect(edited.events[0]).toBe('reload');
    expect(edited.bodies[0]).toContain('Ukraine launches a national portal');
    // Another release's page did not change: it is left alone.
    expect(other.events).toEqual([]);
    for (const stream of [edited, other, steps]) stream.close();
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
