// Benchmark (not a test): making each document of a plan with 1,000 activities
// (the sample's 36 activities repeated, with their times, targets and a record
// each), against the sample plan in the same run. It measures, in the page, the
// time from the click on an export button to the download link being clicked (the
// file built in wasm and handed to the browser), and from "print plan" to the
// pages drawn. The budget is 2 s a format for 1,000 activities.
// Run: scripts/bench.sh documents   (after a release build)
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { JihuaPage } from '../e2e/app.mjs';

const DIST = process.env.JIHUA_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const EXPORTS = ['export-docx', 'export-xlsx', 'export-stats-xlsx', 'export-ics', 'export-csv'];

function bigPlan(file, n) {
  const items = file.plan.items;
  file.plan.id = `bench-docs-${n}`;
  file.plan.title = `文档基准（${n} 个活动）`;
  file.plan.items = Array.from({ length: n }, (_, i) => {
    const base = items[i % items.length];
    const date = `${file.plan.year}-${String(1 + (i % 12)).padStart(2, '0')}-15`;
    return {
      ...base, id: `d${i}`, order: i, title: `${base.title}（${i + 1}）`,
      progress: base.target ? [{ id: `e${i}`, date, amount: 1, note: '' }] : [],
    };
  });
  return file;
}

/** Milliseconds from a click on `testid` to the download link's click, in the page. */
async function exportTime(app, testid) {
  await app.page.evaluate(() => {
    window.__t0 = performance.now();
    window.__t1 = null;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) window.__t1 = performance.now();
      return click.call(this);
    };
  });
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.byTestId(testid).click()]);
  await download.path();
  return app.page.evaluate(() => window.__t1 - window.__t0);
}

const browser = await launch();
const server = await serve(DIST);
const rows = [];
let sample;
for (const n of [0, 1000]) {
  const times = Object.fromEntries([...EXPORTS, 'print-plan'].map((k) => [k, []]));
  let pages = 0;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    await app.waitSaved();
    sample ??= (await app.exportPlan()).file;
    if (n > 0) {
      const file = bigPlan(structuredClone(sample), n);
      await app.importFile({ name: 'bench.jihua.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      await app.byTestId('import-confirm').click();
      await app.byTestId('plan-title').filter({ hasText: file.plan.title }).waitFor();
      await app.waitSaved();
    }
    await app.byTestId('documents').click();
    for (const id of EXPORTS) times[id].push(await exportTime(app, id));
    await app.page.evaluate(() => { window.__t0 = performance.now(); });
    await app.byTestId('print-plan').click();
    const ms = await app.page.waitForFunction(() => document.querySelector('[data-testid=print-view]')
      ? performance.now() - window.__t0 : false, null, { polling: 'raf', timeout: 120_000 }).then((h) => h.jsonValue());
    times['print-plan'].push(ms);
    pages = Number(await app.byTestId('print-view').getAttribute('data-pages'));
    await context.close();
  }
  rows.push({ n: n || sample.plan.items.length, pages, times: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) });
}
await browser.close();
await server.close();
const [small, big] = rows;
console.log(`| format | sample, ${small.n} activities (ms) | ${big.n} activities (ms) | × sample |`);
console.log('|---|---:|---:|---:|');
for (const k of [...EXPORTS, 'print-plan']) {
  const label = k === 'print-plan' ? `print-plan (${small.pages} / ${big.pages} pages drawn)` : k;
  console.log(`| ${label} | ${small.times[k].toFixed(1)} | ${big.times[k].toFixed(1)} | ${(big.times[k] / small.times[k]).toFixed(1)} |`);
}
