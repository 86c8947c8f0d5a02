// The timeline: the sample plan's bars against their activities' times, moving an
// activity by dragging its bar, changing its end by dragging the edge, the same
// with the keyboard, grouping by department, and a large plan that keeps the page
// small (only the rows in view are drawn).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';
import { eventually } from './eventually.mjs';

const env = useApp();
const YEAR = new Date().getFullYear();
const day = (m, d, y = YEAR) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const ROW = 30;

/** Opens the app on the timeline through the URL, as a bookmark would. */
async function openTimeline(hash = '#timeline/year') {
  const app = await env.open();
  await app.waitSaved();
  await app.page.goto(`${app.page.url().split('#')[0]}${hash}`);
  await app.page.reload();
  await app.byTestId('gantt-bar').first().waitFor();
  await settled(app);
  return app;
}

/** Fonts loaded and two frames drawn, so nothing moves between measuring and pressing. */
async function settled(app) {
  await app.page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

const bar = (app, id) => app.page.locator(`[data-testid=gantt-bar][data-item-id="${id}"]`).first();
const rowOf = (app, title) => app.byTestId('gantt-row').filter({ hasText: title }).first();

/** Every drawn row, collected by scrolling the whole timeline from top to bottom:
 * [{ top, kind: 'group'|'item', key|id, start, end, text }] in order. */
async function allRows(app) {
  return app.page.evaluate(async () => {
    const scroller = document.querySelector('[data-testid=gantt]');
    const seen = new Map();
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let top = 0; ; top += scroller.clientHeight / 2) {
      scroller.scrollTop = top;
      await frame();
      for (const el of scroller.querySelectorAll('[data-testid=gantt-row], [data-testid=gantt-group]')) {
        const y = parseFloat(el.style.top);
        const b = el.querySelector('[data-testid=gantt-bar]');
        seen.set(y, {
          top: y,
          kind: el.dataset.testid === 'gantt-group' ? 'group' : 'item',
          id: el.dataset.itemId ?? null,
          key: el.dataset.key ?? null,
          start: b?.dataset.start ?? null,
          end: b?.dataset.end ?? null,
          text: el.innerText,
        });
      }
      if (top + scroller.clientHeight >= scroller.scrollHeight) break;
    }
    scroller.scrollTop = 0;
    return [...seen.values()].sort((a, b) => a.top - b.top);
  });
}

/** The days an activity's time covers, worked out here independently of the app. */
function span(when) {
  const last = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const months = (y, a, b) => [day(a, 1, y), day(b, last(y, b), y)];
  switch (when.kind) {
    case 'date': return [when.date, when.date];
    case 'range': return [when.start, when.end];
    case 'month': return months(when.year, when.month, when.month);
    case 'months': return months(when.year, when.from, when.to);
    case 'quarter': return months(when.year, when.quarter * 3 - 2, when.quarter * 3);
    case 'half': return months(when.year, when.half * 6 - 5, when.half * 6);
    case 'year': return months(when.year, 1, 12);
    case 'xun': {
      const [a, b] = { early: [1, 10], middle: [11, 20], late: [21, last(when.year, when.month)] }[when.xun];
      return [day(when.month, a, when.year), day(when.month, b, when.year)];
    }
    default: return null;
  }
}

/** Drags `handle` by `dx` px with the mouse, in small steps. */
async function dragBy(app, handle, dx, { atRightEdge = false } = {}) {
  await settled(app);
  const box = await handle.boundingBox();
  const x = atRightEdge ? box.x + box.width - 2 : box.x + Math.min(12, box.width / 2);
  const y = box.y + box.height / 2;
  await app.page.mouse.move(x, y);
  await app.page.mouse.down();
  await app.page.mouse.move(x + dx, y, { steps: 10 });
  await app.page.mouse.up();
}

/** Scrolls the timeline so that day `date` is near the left of the track. */
async function scrollToDay(app, date) {
  await app.page.evaluate((date) => {
    const scroller = document.querySelector('[data-testid=gantt]');
    const cells = [...document.querySelectorAll('[data-testid=gantt-bar]')];
    // Any bar gives the scale: its left edge and its start date.
    const b = cells[0];
    const ppd = { week: 36, month: 12, quarter: 5, year: 2 }[location.hash.split('/')[1].split('?')[0]];
    const x = parseFloat(b.style.left) + (Date.parse(date) - Date.parse(b.dataset.start)) / 864e5 * ppd;
    scroller.scrollLeft = Math.max(0, x - 100);
  }, date);
  await settled(app);
}

test('the sample plan\'s bars match their activities\' times and sit under the right months', async () => {
  const app = await openTimeline();
  const { file } = await app.exportPlan();
  const rows = await allRows(app);
  const items = rows.filter((r) => r.kind === 'item');
  // Every activity has its row, in the outline's order.
  assert.equal(items.length, file.plan.items.length);
  for (const item of file.plan.items) {
    const row = items.find((r) => r.id === item.id);
    assert.ok(row, `no row for ${item.title}`);
    assert.ok(row.text.includes(item.title.slice(0, 8)), `${row.text} / ${item.title}`);
    const expected = span(item.when);
    assert.deepEqual(expected && [row.start, row.end], expected, item.title);
  }
  // Geometry: at year zoom (2 px a day), the July band starts under the 7月 header
  // cell and is as wide as 31 days.
  const festival = file.plan.items.find((i) => i.title === '敦化市农民艺术节');
  const box = await bar(app, festival.id).boundingBox();
  const july = await app.page.locator('.tl-head-lower .tl-cell').filter({ hasText: /^7月$/ }).boundingBox();
  assert.ok(Math.abs(box.x - july.x) <= 1.5, `${box.x} vs ${july.x}`);
  assert.ok(Math.abs(box.width - 31 * 2) <= 1, `width ${box.width}`);
  // Loose times are soft bands, fixed days solid, the gala a milestone diamond.
  await eventually.match(() => bar(app, festival.id).getAttribute('class'), /tl-fuzzy/);
  const gala = file.plan.items.find((i) => i.title.startsWith('庆祝自治州'));
  await eventually.match(() => bar(app, gala.id).getAttribute('class'), /tl-milestone/);
  // Headers read as a plan would.
  await eventually.equal(() => app.page.locator('.tl-head-row').first().innerText(), `${YEAR}年`);
  app.assertNoConsoleErrors();
});

test('dragging a bar by a month at month zoom moves the activity, in the outline and after reload', async () => {
  const app = await openTimeline('#timeline/month');
  const row = rowOf(app, '敦化市农民艺术节');
  const id = await row.getAttribute('data-item-id');
  await scrollToDay(app, day(7, 1));
  await eventually.equal(() => bar(app, id).getAttribute('data-start'), day(7, 1));
  await eventually.equal(() => bar(app, id).getAttribute('data-end'), day(7, 31));
  // A month's width at 12 px a day.
  await dragBy(app, bar(app, id), 31 * 12);
  await app.page.locator(`[data-testid=gantt-bar][data-item-id="${id}"][data-start="${day(8, 1)}"]`).waitFor();
  await eventually.equal(() => bar(app, id).getAttribute('data-end'), day(8, 31));
  await eventually.match(() => rowOf(app, '敦化市农民艺术节').innerText(), /8月/);
  await app.waitSaved();
  await app.byTestId('nav-outline').click();
  await eventually.equal(async () => (await app.describe('敦化市农民艺术节')).when, '8月');
  // Undo, redo, as for any edit.
  await app.page.keyboard.press('Control+z');
  await eventually.equal(async () => (await app.describe('敦化市农民艺术节')).when, '7月');
  await app.page.keyboard.press('Control+Shift+z');
  await app.waitSaved();
  await app.reload();
  await eventually.equal(async () => (await app.describe('敦化市农民艺术节')).when, '8月');
  await app.byTestId('nav-timeline').click();
  await eventually.equal(() => app.page.evaluate(() => location.hash), '#timeline/month');
  await bar(app, id).waitFor({ state: 'attached' });
  await eventually.equal(() => bar(app, id).getAttribute('data-start'), day(8, 1));
  app.assertNoConsoleErrors();
});

test('dragging a bar\'s right edge changes its end; a short move is a click that opens the form', async () => {
  const app = await openTimeline('#timeline/week');
  const row = rowOf(app, '春节联欢晚会节目征集');
  const id = await row.getAttribute('data-item-id');
  await scrollToDay(app, day(1, 1));
  await eventually.equal(() => bar(app, id).getAttribute('data-end'), day(1, 20));
  // Three days at week zoom (36 px a day).
  await dragBy(app, app.page.locator(`[data-item-id="${id}"] [data-testid=gantt-resize]`).first(), 3 * 36, { atRightEdge: true });
  await app.page.locator(`[data-testid=gantt-bar][data-item-id="${id}"][data-end="${day(1, 23)}"]`).waitFor();
  await eventually.equal(() => bar(app, id).getAttribute('data-start'), day(1, 5));
  await app.waitSaved();
  // A press without a move opens the activity's form.
  await bar(app, id).click({ position: { x: 20, y: 8 } });
  await app.byTestId('item-form').waitFor();
  await app.page.keyboard.press('Escape');
  await app.byTestId('nav-outline').click();
  await eventually.equal(async () => (await app.describe('春节联欢晚会节目征集与海选')).when.replace(/\s/g, ''), '1月5日–23日');
  app.assertNoConsoleErrors();
});

test('the keyboard picks, moves and resizes an activity, opens it, and records progress for it', async () => {
  const app = await openTimeline('#timeline/month');
  await app.byTestId('gantt').focus();
  // ↓ picks the first activity in view, then each next one.
  // The picked activity is announced (for screen readers) and banded.
  const selectedText = () => app.byTestId('gantt-announce').innerText();
  for (let i = 0; i < 40 && !(await selectedText()).includes('敦化市农民艺术节'); i++) {
    await app.page.keyboard.press('ArrowDown');
  }
  await eventually.match(() => selectedText(), /敦化市农民艺术节/);
  const id = await app.byTestId('gantt-selection').first().getAttribute('data-item-id');
  assert.equal(id, await rowOf(app, '敦化市农民艺术节').getAttribute('data-item-id'));
  // → moves a month-stated activity by a month; Shift+→ adds a month at the end.
  await app.page.keyboard.press('ArrowRight');
  await app.page.locator(`[data-testid=gantt-bar][data-item-id="${id}"][data-start="${day(8, 1)}"]`).waitFor();
  await app.page.keyboard.press('Shift+ArrowRight');
  await app.page.locator(`[data-testid=gantt-bar][data-item-id="${id}"][data-end="${day(9, 30)}"]`).waitFor();
  await eventually.match(() => selectedText(), /8–9月/);
  await eventually.match(() => rowOf(app, '敦化市农民艺术节').innerText(), /8–9月/);
  // The activity stays picked after the change, and Enter opens it.
  await app.page.keyboard.press('Enter');
  await app.byTestId('item-form').waitFor();
  await eventually.equal(() => app.byTestId('item-form').getByTestId('item-title-input').inputValue(), '敦化市农民艺术节');
  await app.page.keyboard.press('Escape');
  // Closing gives the focus back to the chart; + records progress for the picked
  // activity in the record dialog, starting today.
  await app.byTestId('item-form').waitFor({ state: 'detached' });
  await app.page.keyboard.press('+');
  const record = app.byTestId('record-dialog');
  await record.waitFor();
  await eventually.match(() => record.locator('.modal-title').innerText(), /敦化市农民艺术节/);
  await app.page.keyboard.press('Escape');
  await record.waitFor({ state: 'detached' });
  await app.waitSaved();
  await app.byTestId('nav-outline').click();
  await eventually.equal(async () => (await app.describe('敦化市农民艺术节')).when, '8–9月');
  app.assertNoConsoleErrors();
});

test('grouped by department, each department lists exactly its activities, and a group folds', async () => {
  const app = await openTimeline('#timeline/year');
  const { file } = await app.exportPlan();
  await app.byTestId('tl-group-department').click();
  await eventually.equal(() => app.page.evaluate(() => location.hash), '#timeline/year?group=department');
  await app.byTestId('gantt-group').first().waitFor();
  const rows = await allRows(app);
  const groups = rows.filter((r) => r.kind === 'group').map((r) => r.key);
  assert.deepEqual(groups.filter((k) => k), file.plan.departments.map((d) => d.id));
  let current = null;
  const listed = new Map();
  for (const r of rows) {
    if (r.kind === 'group') current = r.key;
    else listed.set(current, [...(listed.get(current) ?? []), r.id]);
  }
  for (const d of file.plan.departments) {
    const mine = file.plan.items.filter((i) => i.departments.includes(d.id)).map((i) => i.id).sort();
    assert.deepEqual([...(listed.get(d.id) ?? [])].sort(), mine, d.name);
  }
  // Folding the first department hides its activities and keeps the others.
  const first = file.plan.departments[0];
  const before = await app.byTestId('gantt-row').count();
  await app.page.locator(`[data-testid=gantt-group][data-key="${first.id}"] [data-testid=gantt-toggle]`).click();
  await app.page.locator(`[data-testid=gantt-group][data-key="${first.id}"] [aria-expanded=false]`).waitFor();
  const after = await allRows(app);
  assert.ok(!after.some((r) => r.kind === 'item' && listed.get(first.id).includes(r.id) && !file.plan.items.find((i) => i.id === r.id).departments.some((d) => d !== first.id)));
  assert.equal(after.filter((r) => r.kind === 'item').length, rows.filter((r) => r.kind === 'item').length - listed.get(first.id).length);
  assert.ok(before > 0);
  // The grouping is in the URL and survives a reload.
  await app.page.reload();
  await app.byTestId('gantt-group').first().waitFor();
  await eventually.equal(() => app.byTestId('tl-group-department').getAttribute('aria-pressed'), 'true');
  app.assertNoConsoleErrors();
});

test('a plan of 3,000 activities draws only the rows in view, and its last activity is reachable', async () => {
  const app = await openTimeline('#timeline/month');
  const small = await app.page.evaluate(() => document.querySelectorAll('*').length);
  const { file } = await app.exportPlan();
  const base = file.plan.items[0];
  file.plan.id = 'big-timeline';
  file.plan.title = '三千个活动的计划';
  file.plan.sample = false;
  file.plan.items = Array.from({ length: 3000 }, (_, i) => ({
    ...base, id: `b${i}`, order: i, title: `活动 ${i + 1}`, repeat: null, progress: [],
    when: { kind: 'date', date: day(1 + (i % 12), 1 + (i % 28)) },
  }));
  await app.importFile({ name: 'big.jihua.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await app.byTestId('import-confirm').click();
  await app.byTestId('plan-title').filter({ hasText: '三千个活动的计划' }).waitFor();
  await app.waitSaved();
  await app.byTestId('nav-timeline').click();
  await app.byTestId('gantt-bar').first().waitFor();
  const viewport = await app.page.evaluate(() => document.querySelector('[data-testid=gantt]').clientHeight);
  const drawn = await app.byTestId('gantt-row').count();
  assert.ok(drawn <= Math.ceil(viewport / ROW) + 2 * 8 + 1, `${drawn} rows drawn`);
  const big = await app.page.evaluate(() => document.querySelectorAll('*').length);
  // The page is about as big as with the sample's 28 activities.
  assert.ok(big < small * 1.5, `${big} nodes against ${small}`);
  await app.page.evaluate(() => {
    const s = document.querySelector('[data-testid=gantt]');
    s.scrollTop = s.scrollHeight;
  });
  await app.page.locator('[data-testid=gantt-row][data-item-id="b2999"]').waitFor();
  await eventually.ok(async () => await app.byTestId('gantt-row').count() <= drawn + 1);
  app.assertNoConsoleErrors();
});
