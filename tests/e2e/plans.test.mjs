// Several plans: create, rename, copy to next year, delete with confirmation;
// and the interface language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';
import { eventually } from './eventually.mjs';
import { JihuaPage } from './app.mjs';

const env = useApp();

test('copy to next year shifts the plan, rename and delete with confirmation', async () => {
  const app = await env.open();
  const year = new Date().getFullYear();
  // Escape closes a dialog wherever focus was, and focus comes back.
  await app.byTestId('manage-plans').click();
  await app.page.keyboard.press('Escape');
  await app.byTestId('plans-dialog').waitFor({ state: 'detached' });
  await eventually.equal(() => app.page.evaluate(() => document.activeElement?.dataset.testid), 'manage-plans');
  await app.byTestId('manage-plans').click();
  // Where the data lives, and how much space it takes.
  await app.byTestId('storage-info').filter({ hasText: '已用' }).waitFor();
  await eventually.match(() => app.byTestId('storage-info').innerText(), /这个浏览器里（IndexedDB）/);
  await app.byTestId('plans-entry').first().getByTestId('plan-copy-next-year').click();
  await eventually.equal(() => app.title(), `${year + 1}年文化馆工作计划（示例）`);
  // No longer marked as a sample, and it is a plan of its own.
  await eventually.equal(() => app.byTestId('sample-banner').count(), 0);
  await eventually.equal(async () => (await app.describe('敦化市农民艺术节')).when, '7月');
  await app.byTestId('plan-properties').click();
  await eventually.equal(() => app.byTestId('plan-year-input').inputValue(), String(year + 1));
  await app.byTestId('plan-title-input').fill(`${year + 1}年文化馆工作计划`);
  await app.byTestId('plan-save').click();
  await eventually.equal(() => app.title(), `${year + 1}年文化馆工作计划`);

  await app.reload();
  await eventually.deepEqual(async () => (await app.byTestId('plan-switcher').locator('option').allInnerTexts()).sort(),
    [`${year + 1}年文化馆工作计划`, `${year}年文化馆工作计划（示例）`].sort());
  // Switch back to the sample with the switcher.
  await app.byTestId('plan-switcher').selectOption({ label: `${year}年文化馆工作计划（示例）` });
  await eventually.equal(() => app.title(), `${year}年文化馆工作计划（示例）`);

  // Delete the copy: a confirmation first, cancel keeps it.
  await app.byTestId('manage-plans').click();
  const entry = app.byTestId('plans-entry').filter({ hasText: `${year + 1}年文化馆工作计划` });
  await entry.getByTestId('plan-delete').click();
  await app.byTestId('confirm-dialog').getByRole('button', { name: '取消' }).click();
  await app.byTestId('manage-plans').click();
  await entry.getByTestId('plan-delete').click();
  await app.byTestId('confirm-yes').click();
  // The deletion is stored before the status says saved.
  await app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();
  await app.reload();
  await eventually.equal(() => app.byTestId('plan-switcher').locator('option').count(), 1);
  app.assertNoConsoleErrors();
  await app.page.context().close();
});

test('English is one click away and is remembered', async () => {
  const app = await env.open();
  await app.byTestId('lang-toggle').click();
  await eventually.equal(() => app.byTestId('nav-outline').innerText(), 'Outline');
  await eventually.equal(async () => (await app.describe('敦化市农民艺术节')).when, 'Jul');
  await eventually.equal(async () => (await app.describe('第三届书画公益讲座')).when, 'Middle Apr');
  await eventually.equal(() => app.byTestId('save-status').innerText(), 'Saved');
  await eventually.equal(() => app.page.locator('html').getAttribute('lang'), 'en');
  await app.reload();
  await eventually.equal(() => app.byTestId('nav-outline').innerText(), 'Outline');
  await app.byTestId('lang-toggle').click();
  await eventually.equal(() => app.byTestId('nav-outline').innerText(), '大纲');
  app.assertNoConsoleErrors();
  await app.page.context().close();
});

test('without IndexedDB the plans go to localStorage, and the status says so', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get() { return undefined; } });
  });
  const app = new JihuaPage(await context.newPage());
  await app.open(env.server.url);
  const status = app.byTestId('save-status');
  await eventually.equal(() => status.getAttribute('data-backend'), 'localstorage');
  await eventually.equal(() => status.innerText(), '已保存（备用存储）');
  await app.editItem('摄影展', { title: '摄影艺术展' });
  await app.reload();
  await eventually.equal(() => app.row('摄影艺术展').count(), 1);
  await eventually.equal(() => app.saveState(), 'saved');
  const keys = await app.page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some((k) => k.startsWith('jihua:plan:')));
  app.assertNoConsoleErrors();
  await context.close();
});

test('without any browser storage the app still works and warns that nothing is kept', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get() { return undefined; } });
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const app = new JihuaPage(await context.newPage());
  await app.open(env.server.url);
  await eventually.equal(() => app.saveState(), 'memory-only');
  await eventually.equal(() => app.byTestId('save-status').innerText(), '未保存（仅在内存中）');
  await eventually.ok(async () => (await app.itemRows().count()) >= 20);
  // Editing still works for the session.
  await app.editItem('摄影展', { title: '摄影艺术展' });
  await eventually.equal(() => app.row('摄影艺术展').count(), 1);
  await context.close();
});
