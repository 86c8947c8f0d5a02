// Offline delivery: the single file from file:// (a USB stick), the served build
// with its service worker (offline after the first visit, from a sub-path too, and
// the notice when a new version is ready).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';
import { JihuaPage } from './app.mjs';
import { eventually } from './eventually.mjs';
import { DIST } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A page in a fresh context that records every request. */
async function openPage(url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const app = new JihuaPage(page);
  await app.open(url);
  return { context, app, requests };
}

/** The directive that blocks a script injected into the page, or 'none'. */
function injectScript(page) {
  return page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 1;';
    document.body.append(script);
    setTimeout(() => resolve(window.__injected ? 'none' : 'unknown'), 2000);
  }));
}

/** Waits until a service worker controls the page. */
async function controlled(app) {
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
}

test('the single file opened from file:// works, keeps its data and asks for nothing', async () => {
  const url = pathToFileURL(join(DIST, 'jihua.html')).href;
  const { context, app, requests } = await openPage(url);
  await eventually.match(() => app.title(), /示例/);
  await eventually.ok(async () => (await app.itemRows().count()) >= 20);
  // Where the data lives, and how to carry it elsewhere.
  await eventually.match(() => app.byTestId('file-notice').innerText(), /只保存在这台电脑的这个浏览器里[\s\S]*导出/);
  await eventually.equal(() => app.byTestId('save-status').getAttribute('data-backend'), 'indexeddb');
  await app.editItem('摄影展', { title: '摄影展（U 盘）' });
  await app.waitSaved();
  await app.reload();
  await eventually.equal(() => app.row('摄影展（U 盘）').count(), 1);
  // No request leaves the file: only the file itself is ever loaded.
  const outside = requests.filter((r) => r !== url && !r.startsWith('data:'));
  assert.deepEqual(outside, []);
  app.assertNoConsoleErrors();
  // Its Content-Security-Policy refuses scripts it does not name.
  await eventually.equal(() => injectScript(app.page), 'script-src-elem');
  await context.close();
});

test('the served build works offline after the first visit', async () => {
  const server = await serve(DIST);
  try {
    const { context, app } = await openPage(server.url);
    await controlled(app);
    // The first worker taking control is not a new version.
    await app.page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    await eventually.equal(() => app.byTestId('update-notice').count(), 0);
    await app.editItem('摄影展', { title: '摄影展（离线）' });
    await app.waitSaved();
    await context.setOffline(true);
    await app.reload();
    await eventually.equal(() => app.row('摄影展（离线）').count(), 1);
    await eventually.equal(() => app.byTestId('file-notice').count(), 0);
    app.assertNoConsoleErrors();
    await eventually.equal(() => injectScript(app.page), 'script-src-elem');
    await context.close();
  } finally {
    await server.close();
  }
});

test('served from a sub-path it works, online and offline', async () => {
  const server = await serve(DIST, { prefix: '/tools/jihua/' });
  try {
    const { context, app } = await openPage(server.url);
    await controlled(app);
    const scope = await app.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, server.url);
    await context.setOffline(true);
    await app.reload();
    await eventually.match(() => app.title(), /示例/);
    app.assertNoConsoleErrors();
    await context.close();
  } finally {
    await server.close();
  }
});

test('a new version is announced, and the reload brings it in and drops the old files', async () => {
  const root = await mkdtemp(join(tmpdir(), 'jihua-dist-'));
  await cp(DIST, root, { recursive: true });
  const server = await serve(root);
  try {
    const { context, app } = await openPage(server.url);
    await controlled(app);
    const before = await app.page.evaluate(() => caches.keys());
    assert.equal(before.length, 1);
    // Deploy a "new version": the worker's cache version changes.
    const sw = await readFile(join(root, 'sw.js'), 'utf8');
    await writeFile(join(root, 'sw.js'), sw.replace(/const CACHE = 'jihua-([0-9a-f]+)'/, "const CACHE = 'jihua-$1-next'"));
    await app.reload();
    await app.byTestId('update-notice').waitFor({ timeout: 60_000 });
    await Promise.all([app.page.waitForNavigation(), app.byTestId('update-reload').click()]);
    await app.byTestId('plan-title').waitFor();
    await app.page.waitForFunction(async () => (await caches.keys()).length === 1 && (await caches.keys())[0].endsWith('-next'));
    await eventually.equal(() => app.byTestId('update-notice').count(), 0);
    app.assertNoConsoleErrors();
    await context.close();
  } finally {
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
});
