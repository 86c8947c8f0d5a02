// Progress against targets: the tally in the outline, "+1 today" with undo, the
// entries recorded from the form, the calendar and the timeline, the progress view
// (roll-ups, month chart, village grid, summary), and the entries surviving a
// reload and an export → import into another browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';
import { eventually, until } from './eventually.mjs';

const env = useApp();

test('"+1" records an occasion today: the tally, undo, reload, export and the timeline fill', async () => {
  const app = await env.open();
  await app.waitSaved();
  const title = '送戏下乡一百场';
  const tally = () => app.row(title).getByTestId('progress-tally').innerText();
  await eventually.equal(() => tally(), '0/100 场');
  // A target counted in 人次 has a tally but no "+1".
  await eventually.equal(() => app.row('培训各类文艺人才').getByTestId('progress-plus-one').count(), 0);
  await eventually.equal(() => app.row('培训各类文艺人才').getByTestId('progress-tally').innerText(), '0/300 人次');
  for (let i = 0; i < 3; i++) await app.row(title).getByTestId('progress-plus-one').click();
  await eventually.equal(() => tally(), '3/100 场');
  await app.byTestId('toast').filter({ hasText: '已记录：送戏下乡一百场 +1（3/100 场）' }).waitFor();
  await app.page.keyboard.press('Control+z');
  await eventually.equal(() => tally(), '2/100 场');
  await app.page.keyboard.press('Control+Shift+z');
  await eventually.equal(() => tally(), '3/100 场');
  await app.waitSaved();
  await app.reload();
  await eventually.equal(() => tally(), '3/100 场');
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
  await eventually.equal(async () => parseFloat(await fill.evaluate((el) => el.style.width)), 3);
  // In the calendar, 3 of 100 this late in the year is marked as behind; a target
  // met is marked done.
  await app.byTestId('nav-calendar').click();
  const event = app.byTestId('cal-event').filter({ hasText: title }).first();
  const monthsLeft = 12 - new Date().getMonth();
  if (monthsLeft < 11) await eventually.match(() => event.getAttribute('class'), /cal-behind/);
  await app.byTestId('nav-outline').click();
  await app.row(title).getByTestId('edit-item').click();
  await app.byTestId('target-quantity').fill('3');
  await app.byTestId('item-save').click();
  await app.byTestId('nav-calendar').click();
  await eventually.match(() => event.getAttribute('class'), /cal-met/);
  app.assertNoConsoleErrors();
});

test('the activity form records entries with date, amount, place and note, refuses bad ones, and deletes them', async () => {
  const app = await env.open();
  await app.waitSaved();
  const title = '送戏下乡一百场';
  await app.row(title).getByTestId('edit-item').click();
  const form = app.byTestId('item-form');
  await form.waitFor();
  await eventually.equal(() => form.getByTestId('form-tally').innerText(), '0/100 场');
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
  await eventually.equal(() => form.getByTestId('progress-entry').count(), 2);
  await form.getByTestId('entry-amount').fill('１');
  await form.getByTestId('entry-date').fill(`${year}-04-01`);
  await form.getByTestId('entry-place').selectOption({ label: '于桥' });
  await form.getByTestId('entry-amount').press('Enter');
  await eventually.equal(() => form.getByTestId('progress-entry').count(), 3);
  await eventually.equal(() => form.getByTestId('error-message').count(), 0);
  await eventually.equal(() => form.getByTestId('form-tally').innerText(), '3/100 场');
  await form.getByTestId('item-save').click();
  await form.waitFor({ state: 'detached' });
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '3/100 场');
  await app.waitSaved();
  await app.reload();
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '3/100 场');
  // The village grid marks both villages, in their months, and no other.
  await app.byTestId('nav-progress').click();
  const itemId = await app.byTestId('progress-row').filter({ hasText: title }).getAttribute('data-item-id');
  await app.byTestId('village-item').selectOption(itemId);
  const village = (name) => app.byTestId('village-row').filter({ has: app.page.getByRole('rowheader', { name, exact: true }) });
  const cells = async (name) => (await village(name).getByTestId('village-cell').allInnerTexts()).map((x) => x.trim());
  await eventually.deepEqual(() => cells('于桥'), ['', '', '1', '1', '', '', '', '', '', '', '', '']);
  await eventually.deepEqual(() => cells('秦村'), ['', '', '1', '', '', '', '', '', '', '', '', '']);
  await eventually.equal(() => village('于桥').getByTestId('village-total').innerText(), '2');
  await eventually.equal(() => village('灯明寺').getByTestId('village-total').innerText(), '未去');
  await eventually.match(() => app.byTestId('summary-text').inputValue(), /送戏下乡一百场3场，完成目标的3%/);
  await app.byTestId('nav-outline').click();
  const { file } = await app.exportPlan();
  const entries = file.plan.items.find((i) => i.title === title).progress;
  const places = Object.fromEntries(file.plan.places.map((p) => [p.id, p.name]));
  assert.deepEqual(entries.map((e) => [e.date, e.amount, places[e.place], e.note]), [
    [`${year}-03-08`, 1, '于桥', '于桥村，观众约300人'],
    [`${year}-03-15`, 1, '秦村', ''],
    [`${year}-04-01`, 1, '于桥', ''],
  ]);
  // An entry is edited in its row: its values come back into the fields, 更新
  // changes it in place, and 取消 leaves it as it was.
  await app.row(title).getByTestId('edit-item').click();
  const second = form.getByTestId('progress-entry').nth(1);
  await second.getByTestId('entry-edit').click();
  await eventually.equal(() => form.getByTestId('entry-amount').inputValue(), '1');
  await eventually.equal(() => form.getByTestId('entry-date').inputValue(), `${year}-03-15`);
  await eventually.match(() => second.getAttribute('class'), /entry-editing/);
  await form.getByTestId('entry-amount').fill('2');
  await form.getByTestId('entry-note').fill('秦村，两场');
  await eventually.equal(() => form.getByTestId('progress-add').innerText(), '更新');
  await form.getByTestId('progress-add').click();
  await eventually.equal(() => form.getByTestId('progress-entry').count(), 3);
  await eventually.match(() => form.getByTestId('progress-entry').nth(1).innerText(), /\+2[\s\S]*秦村[\s\S]*秦村，两场/);
  await eventually.equal(() => form.getByTestId('form-tally').innerText(), '4/100 场');
  await form.getByTestId('progress-entry').nth(0).getByTestId('entry-edit').click();
  await form.getByTestId('entry-amount').fill('9');
  await form.getByTestId('entry-cancel').click();
  await eventually.equal(() => form.getByTestId('form-tally').innerText(), '4/100 场');
  await eventually.equal(() => form.getByTestId('progress-add').innerText(), '记录');
  await form.getByTestId('item-save').click();
  await form.waitFor({ state: 'detached' });
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '4/100 场');
  await app.page.keyboard.press('Control+z');
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '3/100 场');
  // Deleting an entry is saved with the form, and undone like any edit.
  await app.row(title).getByTestId('edit-item').click();
  await form.getByTestId('entry-delete').first().click();
  await form.getByTestId('item-save').click();
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '2/100 场');
  await app.page.keyboard.press('Control+z');
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '3/100 场');
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
  await eventually.equal(() => app.byTestId('progress-row').count(), targets.length);
  const row = app.byTestId('progress-row').filter({ hasText: title });
  await eventually.equal(() => row.getByTestId('progress-tally').innerText(), '3/100 场');
  // The roll-ups: by section (the default), by department, by place. Every
  // group with a target has a line, and the counts add up.
  const rollup = app.byTestId('progress-rollup');
  const keys = async () => rollup.getByTestId('rollup-row').evaluateAll((rows) => rows.map((r) => r.dataset.key));
  const counts = async () => (await rollup.getByTestId('rollup-row').evaluateAll((rows) => rows.map((r) => Number(r.cells[1].innerText))));
  await eventually.equal(() => rollup.getAttribute('data-group'), 'section');
  const sections = [...new Set(targets.map((i) => i.section))];
  await eventually.deepEqual(async () => (await keys()).sort(), sections.sort());
  await eventually.equal(async () => (await counts()).reduce((a, b) => a + b, 0), targets.length);
  await app.byTestId('rollup-by-department').click();
  await eventually.equal(() => rollup.getAttribute('data-group'), 'department');
  const withTargets = file.plan.departments.filter((d) => targets.some((i) => i.departments.includes(d.id)));
  const noDepartment = targets.some((i) => i.departments.length === 0) ? [''] : [];
  await eventually.deepEqual(() => keys(), [...withTargets.map((d) => d.id), ...noDepartment]);
  await app.byTestId('rollup-by-place').click();
  const byPlace = (await keys()).filter((k) => k !== '');
  assert.deepEqual(byPlace, file.plan.places.filter((p) => targets.some((i) => i.places.includes(p.id))).map((p) => p.id));
  await eventually.equal(() => rollup.locator('thead th').first().innerText(), '地点');
  // The summary names the numbers, and downloads as text.
  const summary = await until(() => app.byTestId('summary-text').inputValue(), (text) => {
    assert.match(text, /送戏下乡一百场3场，完成目标的3%/);
    assert.match(text, new RegExp(`全年共${targets.length}项量化目标`));
  });
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.byTestId('summary-download').click()]);
  assert.match(download.suggestedFilename(), /年终总结草稿\.txt$/);
  const { readFile } = await import('node:fs/promises');
  await eventually.equal(async () => await readFile(await download.path(), 'utf8'), summary);
  // The view is in the URL and comes back after a reload.
  await eventually.equal(() => app.page.evaluate(() => location.hash), '#progress');
  await app.reload();
  await view.waitFor();
  // A click on an activity opens its form.
  await app.byTestId('progress-row').filter({ hasText: title }).getByRole('button').click();
  await app.byTestId('item-form').waitFor();
  app.assertNoConsoleErrors();
});

test('the issue’s scenario: three entries for 送戏下乡 at two villages, recorded from the form, the calendar and the timeline, survive a reload and an export → import', async () => {
  const app = await env.open();
  await app.waitSaved();
  const title = '送戏下乡一百场';
  const year = new Date().getFullYear();
  const month = new Date().getMonth() + 1;
  const tally = () => app.row(title).getByTestId('progress-tally').innerText();
  const id = await app.row(title).getAttribute('data-item-id');
  // The width of the activity's bar's fill in the timeline, in per cent.
  const fill = async () => {
    await app.byTestId('nav-timeline').click();
    await app.page.locator(`[data-testid=gantt-bar][data-item-id="${id}"]`).waitFor();
    const width = await app.page.locator(`[data-testid=gantt-bar][data-item-id="${id}"]`).evaluate((bar) => {
      const f = bar.querySelector('.tl-fill');
      return f ? parseFloat(f.style.width) : 0;
    });
    await app.byTestId('nav-outline').click();
    return width;
  };
  const fills = [await fill()];

  // 1. The form: 于桥, 8 March.
  await app.row(title).getByTestId('edit-item').click();
  const form = app.byTestId('item-form');
  await form.getByTestId('entry-date').fill(`${year}-03-08`);
  await form.getByTestId('entry-place').selectOption({ label: '于桥' });
  await form.getByTestId('entry-note').fill('于桥村，观众约300人');
  await form.getByTestId('progress-add').click();
  await form.getByTestId('item-save').click();
  await form.waitFor({ state: 'detached' });
  await eventually.equal(() => tally(), '1/100 场');
  fills.push(await fill());

  // 2. The calendar: the activity runs all year, so its "+" is in the tray and
  // starts on today; the dialog shows the tally so far.
  await app.byTestId('nav-calendar').click();
  const chip = app.byTestId('cal-event').filter({ hasText: title }).first();
  await chip.getByTestId('cal-record').click();
  const dialog = app.byTestId('record-dialog');
  await dialog.waitFor();
  await eventually.equal(() => dialog.getByTestId('record-tally').innerText(), '1/100 场');
  const today = await dialog.getByTestId('entry-date').inputValue();
  assert.match(today, new RegExp(`^${year}-${String(month).padStart(2, '0')}-\\d\\d$`));
  // A bad date is refused in words, and nothing is recorded.
  await dialog.getByTestId('entry-date').evaluate((el) => { el.type = 'text'; });
  await dialog.getByTestId('entry-date').fill('4月12日');
  await dialog.getByTestId('record-save').click();
  await dialog.getByTestId('error-message').waitFor();
  await eventually.equal(() => dialog.getByTestId('record-tally').innerText(), '1/100 场');
  await dialog.getByTestId('entry-date').fill(`${year}-04-12`);
  await dialog.getByTestId('entry-place').selectOption({ label: '秦村' });
  await dialog.getByTestId('entry-note').fill('秦村，观众约200人');
  await dialog.getByTestId('record-save').click();
  await dialog.waitFor({ state: 'detached' });
  await app.byTestId('toast').filter({ hasText: '已记录：送戏下乡一百场 +1（2/100 场）' }).waitFor();
  await eventually.equal(() => chip.getAttribute('data-item-id'), id);
  await app.byTestId('nav-outline').click();
  await eventually.equal(() => tally(), '2/100 场');
  fills.push(await fill());

  // 3. The timeline: the row's "+" records today; Enter in the dialog records.
  await app.byTestId('nav-timeline').click();
  await app.page.locator(`[data-testid=gantt-row][data-item-id="${id}"]`).getByTestId('tl-record').click();
  await dialog.waitFor();
  await eventually.equal(() => dialog.getByTestId('entry-date').inputValue(), today);
  await dialog.getByTestId('entry-place').selectOption({ label: '于桥' });
  await dialog.getByTestId('entry-note').press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await app.byTestId('nav-outline').click();
  await eventually.equal(() => tally(), '3/100 场');
  fills.push(await fill());
  assert.deepEqual(fills, [0, 1, 2, 3], 'the bar fills by 1 % an entry');
  // Each entry was its own edit: one Ctrl+Z takes back the last.
  await app.page.keyboard.press('Control+z');
  await eventually.equal(() => tally(), '2/100 场');
  await app.page.keyboard.press('Control+Shift+z');
  await eventually.equal(() => tally(), '3/100 场');

  // The progress view: the tally, the month chart, the village grid, the summary.
  const check = async (app) => {
    await app.byTestId('nav-progress').click();
    const row = app.byTestId('progress-row').filter({ hasText: title });
    await eventually.equal(() => row.getByTestId('progress-tally').innerText(), '3/100 场');
    const itemId = await row.getAttribute('data-item-id');
    await app.byTestId('village-item').selectOption(itemId);
    const expected = Array(12).fill(0);
    expected[2] += 1; expected[3] += 1; expected[month - 1] += 1;
    const chart = app.byTestId('month-chart');
    await eventually.equal(() => chart.count(), 1);
    await eventually.equal(() => chart.getAttribute('data-unit'), '场');
    const bars = await chart.getByTestId('month-bar').evaluateAll((bs) => bs.map((b) => [Number(b.dataset.value), b.getBoundingClientRect().height]));
    assert.deepEqual(bars.map(([v]) => v), expected);
    // Bar heights follow the amounts.
    const unit = bars.find(([v]) => v === 1)[1];
    for (const [v, h] of bars) assert.ok(Math.abs(h - v * unit) < 0.5, `${v}: ${h} vs ${unit}`);
    await eventually.match(() => chart.locator('svg').getAttribute('aria-label'), /^每月完成量（场）：/);
    const village = (name) => app.byTestId('village-row').filter({ has: app.page.getByRole('rowheader', { name, exact: true }) });
    const visits = Array(12).fill('');
    visits[2] = '1';
    visits[month - 1] = String(Number(visits[month - 1] || 0) + 1);
    await eventually.deepEqual(async () => (await village('于桥').getByTestId('village-cell').allInnerTexts()).map((x) => x.trim()), visits);
    await eventually.equal(() => village('于桥').getByTestId('village-total').innerText(), '2');
    await eventually.equal(() => village('秦村').getByTestId('village-total').innerText(), '1');
    await eventually.equal(() => village('秦村').getByTestId('village-cell').nth(3).innerText(), '1');
    await eventually.equal(() => village('灯明寺').getByTestId('village-total').innerText(), '未去');
    await eventually.match(() => app.byTestId('summary-text').inputValue(), /送戏下乡一百场3场，完成目标的3%/);
  };
  await app.waitSaved();
  await check(app);
  await app.reload();
  await check(app);

  // Export, and import the file in another browser: the entries come along.
  await app.byTestId('nav-outline').click();
  const exported = await app.exportPlan();
  const other = await env.open();
  await other.waitSaved();
  await other.importFile({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported.file)) });
  await eventually.match(() => other.byTestId('import-counts').innerText(), / 3 条进度记录$/);
  // The other browser has its own copy of the sample plan (the same id), so the
  // file is merged into it: the entries are united with its (none).
  await other.byTestId('import-exists').waitFor();
  await other.byTestId('import-merge').click();
  await other.byTestId('import-dialog').waitFor({ state: 'detached' });
  await other.waitSaved();
  await eventually.equal(() => other.row(title).getByTestId('progress-tally').innerText(), '3/100 场');
  await check(other);
  const again = await other.exportPlan();
  const entries = (f) => f.plan.items.find((i) => i.title === title).progress;
  assert.deepEqual(entries(again.file), entries(exported.file));
  app.assertNoConsoleErrors();
  other.assertNoConsoleErrors();
});
