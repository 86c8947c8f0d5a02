// Accessibility (issue 20): axe-core on every view and dialog, in Chinese on a desktop
// and on a 360 px phone, and once in English. A serious or critical finding fails;
// a moderate one fails too unless it has a written reason below, and is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';
import { eventually } from './eventually.mjs';
import { JihuaPage } from './app.mjs';
import { audit, describe } from './axe.mjs';

const env = useApp();

/** Moderate findings that stay, each with the reason it does. */
const REASONS = {};

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** Runs axe on every view and dialog of the app in `app`, and returns what fails. */
async function auditEverything(app, label) {
  const failures = [];
  const check = async (view) => {
    const { failing, moderate } = await audit(app.page);
    const unexplained = moderate.filter((v) => !REASONS[v.id]);
    for (const v of moderate.filter((v) => REASONS[v.id])) {
      console.log(`# ${label} · ${view}: moderate ${v.id} kept: ${REASONS[v.id]}`);
    }
    if (failing.length || unexplained.length) {
      failures.push(`${label} · ${view}:\n  ${describe([...failing, ...unexplained])}`);
    }
  };
  const dialog = async (testid, open, view) => {
    await open();
    await app.byTestId(testid).waitFor();
    await check(view);
    await app.page.keyboard.press('Escape');
    await app.byTestId(testid).waitFor({ state: 'detached' });
  };
  const title = '送戏下乡一百场';

  await check('outline');
  await dialog('item-form', () => app.row(title).getByTestId('edit-item').click(), 'activity form');
  await dialog('record-dialog', () => app.row(title).getByTestId('progress-record').click(), 'record dialog');
  // A record, so that the statistics, the 台账 and the toast are there to check.
  await app.row(title).getByTestId('progress-record').click();
  await app.byTestId('entry-attendance').fill('120');
  await app.byTestId('record-save').click();
  await app.byTestId('record-dialog').waitFor({ state: 'detached' });
  await check('outline with a record and its notice');
  await dialog('plans-dialog', () => app.byTestId('manage-plans').click(), 'plans dialog');
  await dialog('history-dialog', () => app.byTestId('history').click(), 'history');

  // The import preview of a newer version of the plan.
  const { file } = await app.exportPlan();
  file.plan.title = `${file.plan.title}（修订）`;
  file.plan.updated_at = new Date(Date.now() + 60_000).toISOString();
  await app.importFile({ name: 'plan.jihua.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await app.byTestId('import-merge').waitFor();
  await check('import preview');
  await app.byTestId('import-cancel').click();
  await app.byTestId('import-dialog').waitFor({ state: 'detached' });

  await app.byTestId('nav-calendar').click();
  for (const view of ['month', 'week', 'year', 'agenda']) {
    await app.byTestId(`cal-view-${view}`).click();
    await eventually.equal(() => app.byTestId(`cal-view-${view}`).getAttribute('aria-pressed'), 'true');
    await app.byTestId('calendar').locator('.cal-month, .cal-year, .cal-agenda').first().waitFor();
    await check(`calendar (${view})`);
  }
  // The month grid with an activity picked up by the keyboard (and read out).
  await app.byTestId('cal-view-month').click();
  await app.byTestId('calendar').focus();
  await app.page.keyboard.press('Space');
  await eventually.ok(async () => (await app.byTestId('cal-announce').innerText()).length > 0, 'something is picked up');
  await check('calendar (month, an activity picked up)');
  await app.page.keyboard.press('Escape');
  await app.byTestId('nav-timeline').click();
  await app.byTestId('gantt').waitFor();
  await check('timeline');
  await app.byTestId('gantt').focus();
  await app.page.keyboard.press('ArrowDown');
  await eventually.ok(async () => (await app.byTestId('gantt').getAttribute('aria-activedescendant')) !== null, 'a row is picked');
  await check('timeline (an activity picked)');
  await app.byTestId('nav-progress').click();
  await app.byTestId('stats-table').waitFor();
  await app.byTestId('record-row').first().waitFor();
  await check('progress');
  await app.byTestId('nav-outline').click();
  return failures;
}

/** A second tab of `app`'s context that hears nothing from the first, edited into a conflict. */
async function conflict(app) {
  await app.waitSaved();
  const page = await app.page.context().newPage();
  await page.addInitScript(() => {
    window.BroadcastChannel = class extends window.BroadcastChannel {
      set onmessage(_) {}
      get onmessage() { return null; }
    };
  });
  const second = new JihuaPage(page);
  await second.open(app.page.url());
  await app.editItem('摄影展', { title: '摄影展（一号窗口）' });
  await app.waitSaved();
  await second.editItem('第三届书画公益讲座', { title: '书画讲座（二号窗口）' });
  await second.byTestId('conflict-dialog').waitFor();
  return second;
}

for (const [label, options, lang] of [
  ['zh · desktop', DESKTOP, 'zh'],
  ['zh · 360 px', PHONE, 'zh'],
  ['en · desktop', DESKTOP, 'en'],
]) {
  test(`axe finds nothing serious on any view or dialog (${label})`, async () => {
    const app = await env.open(options);
    await app.waitSaved();
    if (lang === 'en') {
      await app.byTestId('lang-toggle').click();
      await eventually.equal(() => app.page.locator('html').getAttribute('lang'), 'en');
    }
    const failures = await auditEverything(app, label);
    const second = await conflict(app);
    const { failing, moderate } = await audit(second.page);
    const unexplained = moderate.filter((v) => !REASONS[v.id]);
    if (failing.length || unexplained.length) failures.push(`${label} · conflict dialog:\n  ${describe([...failing, ...unexplained])}`);
    assert.deepEqual(failures, [], failures.join('\n\n'));
    app.assertNoConsoleErrors();
  });
}

test('a dialog keeps Tab inside, is named by its heading, and gives focus back when it closes', async () => {
  const app = await env.open();
  await app.waitSaved();
  const edit = app.row('送戏下乡一百场').getByTestId('edit-item');
  await edit.focus();
  await app.page.keyboard.press('Enter');
  const form = app.byTestId('item-form');
  await form.waitFor();
  await eventually.equal(() => form.getAttribute('aria-label'), '编辑活动');
  const inside = () => app.page.evaluate(() => !!document.activeElement?.closest('[data-testid=item-form]'));
  await eventually.equal(inside, true);
  // Forwards through every control and round again, then backwards past the first.
  const count = await form.locator('button:visible, input:visible, select:visible, textarea:visible').count();
  for (let i = 0; i < count + 3; i++) {
    await app.page.keyboard.press('Tab');
    await eventually.equal(inside, true, `Tab ${i + 1} left the dialog`);
  }
  for (let i = 0; i < count + 3; i++) {
    await app.page.keyboard.press('Shift+Tab');
    await eventually.equal(inside, true, `Shift+Tab ${i + 1} left the dialog`);
  }
  await app.page.keyboard.press('Escape');
  await form.waitFor({ state: 'detached' });
  await eventually.equal(() => app.page.evaluate(() => document.activeElement?.dataset.testid), 'edit-item');
  app.assertNoConsoleErrors();
});

test('the outline at 200% zoom (a 1280 px window seen as 640 px) does not scroll sideways', async () => {
  const app = await env.open({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  await app.waitSaved();
  const sideways = () => app.page.evaluate(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth);
  await eventually.equal(sideways, 0);
  await app.row('送戏下乡一百场').getByTestId('edit-item').click();
  await app.byTestId('item-form').waitFor();
  await eventually.equal(sideways, 0);
  app.assertNoConsoleErrors();
});
