// Storage that never loses a plan: full disks, damaged records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp } from './harness.mjs';
import { eventually } from './eventually.mjs';
import { JihuaPage } from './app.mjs';

const env = useApp();

/** Writes a raw record into the app's IndexedDB `plans` store. */
function putRecord(page, record) {
  return page.evaluate((record) => new Promise((resolve, reject) => {
    const open = indexedDB.open('jihua');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('plans', 'readwrite');
      tx.objectStore('plans').put(record);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), record);
}

test('a full disk keeps the edit on screen, says so, and offers a backup', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const app = new JihuaPage(await context.newPage());
  await app.open(env.server.url);
  await app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();
  await app.page.evaluate(() => { window.__diskFull = true; });
  await app.editItem('摄影展', { title: '摄影展（改期）' });
  await app.byTestId('save-status').and(app.page.locator('[data-state=error]')).waitFor();
  const alert = app.byTestId('error-message').filter({ hasText: '存储空间已满' });
  await eventually.equal(() => alert.getAttribute('role'), 'alert');
  await eventually.equal(() => app.row('摄影展（改期）').count(), 1);
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.byTestId('download-backup').click(),
  ]);
  assert.match(download.suggestedFilename(), /^jihua-备份-\d{4}-\d{2}-\d{2}\.jihua\.json$/);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(backup.format, 'jihua-backup');
  assert.ok(backup.plans[0].items.some((i) => i.title === '摄影展（改期）'));
  // Space freed: the next edit saves everything, the earlier one included.
  await app.page.evaluate(() => { window.__diskFull = false; });
  await app.editItem('摄影展（改期）', { title: '摄影展（十月）' });
  await app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();
  await app.reload();
  await eventually.equal(() => app.row('摄影展（十月）').count(), 1);
  await context.close();
});

test('a damaged record is kept and downloadable, and the other plans still load', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const app = new JihuaPage(await context.newPage());
  await app.open(env.server.url);
  await app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();
  await putRecord(app.page, { id: 'damaged', revision: 4, json: '{"id":"damaged","title":' });
  await putRecord(app.page, { id: 'odd', something: 'else' });
  await app.reload();
  await eventually.match(() => app.title(), /示例/);
  await eventually.ok(async () => (await app.itemRows().count()) >= 20);
  const notice = app.byTestId('error-message').filter({ hasText: '无法读取' });
  await notice.waitFor();
  await eventually.equal(() => notice.getByTestId('download-unreadable').count(), 2);
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    notice.locator('[data-key=damaged]').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'jihua-unreadable-damaged.json');
  await eventually.equal(async () => await readFile(await download.path(), 'utf8'), '{"id":"damaged","title":');
  // Still there after another start: nothing was dropped.
  await app.reload();
  await notice.waitFor();
  await eventually.equal(() => notice.getByTestId('download-unreadable').count(), 2);
  await context.close();
});

test('an older version comes back from the history, and the restore can be undone', async () => {
  const app = await env.open();
  await app.editItem('摄影展', { title: '摄影展（一）' });
  await app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();
  await app.editItem('摄影展（一）', { title: '摄影展（二）' });
  await app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();
  await app.byTestId('history').click();
  const entries = app.byTestId('history-dialog').getByTestId('history-entry');
  await entries.first().waitFor();
  await eventually.ok(async () => (await entries.count()) >= 3);
  await entries.filter({ hasText: '与现在不同：摄影展（一）' }).getByTestId('history-restore').click();
  await app.row('摄影展（一）').waitFor();
  await app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();
  await app.reload();
  await eventually.equal(() => app.row('摄影展（一）').count(), 1);
  await app.byTestId('history').click();
  // The state it replaced was kept too.
  await app.byTestId('history-dialog').getByText('恢复旧版本前').first().waitFor();
  await app.page.keyboard.press('Escape');
  await app.page.context().close();
});

test('a deleted plan can be brought back from the plans list', async () => {
  const app = await env.open();
  await app.newPlan('临时计划');
  await app.byTestId('manage-plans').click();
  const sample = app.byTestId('plans-entry').filter({ hasText: '示例' });
  await sample.getByTestId('plan-delete').click();
  await app.byTestId('confirm-yes').click();
  await app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();
  await app.byTestId('manage-plans').click();
  const deleted = app.byTestId('deleted-plans').getByTestId('history-entry');
  await deleted.first().waitFor();
  await eventually.match(() => deleted.first().innerText(), /文化馆工作计划（示例）/);
  await deleted.first().getByTestId('history-restore').click();
  await app.page.getByTestId('plan-title').filter({ hasText: '示例' }).waitFor();
  await eventually.ok(async () => (await app.itemRows().count()) >= 20);
  await app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();
  await app.reload();
  await eventually.equal(() => app.byTestId('plan-switcher').locator('option').count(), 2);
  await app.page.context().close();
});

test('a change that could not be stored before the page was left comes back next time', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.__broken) throw new DOMException('The disk is unwell.', 'UnknownError');
      return put.apply(this, args);
    };
  });
  const app = new JihuaPage(await context.newPage());
  await app.open(env.server.url);
  await app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();
  await app.page.evaluate(() => { window.__broken = true; });
  await app.editItem('摄影展', { title: '摄影展（未存）' });
  await app.byTestId('save-status').and(app.page.locator('[data-state=error]')).waitFor();
  // The page goes away (pagehide), with the write still failing.
  await app.page.close({ runBeforeUnload: true });
  const again = new JihuaPage(await context.newPage());
  await again.open(env.server.url);
  await again.row('摄影展（未存）').waitFor();
  await eventually.match(() => again.byTestId('toast').innerText(), /找回/);
  await again.byTestId('save-status').and(again.page.locator('[data-state=saved]')).waitFor();
  await again.reload();
  await eventually.equal(() => again.row('摄影展（未存）').count(), 1);
  await context.close();
});
