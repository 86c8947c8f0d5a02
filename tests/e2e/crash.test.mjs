// A crash is not a blank page: the notice says, in both languages, that something
// went wrong and that saved plans are safe, and offers a reload and a backup. The
// crash is asked for with `?debug-panic`, which only the test build (JIHUA_TEST_HOOKS)
// obeys; the release build in dist/ ignores it (checked below too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, DIST_TEST, useApp } from './harness.mjs';
import { serve } from './server.mjs';
import { eventually } from './eventually.mjs';

const env = useApp({ root: DIST_TEST });

test('a panic shows the crash notice; reload and backup work, and saved plans are safe', async () => {
  const app = await env.open();
  await app.editItem('摄影展', { title: '摄影展（崩溃前）' });
  await app.waitSaved();
  await app.page.goto(`${env.server.url}?debug-panic`);
  const notice = app.byTestId('crash-screen');
  await notice.waitFor({ timeout: 60_000 });
  await eventually.equal(() => notice.getAttribute('role'), 'alert');
  await eventually.match(() => notice.innerText(), /出错了[\s\S]*已经保存的计划都还在这个浏览器里[\s\S]*Something went wrong[\s\S]*safe/);
  assert.ok(app.errors.some((e) => /debug-panic/.test(e)), 'the panic is in the console');

  // The backup link starts the app afresh and downloads every plan.
  const [download] = await Promise.all([
    app.page.waitForEvent('download', { timeout: 60_000 }),
    app.byTestId('crash-backup').click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(backup.format, 'jihua-backup');
  assert.ok(backup.plans.some((p) => p.items.some((i) => i.title === '摄影展（崩溃前）')));
  await eventually.equal(() => app.page.evaluate(() => location.search), '');

  // Crash again, then reload: the app is back with the saved edit.
  await app.page.goto(`${env.server.url}?debug-panic`);
  await notice.waitFor({ timeout: 60_000 });
  await app.byTestId('crash-reload').click();
  await app.byTestId('plan-title').waitFor({ timeout: 60_000 });
  await app.row('摄影展（崩溃前）').waitFor();
  await eventually.equal(() => notice.count(), 0);
  await app.page.context().close();
});

// With JIHUA_DIST (a debug build under test) dist/ is not the release build.
test('the release build has no crash trigger', { skip: process.env.JIHUA_DIST ? 'JIHUA_DIST is set' : false }, async () => {
  const server = await serve(DIST);
  const context = await env.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}?debug-panic`);
    await page.getByTestId('plan-title').waitFor({ timeout: 60_000 });
    await page.getByTestId('item-row').first().waitFor();
    await page.getByTestId('save-status').and(page.locator('[data-state=saved]')).waitFor();
    assert.equal(await page.getByTestId('crash-screen').count(), 0);
  } finally {
    await context.close();
    await server.close();
  }
});
