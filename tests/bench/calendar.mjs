// Benchmark (not a test): the calendar's month view with hundreds of activities in
// one month. For each size, a plan with that many activities on days of July (one-
// to five-day spans, every department) is imported; then it measures, in the page,
// the time from a click on the calendar tab until the month is drawn, the time from
// a month change to the next month drawn and back, and the DOM size. Ratios are
// against the sample plan in the same run.
// Run: scripts/bench.sh calendar   (after a release build)
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { JihuaPage } from '../e2e/app.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 5);
const YEAR = new Date().getFullYear();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function busyJuly(file, n) {
  const base = file.plan.items[0];
  const departments = file.plan.departments.map((d) => d.id);
  file.plan.id = `bench-cal-${n}`;
  file.plan.title = `日历基准（7月 ${n} 个活动）`;
  file.plan.items = Array.from({ length: n }, (_, i) => {
    const start = 1 + ((i * 7) % 27);
    const end = Math.min(31, start + (i % 5));
    const date = (d) => `${YEAR}-07-${String(d).padStart(2, '0')}`;
    return {
      ...base, id: `c${i}`, order: i, title: `活动 ${i + 1}`, repeat: null, progress: [],
      departments: [departments[i % departments.length]],
      when: start === end ? { kind: 'date', date: date(start) } : { kind: 'range', start: date(start), end: date(end) },
    };
  });
  return file;
}

/** Runs `action` in the page and returns ms until `selector` matches at least `count` nodes. */
async function timed(page, action, selector, count) {
  await page.evaluate(() => { window.__t0 = performance.now(); });
  await action();
  return page.waitForFunction(([s, c]) => document.querySelectorAll(s).length >= c ? performance.now() - window.__t0 : false,
    [selector, count], { polling: 'raf', timeout: 120_000 }).then((h) => h.jsonValue());
}

const browser = await launch();
const server = await serve(DIST);
const results = [];
let sample;
for (const n of [0, 100, 300, 1000]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const app = new JihuaPage(await context.newPage());
  await app.open(server.url);
  if (n > 0) {
    sample ??= (await app.exportPlan()).file;
    const file = busyJuly(structuredClone(sample), n);
    await app.importFile({ name: 'bench.jihua.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await app.byTestId('import-confirm').click();
    await app.byTestId('plan-title').filter({ hasText: file.plan.title }).waitFor();
    await app.waitSaved();
  } else {
    sample = (await app.exportPlan()).file;
  }
  await app.page.goto(`${server.url}#outline`);
  await app.page.reload();
  await app.byTestId('plan-title').waitFor();
  // The calendar opens on the current month: go to July through the URL once.
  await app.page.evaluate((y) => { location.hash = `#calendar/month/${y}-07-15`; }, YEAR);
  await app.byTestId('cal-day').first().waitFor();
  const events = await app.byTestId('cal-event').count();
  const open = [];
  const flip = [];
  for (let i = 0; i < RUNS; i++) {
    await app.byTestId('nav-outline').click();
    await app.byTestId('item-row').first().waitFor();
    open.push(await timed(app.page, () => app.byTestId('nav-calendar').click(), '[data-testid=cal-event]', events));
    flip.push(await timed(app.page, async () => {
      await app.byTestId('cal-next').click();
      await app.byTestId('cal-title').filter({ hasText: `${YEAR}年8月` }).waitFor();
      await app.byTestId('cal-prev').click();
    }, '[data-testid=cal-event]', events));
  }
  const nodes = await app.page.evaluate(() => document.querySelectorAll('*').length);
  results.push({ n, events, open: median(open), flip: median(flip), nodes });
  await context.close();
}
await server.close();
await browser.close();
const base = results[0];
for (const r of results) {
  const label = r.n === 0 ? 'sample plan' : `${r.n} in July`;
  console.log(`BENCH calendar ${label.padEnd(12)} events ${String(r.events).padStart(5)}  open ${r.open.toFixed(0).padStart(5)} ms (×${(r.open / base.open).toFixed(2)})  next+prev month ${r.flip.toFixed(0).padStart(5)} ms (×${(r.flip / base.flip).toFixed(2)})  DOM nodes ${r.nodes}`);
}
