// Benchmark (not a test): the progress view of a plan with 2,000 records, 500 of
// them with a photo, against the sample plan (no records) in the same run. It
// measures, in the page, the time from the click on "完成情况" to the view drawn
// with its first page of records (the next animation frame), the second time the
// view is opened, and counts the photos the page holds once they have loaded:
// photos load only for the rows shown.
// The budget is 0.5 s.
// Run: scripts/bench.sh records   (after a release build)
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { JihuaPage } from '../e2e/app.mjs';
import { zip } from '../e2e/zip.mjs';

const DIST = process.env.JIHUA_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 5);
const RECORDS = 2000;
const PHOTOS = 500;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The sample with `RECORDS` records spread over its activities with targets and the year. */
function withRecords(file, photo) {
  const plan = file.plan;
  plan.id = 'bench-records';
  plan.title = `台账基准（${RECORDS} 条记录）`;
  const targets = plan.items.filter((i) => i.target);
  const photos = [];
  for (let k = 0; k < RECORDS; k++) {
    const item = targets[k % targets.length];
    const day = 1 + (k % 28);
    const month = 1 + (Math.floor(k / 28) % 12);
    const entry = {
      id: `r${k}`, date: `${plan.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      amount: 1, attendance: 50 + (k % 200), note: '',
    };
    if (k % (RECORDS / PHOTOS) === 0) {
      entry.photos = [`ph-bench-${k}`];
      photos.push({ name: `photos/ph-bench-${k}.jpg`, bytes: photo });
    }
    (item.progress ??= []).push(entry);
  }
  return zip([{ name: 'plan.jihua.json', bytes: Buffer.from(JSON.stringify(file)) }, ...photos]);
}

/** Milliseconds from the click on the progress tab to the next frame after its rows are drawn. */
async function openTime(app, withRows) {
  await app.byTestId('nav-outline').click();
  await app.page.evaluate(() => { window.__t0 = performance.now(); });
  await app.byTestId('nav-progress').click();
  const ms = await app.page.waitForFunction((rows) => {
    const view = document.querySelector('[data-testid=progress-view]');
    const ready = view && (!rows || document.querySelector('[data-testid=record-row]'));
    return ready ? performance.now() - window.__t0 : false;
  }, withRows, { polling: 'raf', timeout: 120_000 }).then((h) => h.jsonValue());
  // The photos of the rows shown, once loaded: the others are never read.
  await app.page.waitForTimeout(1500);
  const images = await app.page.evaluate(() => document.querySelectorAll('img').length);
  return { ms, images };
}

const browser = await launch();
const server = await serve(DIST);
const results = { sample: [], big: [] };
let images = 0;
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const app = new JihuaPage(await context.newPage());
  await app.open(server.url);
  await app.waitSaved();
  // Each plan's view is opened once before it is measured (the code warm).
  await openTime(app, false);
  results.sample.push((await openTime(app, false)).ms);
  const sample = (await app.exportPlan()).file;
  const photo = Buffer.from(await app.page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 800;
    c.height = 600;
    const x = c.getContext('2d');
    const g = x.createLinearGradient(0, 0, 800, 600);
    g.addColorStop(0, '#e4572e');
    g.addColorStop(1, '#2f7ed8');
    x.fillStyle = g;
    x.fillRect(0, 0, 800, 600);
    return c.toDataURL('image/jpeg', 0.8).split(',')[1];
  }), 'base64');
  const bundle = withRecords(structuredClone(sample), photo);
  await app.importFile({ name: 'bench.jihua.zip', mimeType: 'application/zip', buffer: bundle });
  await app.byTestId('import-confirm').click();
  await app.byTestId('plan-title').filter({ hasText: `台账基准` }).waitFor();
  await app.waitSaved();
  // Every photo stored before measuring (they are stored after the plan).
  const stored = () => app.page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('jihua-photos');
    open.onsuccess = () => {
      try {
        const count = open.result.transaction('photos').objectStore('photos').count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => resolve(0);
      } catch {
        resolve(0);
      }
    };
    open.onerror = () => resolve(0);
  }));
  const deadline = Date.now() + 300_000;
  while ((await stored()) < PHOTOS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  await app.reload();
  await app.waitSaved();
  await openTime(app, true);
  const big = await openTime(app, true);
  results.big.push(big.ms);
  images = big.images;
  await context.close();
}
await browser.close();
await server.close();
const s = median(results.sample);
const b = median(results.big);
console.log(`BENCH records  sample (no records)            median ${s.toFixed(0).padStart(5)} ms  ×1.00`);
console.log(`BENCH records  ${RECORDS} records, ${PHOTOS} photos       median ${b.toFixed(0).padStart(5)} ms  ×${(b / s).toFixed(2)}  (${images} of ${PHOTOS} photos loaded)`);
