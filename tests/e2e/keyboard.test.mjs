// Keyboard only (issue 20): create a plan, add an activity with a loose time, record
// progress, move it in the calendar and in the timeline, export the plan. Nothing
// here clicks, hovers, fills or picks an option: every step is a key a user presses,
// and the test only reads the page to know when to press the next one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp } from './harness.mjs';
import { eventually } from './eventually.mjs';

const env = useApp();

const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** True if the focused element matches `selector`. */
const focused = (page, selector) => page.evaluate((s) => !!document.activeElement?.matches(s), selector);

/** Presses Tab (Shift+Tab with `back`) until the focus is on `selector`. */
async function tabTo(page, selector, { back = false } = {}) {
  await page.locator(selector).first().waitFor();
  for (let i = 0; i < 200; i++) {
    if (await focused(page, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`${back ? 'Shift+Tab' : 'Tab'} never reached ${selector}`);
}

/** On the focused <select>, presses ↓ (or ↑ past the end) until its value is `value`. */
async function choose(page, value) {
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate((v) => document.activeElement.value === v, value)) return;
      await page.keyboard.press(key);
    }
  }
  assert.fail(`the select never showed ${value}`);
}

/** Selects what the focused field holds and types `text` over it. */
async function retype(page, text) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

const attr = (page, selector, name) => page.locator(selector).first().getAttribute(name);

test('a plan made, scheduled, recorded, moved and exported with the keyboard alone', async () => {
  const app = await env.open();
  const { page } = app;
  const now = new Date();
  const today = iso(now);
  const month = String(now.getMonth() + 1);
  const title = '广场舞培训（键盘）';

  // A new plan.
  await tabTo(page, '[data-testid=new-plan]:not([disabled])');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-testid=plan-title-input]');
  await retype(page, '键盘计划');
  await page.keyboard.press('Enter');
  await app.byTestId('plan-form').waitFor({ state: 'detached' });
  await eventually.equal(() => app.title(), '键盘计划');

  // A section, and in it an activity "this month" with a target of 10 times.
  await tabTo(page, '[data-testid=add-section]');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-testid=section-title-input]');
  await page.keyboard.type('一、群众文化');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-testid=add-item]');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-testid=item-title-input]');
  await page.keyboard.type(title);
  await tabTo(page, '[data-testid=when-kind]');
  await choose(page, 'month');
  await tabTo(page, '[data-testid=when-month]');
  await choose(page, month);
  await tabTo(page, '[data-testid=item-has-target]');
  await page.keyboard.press('Space');
  await tabTo(page, '[data-testid=target-quantity]');
  await retype(page, '10');
  await tabTo(page, '[data-testid=target-unit]');
  await retype(page, '次');
  await page.keyboard.press('Enter');
  await app.byTestId('item-form').waitFor({ state: 'detached' });
  await eventually.equal(() => app.row(title).count(), 1);
  await eventually.equal(() => app.row(title).getByTestId('item-when').innerText(), `${month}月`);
  const id = await app.row(title).getAttribute('data-item-id');

  // Progress: one session with 30 people.
  await tabTo(page, `[data-item-id="${id}"] [data-testid=progress-record]`, { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-testid=entry-attendance]');
  await retype(page, '30');
  await page.keyboard.press('Enter');
  await app.byTestId('record-dialog').waitFor({ state: 'detached' });
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '1/10 次');

  // The calendar: the grid says which day has the focus; Space picks the activity
  // up, → goes to the next day, Space puts it down there (after confirming that a
  // loose month becomes a fixed day).
  await tabTo(page, '[data-testid=nav-calendar]', { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, '.cal-month[role=grid]');
  await eventually.equal(() => attr(page, '.cal-month', 'aria-activedescendant'), `cal-d-${today}`);
  await eventually.equal(() => attr(page, `#cal-d-${today}`, 'aria-selected'), 'true');
  await page.keyboard.press('Space');
  await eventually.ok(async () => (await app.byTestId('cal-announce').innerText()).includes(title), 'the picked activity is read out');
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  await page.keyboard.press('ArrowRight');
  await eventually.equal(() => attr(page, '.cal-month', 'aria-activedescendant'), `cal-d-${iso(next)}`);
  await page.keyboard.press('Space');
  await tabTo(page, '[data-testid=confirm-yes]');
  await page.keyboard.press('Enter');
  const chip = app.page.locator(`[data-testid=cal-event][data-item-id="${id}"]`);
  await eventually.equal(() => chip.getAttribute('data-start'), iso(next));
  // The day now reads out the activity (its description, which the grid's focus
  // points at).
  await eventually.ok(
    async () => (await app.page.locator(`#cal-r-${iso(next)}`).textContent()).includes(title),
    'the focused day lists its activity',
  );

  // The timeline at week zoom: ↓ picks the activity, → moves it a day later.
  await tabTo(page, '[data-testid=nav-timeline]', { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-testid=tl-zoom-week]');
  await page.keyboard.press('Enter');
  await eventually.equal(() => app.byTestId('tl-zoom-week').getAttribute('aria-pressed'), 'true');
  await tabTo(page, '[data-testid=gantt][role=treegrid]');
  await page.keyboard.press('ArrowDown');
  await eventually.ok(async () => (await app.byTestId('gantt-announce').innerText()).includes(title), 'the picked activity is read out');
  const row = await attr(page, '[data-testid=gantt]', 'aria-activedescendant');
  await eventually.equal(() => attr(page, `#${row}`, 'data-item-id'), id);
  const later = new Date(next.getFullYear(), next.getMonth(), next.getDate() + 1);
  await page.keyboard.press('ArrowRight');
  const bar = app.page.locator(`[data-testid=gantt-bar][data-item-id="${id}"]`);
  await eventually.equal(() => bar.getAttribute('data-start'), iso(later));

  // Export.
  await tabTo(page, '[data-testid=export-plan]', { back: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  const item = file.plan.items.find((i) => i.id === id);
  assert.equal(file.plan.title, '键盘计划');
  assert.deepEqual(item.when, { kind: 'date', date: iso(later) });
  assert.equal(item.progress.length, 1);
  assert.equal(item.progress[0].attendance, 30);
  app.assertNoConsoleErrors();
});

test('the year view is a grid of days for each month: the arrows move the focus, Enter opens the month', async () => {
  const app = await env.open();
  const { page } = app;
  const year = new Date().getFullYear();
  await app.page.goto(`${env.server.url}#calendar/year/${year}-03-31`);
  await app.byTestId('cal-year').waitFor();
  await tabTo(page, `[data-testid=cal-year-day][data-date="${year}-03-31"]`);
  await eventually.equal(() => attr(page, `[data-testid=cal-year-day][data-date="${year}-03-31"]`, 'aria-selected'), 'true');
  // One day of the year is in the Tab order.
  await eventually.equal(() => page.locator('[data-testid=cal-year-day][tabindex="0"]').count(), 1);
  await eventually.equal(() => page.locator('[data-testid=cal-mini-month] [role=grid]').count(), 12);
  await page.keyboard.press('ArrowRight');
  await eventually.ok(() => focused(page, `[data-date="${year}-04-01"]`), 'the focus follows into April');
  await page.keyboard.press('ArrowDown');
  await eventually.ok(() => focused(page, `[data-date="${year}-04-08"]`), 'a week later');
  await page.keyboard.press('PageDown');
  await eventually.ok(() => focused(page, `[data-date="${year + 1}-04-08"]`), 'the next year');
  await page.keyboard.press('Enter');
  await eventually.equal(() => app.byTestId('cal-view-month').getAttribute('aria-pressed'), 'true');
  await eventually.equal(() => attr(page, '.cal-month', 'aria-activedescendant'), `cal-d-${year + 1}-04-08`);
  app.assertNoConsoleErrors();
});
