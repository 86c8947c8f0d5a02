// The Chinese calendar: lunar days, festivals and 休/班 in the calendar, a year
// without a notice yet, adding a year's arrangement by pasting its notice, times
// anchored to a festival (and copied to next year), the timeline's festival marks,
// and version 1 files still opening.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { useApp } from './harness.mjs';
import { eventually } from './eventually.mjs';

const env = useApp();
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Opens the calendar's month of `date` (YYYY-MM-DD) through the URL. */
async function month(app, date) {
  await app.page.goto(`${app.page.url().split('#')[0]}#calendar/month/${date}`);
  await app.page.locator(`[data-testid=cal-day][data-date="${date}"]`).waitFor();
}

const cell = (app, date) => app.page.locator(`[data-testid=cal-day][data-date="${date}"]`);
const attr = (app, date, name) => () => cell(app, date).getAttribute(name);

test('February 2027: 春节 on the 6th, 元宵 on the 20th, holidays 待通知 and no guessed 调休', async () => {
  const app = await env.open();
  await app.waitSaved();
  await month(app, '2027-02-01');
  await eventually.match(attr(app, '2027-02-06', 'data-festival'), /春节/);
  await eventually.equal(attr(app, '2027-02-06', 'data-lunar'), '正月初一');
  await eventually.match(attr(app, '2027-02-20', 'data-festival'), /元宵/);
  await eventually.equal(attr(app, '2027-02-20', 'data-lunar'), '正月十五');
  await eventually.match(attr(app, '2027-02-05', 'data-festival'), /除夕/);
  await eventually.equal(attr(app, '2027-02-10', 'data-festival'), '');
  const status = app.byTestId('cal-holiday-status');
  await eventually.equal(() => status.getAttribute('data-status'), 'pending');
  await eventually.match(() => status.innerText(), /放假安排待国务院通知/);
  // Not one day of the month is marked 休 or 班.
  await eventually.deepEqual(
    () => app.page.locator('[data-testid=cal-day][data-off]:not([data-off=""])').evaluateAll((cells) => cells.map((c) => c.dataset.date)),
    [],
  );
  app.assertNoConsoleErrors();
});

test('February 2026: 休 from the 15th to the 23rd, 班 on the 14th and 28th, and hiding layers', async () => {
  const app = await env.open();
  await app.waitSaved();
  await month(app, '2026-02-01');
  for (let d = 15; d <= 23; d++) {
    await eventually.equal(attr(app, `2026-02-${d}`, 'data-off'), 'holiday', `2月${d}日`);
  }
  await eventually.equal(attr(app, '2026-02-14', 'data-off'), 'workday');
  await eventually.equal(attr(app, '2026-02-28', 'data-off'), 'workday');
  await eventually.equal(attr(app, '2026-02-24', 'data-off'), '');
  await eventually.match(() => cell(app, '2026-02-14').innerText(), /班/);
  await eventually.match(() => cell(app, '2026-02-16').innerText(), /休/);
  await eventually.equal(() => app.byTestId('cal-holiday-status').count(), 0, 'an official year needs no note');
  // The same marks in the week view.
  await app.byTestId('cal-view-week').click();
  await app.page.goto(`${app.page.url().split('#')[0]}#calendar/week/2026-02-16`);
  await eventually.equal(attr(app, '2026-02-17', 'data-off'), 'holiday');
  await eventually.equal(attr(app, '2026-02-17', 'data-festival'), '春节');
  // The year view shades the holiday spans.
  await app.page.goto(`${app.page.url().split('#')[0]}#calendar/year/2026-02-16`);
  const yearDay = (date) => app.page.locator(`[data-testid=cal-year-day][data-date="${date}"]`);
  await eventually.equal(() => yearDay('2026-10-01').getAttribute('data-off'), 'holiday');
  await eventually.equal(() => yearDay('2026-09-20').getAttribute('data-off'), 'workday');
  await eventually.match(() => yearDay('2026-10-01').getAttribute('class'), /cal-mini-holiday/);

  // Hidden festivals and holidays leave the days, and stay hidden after a reload.
  await month(app, '2026-03-01');
  await eventually.match(attr(app, '2026-03-03', 'data-festival'), /元宵/);
  await app.byTestId('cal-layers').locator('summary').click();
  await app.byTestId('cal-show-traditional').uncheck();
  await app.byTestId('cal-show-holidays').uncheck();
  await eventually.equal(attr(app, '2026-03-03', 'data-festival'), '');
  await eventually.equal(attr(app, '2026-03-03', 'data-lunar'), '正月十五');
  await app.reload();
  await month(app, '2026-02-01');
  await eventually.equal(attr(app, '2026-02-17', 'data-festival'), '');
  await eventually.equal(attr(app, '2026-02-17', 'data-off'), '');
  await eventually.match(attr(app, '2026-02-04', 'data-festival'), /立春/);
  app.assertNoConsoleErrors();
});

const NOTICE_2027 = `国务院办公厅关于2027年部分节假日安排的通知
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，共9天。2月20日（周六）上班。`;

test('pasting a 2027 notice marks its days 休 and 班; it is kept, and goes into backups', async () => {
  const app = await env.open();
  await app.waitSaved();
  await month(app, '2027-02-01');
  await app.byTestId('cal-holidays').click();
  const dialog = app.byTestId('holidays-dialog');
  await eventually.equal(() => dialog.getByTestId('holidays-year').inputValue(), '2027');
  // A mistyped notice is refused with a message, and nothing is saved.
  await dialog.getByTestId('holidays-paste').fill('春节：2月5日至12日放假调休，共9天。');
  await dialog.getByTestId('holidays-read').click();
  await eventually.match(() => dialog.getByTestId('error-message').innerText(), /共9天.*8天/);
  await eventually.equal(() => dialog.getByTestId('holidays-save').isDisabled(), true);
  // The notice as published.
  await dialog.getByTestId('holidays-paste').fill(NOTICE_2027);
  await dialog.getByTestId('holidays-read').click();
  await eventually.match(() => dialog.getByTestId('holidays-preview').innerText(), /春节[\s\S]*2月5日–13日[\s\S]*2月20日/);
  await dialog.getByTestId('holidays-save').click();
  await dialog.waitFor({ state: 'detached' });
  await eventually.equal(attr(app, '2027-02-06', 'data-off'), 'holiday');
  await eventually.equal(attr(app, '2027-02-13', 'data-off'), 'holiday');
  await eventually.equal(attr(app, '2027-02-20', 'data-off'), 'workday');
  await eventually.equal(attr(app, '2027-02-14', 'data-off'), '');
  await eventually.equal(() => app.byTestId('cal-holiday-status').getAttribute('data-status'), 'added');

  // Kept after a reload.
  await app.reload();
  await month(app, '2027-02-01');
  await eventually.equal(attr(app, '2027-02-20', 'data-off'), 'workday');

  // A backup carries it, and importing the backup elsewhere brings it back.
  await app.byTestId('manage-plans').click();
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.byTestId('export-all').click()]);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(backup.format, 'jihua-backup');
  assert.deepEqual(backup.holidays.map((y) => y.year), [2027]);
  assert.ok(backup.holidays[0].days.some((d) => d.date === '2027-02-20' && d.isOffDay === false));
  const other = await env.open();
  await other.waitSaved();
  await other.importFile({ name: 'backup.jihua.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  // The backup holds the sample, which the other browser has too: merge it.
  await other.byTestId('import-merge').click();
  await other.byTestId('import-dialog').waitFor({ state: 'detached' });
  await month(other, '2027-02-01');
  await eventually.equal(attr(other, '2027-02-20', 'data-off'), 'workday');
  app.assertNoConsoleErrors();
  other.assertNoConsoleErrors();
});

test('an activity at 元宵节 in 2026 is on 2027-02-20 in the copy for next year', async () => {
  const app = await env.open();
  await app.waitSaved();
  await app.editItem('正月十五新春秧歌会', {
    when: { kind: 'festival', year: 2026, festival: 'lantern', around: 'day' },
  });
  await eventually.match(async () => (await app.describe('正月十五新春秧歌会')).when, /元宵节（(2026年)?3月3日）/);
  // The picker says it plainly: 春节前后各三天, with the days.
  await app.row('“万家庆新春”“情暖敬老院”送演出到社区').hover();
  await app.row('“万家庆新春”“情暖敬老院”送演出到社区').getByTestId('edit-item').click();
  await app.fillForm({ when: { kind: 'festival', year: 2026, festival: 'spring', around: 'both', days: 3 } });
  await eventually.match(() => app.byTestId('when-falls-on').innerText(), /2月14日–20日/);
  await app.saveForm();
  await eventually.match(async () => (await app.describe('“万家庆新春”“情暖敬老院”送演出到社区')).when, /春节前后各三天/);
  await app.waitSaved();

  await app.byTestId('manage-plans').click();
  await app.byTestId('plans-entry').first().getByTestId('plan-copy-next-year').click();
  await eventually.match(() => app.title(), /（示例）$|工作计划/);
  await eventually.match(async () => (await app.describe('正月十五新春秧歌会')).when, /2027年元宵节（2月20日）|^元宵节（2月20日）/);
  await app.page.keyboard.press('Escape');
  await month(app, '2027-02-01');
  const event = app.byTestId('cal-event').filter({ hasText: '正月十五新春秧歌会' });
  await eventually.equal(() => event.getAttribute('data-start'), '2027-02-20');
  await eventually.equal(() => event.getAttribute('data-end'), '2027-02-20');
  app.assertNoConsoleErrors();
});

test('the timeline marks festivals on the axis and shades the holidays', async () => {
  const app = await env.open();
  await app.waitSaved();
  await app.page.goto(`${app.page.url().split('#')[0]}#timeline/week`);
  await app.byTestId('gantt').waitFor();
  // The marks are drawn for the part of the axis in view: scroll to 21 January of
  // the sample's year (36 px a day at this zoom), from where 春节 is in view.
  await app.page.evaluate(() => {
    const el = document.querySelector('[data-testid=gantt]');
    el.scrollLeft = 20 * 36;
    el.dispatchEvent(new Event('scroll'));
  });
  const spring = app.page.locator('[data-testid=gantt-festival][data-festival*="春节"]');
  await eventually.equal(() => spring.count(), 1);
  await eventually.match(() => spring.getAttribute('data-date'), /^\d{4}-0[12]-\d\d$/);
  // 除夕 is the day before.
  const date = await spring.getAttribute('data-date');
  const eve = new Date(`${date}T00:00:00Z`);
  eve.setUTCDate(eve.getUTCDate() - 1);
  const eveMark = app.page.locator(`[data-testid=gantt-festival][data-date="${eve.toISOString().slice(0, 10)}"]`);
  await eventually.match(() => eveMark.getAttribute('data-festival'), /除夕/);
  // In a year with a notice, 春节's days off are shaded.
  if (Number(date.slice(0, 4)) <= 2026) {
    const band = app.byTestId('gantt-holiday').first();
    await eventually.match(() => band.getAttribute('data-start'), /^\d{4}-0[12]-/);
  }
  app.assertNoConsoleErrors();
});

test('a version 1 plan file still imports', async () => {
  const app = await env.open();
  await app.waitSaved();
  const text = await readFile(`${FIXTURES}good/minimal-plan.jihua.json`, 'utf8');
  assert.equal(JSON.parse(text).version, 1);
  await app.importFile({ name: 'minimal-plan.jihua.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await app.byTestId('import-confirm').click();
  await app.byTestId('import-dialog').waitFor({ state: 'detached' });
  await eventually.equal(() => app.title(), '2024年文化馆工作计划');
  await eventually.deepEqual(async () => (await app.itemTitles()).sort(), ['书画公益讲座', '敦化市农民艺术节']);
  app.assertNoConsoleErrors();
});
