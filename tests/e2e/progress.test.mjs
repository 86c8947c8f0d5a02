// Progress against targets, as far as it is built: the tally in the outline, "+1
// today" with undo, the entries surviving a reload and an export, and the fill of
// the activity's bar in the timeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';

const env = useApp();

test('"+1" records an occasion today: the tally, undo, reload, export and the timeline fill', async () => {
  const app = await env.open();
  await app.waitSaved();
  const title = '送戏下乡一百场';
  const tally = () => app.row(title).getByTestId('progress-tally').innerText();
  assert.equal(await tally(), '0/100 场');
  // A target counted in 人次 has a tally but no "+1".
  assert.equal(await app.row('培训各类文艺人才').getByTestId('progress-plus-one').count(), 0);
  assert.equal(await app.row('培训各类文艺人才').getByTestId('progress-tally').innerText(), '0/300 人次');
  for (let i = 0; i < 3; i++) await app.row(title).getByTestId('progress-plus-one').click();
  assert.equal(await tally(), '3/100 场');
  await app.byTestId('toast').filter({ hasText: '已记录：送戏下乡一百场 +1（3/100 场）' }).waitFor();
  await app.page.keyboard.press('Control+z');
  assert.equal(await tally(), '2/100 场');
  await app.page.keyboard.press('Control+Shift+z');
  assert.equal(await tally(), '3/100 场');
  await app.waitSaved();
  await app.reload();
  assert.equal(await tally(), '3/100 场');
  // The entries are in the plan file, dated today, one each.
  const { file } = await app.exportPlan();
  const item = file.plan.items.find((i) => i.title === title);
  assert.equal(item.progress.length, 3);
  const today = await app.page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  assert.deepEqual(item.progress.map((e) => [e.date, e.amount]), [[today, 1], [today, 1], [today, 1]]);
  // The timeline bar is 3 % filled.
  await app.byTestId('nav-timeline').click();
  const fill = app.page.locator(`[data-testid=gantt-bar][data-item-id="${item.id}"] .tl-fill`);
  await fill.waitFor({ state: 'attached' });
  assert.equal(parseFloat(await fill.evaluate((el) => el.style.width)), 3);
  app.assertNoConsoleErrors();
});
