// Two tabs on one plan: no lost update, ever.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';
import { eventually, until } from './eventually.mjs';
import { JihuaPage, deafToOtherTabs } from './app.mjs';

const env = useApp();

/** Two pages of one browser profile, both showing the sample; `deaf` pages hear no other tab. */
async function twoTabs({ deafSecond = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const first = new JihuaPage(await context.newPage());
  await first.open(env.server.url);
  await first.byTestId('save-status').and(first.page.locator('[data-state=saved]')).waitFor();
  const page = await context.newPage();
  // A deaf tab still tells others of its saves but hears nothing itself.
  if (deafSecond) await deafToOtherTabs(page);
  const second = new JihuaPage(page);
  await second.open(env.server.url);
  return { context, first, second };
}

const saved = (app) => app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();

test('an idle tab picks up what another tab saved', async () => {
  const { context, first, second } = await twoTabs();
  await first.editItem('摄影展', { title: '摄影展（一号窗口）' });
  await saved(first);
  await second.row('摄影展（一号窗口）').waitFor();
  await eventually.match(() => second.byTestId('toast').innerText(), /另一个窗口/);
  // And back the other way.
  await second.editItem('第三届书画公益讲座', { title: '书画讲座（二号窗口）' });
  await first.row('书画讲座（二号窗口）').waitFor();
  await eventually.equal(() => first.row('摄影展（一号窗口）').count(), 1);
  first.assertNoConsoleErrors();
  second.assertNoConsoleErrors();
  await context.close();
});

test('edits in two tabs at once: a conflict is shown, keeping mine saves it and the other tab follows', async () => {
  const { context, first, second } = await twoTabs({ deafSecond: true });
  await first.editItem('摄影展', { title: '摄影展（一号窗口）' });
  await saved(first);
  // The second tab has not heard of it and edits its older copy.
  await second.editItem('第三届书画公益讲座', { title: '书画讲座（二号窗口）' });
  const dialog = second.byTestId('conflict-dialog');
  await dialog.waitFor();
  await eventually.equal(() => second.saveState(), 'error');
  // Each side's own change is named under it.
  await eventually.match(() => dialog.getByTestId('conflict-mine').innerText(), /改了：书画讲座（二号窗口）/);
  await eventually.match(() => dialog.getByTestId('conflict-theirs').innerText(), /改了：摄影展（一号窗口）/);
  await eventually.doesNotMatch(() => dialog.getByTestId('conflict-mine').innerText(), /摄影展/);
  // Escape does not dismiss a question that needs an answer.
  await second.page.keyboard.press('Escape');
  await eventually.equal(() => dialog.count(), 1);
  await dialog.getByTestId('conflict-mine-keep').click();
  await saved(second);
  // The first tab was idle: it now shows the kept version.
  await first.row('书画讲座（二号窗口）').waitFor();
  await eventually.equal(() => first.row('摄影展').count(), 1);
  await first.reload();
  await eventually.equal(() => first.row('书画讲座（二号窗口）').count(), 1);
  await context.close();
});

test('a conflict can be settled by saving this tab\'s version as a new plan', async () => {
  const { context, first, second } = await twoTabs({ deafSecond: true });
  await first.editItem('摄影展', { title: '摄影展（一号窗口）' });
  await saved(first);
  await second.editItem('第三届书画公益讲座', { title: '书画讲座（二号窗口）' });
  await second.byTestId('conflict-dialog').getByTestId('conflict-copy').click();
  await second.row('摄影展（一号窗口）').waitFor();
  await eventually.equal(() => second.row('书画讲座（二号窗口）').count(), 0);
  await saved(second);
  await second.reload();
  const options = await until(() => second.byTestId('plan-switcher').locator('option').allInnerTexts(),
    (texts) => assert.ok(texts.some((o) => o.endsWith('（本页副本）')), texts.join(' | ')));
  const copy = options.find((o) => o.endsWith('（本页副本）'));
  await second.byTestId('plan-switcher').selectOption({ label: copy });
  await second.row('书画讲座（二号窗口）').waitFor();
  await eventually.equal(() => second.row('摄影展').count(), 1);
  await context.close();
});
