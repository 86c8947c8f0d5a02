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
  // In the calendar, 3 of 100 this late in the year is marked as behind; a target
  // met is marked done.
  await app.byTestId('nav-calendar').click();
  const event = app.byTestId('cal-event').filter({ hasText: title }).first();
  const monthsLeft = 12 - new Date().getMonth();
  if (monthsLeft < 11) assert.match(await event.getAttribute('class'), /cal-behind/);
  await app.byTestId('nav-outline').click();
  await app.row(title).getByTestId('edit-item').click();
  await app.byTestId('target-quantity').fill('3');
  await app.byTestId('item-save').click();
  await app.byTestId('nav-calendar').click();
  assert.match(await event.getAttribute('class'), /cal-met/);
  app.assertNoConsoleErrors();
});

test('the activity form records entries with date, amount, place and note, refuses bad ones, and deletes them', async () => {
  const app = await env.open();
  await app.waitSaved();
  const title = '送戏下乡一百场';
  await app.row(title).getByTestId('edit-item').click();
  const form = app.byTestId('item-form');
  await form.waitFor();
  assert.equal(await form.getByTestId('form-tally').innerText(), '0/100 场');
  const add = async (date, amount, place, note) => {
    await form.getByTestId('entry-date').fill(date);
    await form.getByTestId('entry-amount').fill(amount);
    await form.getByTestId('entry-place').selectOption({ label: place });
    await form.getByTestId('entry-note').fill(note);
    await form.getByTestId('progress-add').click();
  };
  const year = new Date().getFullYear();
  await add(`${year}-03-08`, '1', '于桥', '于桥村，观众约300人');
  await add(`${year}-03-15`, '1', '秦村', '');
  // A bad amount is explained and not recorded; Enter in the row records, not saves.
  await form.getByTestId('entry-amount').fill('很多');
  await form.getByTestId('progress-add').click();
  await form.getByTestId('error-message').filter({ hasText: '数量' }).waitFor();
  assert.equal(await form.getByTestId('progress-entry').count(), 2);
  await form.getByTestId('entry-amount').fill('１');
  await form.getByTestId('entry-date').fill(`${year}-04-01`);
  await form.getByTestId('entry-place').selectOption({ label: '于桥' });
  await form.getByTestId('entry-amount').press('Enter');
  assert.equal(await form.getByTestId('progress-entry').count(), 3);
  assert.equal(await form.getByTestId('error-message').count(), 0);
  assert.equal(await form.getByTestId('form-tally').innerText(), '3/100 场');
  await form.getByTestId('item-save').click();
  await form.waitFor({ state: 'detached' });
  assert.equal(await app.row(title).getByTestId('progress-tally').innerText(), '3/100 场');
  await app.waitSaved();
  await app.reload();
  assert.equal(await app.row(title).getByTestId('progress-tally').innerText(), '3/100 场');
  // The village grid marks both villages, in their months, and no other.
  await app.byTestId('nav-progress').click();
  const itemId = await app.byTestId('progress-row').filter({ hasText: title }).getAttribute('data-item-id');
  await app.byTestId('village-item').selectOption(itemId);
  const village = (name) => app.byTestId('village-row').filter({ has: app.page.getByRole('rowheader', { name, exact: true }) });
  const cells = async (name) => (await village(name).getByTestId('village-cell').allInnerTexts()).map((x) => x.trim());
  assert.deepEqual(await cells('于桥'), ['', '', '1', '1', '', '', '', '', '', '', '', '']);
  assert.deepEqual(await cells('秦村'), ['', '', '1', '', '', '', '', '', '', '', '', '']);
  assert.equal(await village('于桥').getByTestId('village-total').innerText(), '2');
  assert.equal(await village('灯明寺').getByTestId('village-total').innerText(), '未去');
  assert.match(await app.byTestId('summary-text').inputValue(), /送戏下乡一百场3场，完成目标的3%/);
  await app.byTestId('nav-outline').click();
  const { file } = await app.exportPlan();
  const entries = file.plan.items.find((i) => i.title === title).progress;
  const places = Object.fromEntries(file.plan.places.map((p) => [p.id, p.name]));
  assert.deepEqual(entries.map((e) => [e.date, e.amount, places[e.place], e.note]), [
    [`${year}-03-08`, 1, '于桥', '于桥村，观众约300人'],
    [`${year}-03-15`, 1, '秦村', ''],
    [`${year}-04-01`, 1, '于桥', ''],
  ]);
  // Deleting an entry is saved with the form, and undone like any edit.
  await app.row(title).getByTestId('edit-item').click();
  await form.getByTestId('entry-delete').first().click();
  await form.getByTestId('item-save').click();
  assert.equal(await app.row(title).getByTestId('progress-tally').innerText(), '2/100 场');
  await app.page.keyboard.press('Control+z');
  assert.equal(await app.row(title).getByTestId('progress-tally').innerText(), '3/100 场');
  app.assertNoConsoleErrors();
});

test('the progress view lists every target with its tally, sums up by department, and drafts the summary', async () => {
  const app = await env.open();
  await app.waitSaved();
  const title = '送戏下乡一百场';
  for (let i = 0; i < 3; i++) await app.row(title).getByTestId('progress-plus-one').click();
  await app.waitSaved();
  await app.byTestId('nav-progress').click();
  const view = app.byTestId('progress-view');
  await view.waitFor();
  const { file } = await app.exportPlan();
  const targets = file.plan.items.filter((i) => i.target);
  assert.equal(await app.byTestId('progress-row').count(), targets.length);
  const row = app.byTestId('progress-row').filter({ hasText: title });
  assert.equal(await row.getByTestId('progress-tally').innerText(), '3/100 场');
  // Every department with a target has a line in the roll-up.
  const rollup = await app.byTestId('progress-rollup').locator('tbody tr').allInnerTexts();
  const withTargets = file.plan.departments.filter((d) => targets.some((i) => i.departments.includes(d.id)));
  assert.equal(rollup.length, withTargets.length);
  // The summary names the numbers, and downloads as text.
  const summary = await app.byTestId('summary-text').inputValue();
  assert.match(summary, /送戏下乡一百场3场，完成目标的3%/);
  assert.match(summary, new RegExp(`全年共${targets.length}项量化目标`));
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.byTestId('summary-download').click()]);
  assert.match(download.suggestedFilename(), /年终总结草稿\.txt$/);
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(await download.path(), 'utf8'), summary);
  // The view is in the URL and comes back after a reload.
  assert.equal(await app.page.evaluate(() => location.hash), '#progress');
  await app.reload();
  await view.waitFor();
  // A click on an activity opens its form.
  await app.byTestId('progress-row').filter({ hasText: title }).getByRole('button').click();
  await app.byTestId('item-form').waitFor();
  app.assertNoConsoleErrors();
});
