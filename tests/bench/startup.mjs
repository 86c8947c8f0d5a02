// Benchmark (not a test): time from navigation to interactive, for the single file
// (file://) and the served build (first visit, and later visits from the service
// worker's cache), with the sample plan and with a 1,000-activity plan.
// "Interactive" = the plan's rows are drawn and the plan commands are enabled
// (storage open, plans loaded), measured in the page from the navigation start.
// Run: scripts/bench.sh startup   (after a release build)
import { pathToFileURL, fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { JihuaPage } from '../e2e/app.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 7);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation start until the app is interactive. */
async function interactive(page) {
  return page.waitForFunction(() => {
    const ready = document.querySelector('[data-testid=new-plan]:not([disabled])');
    const rows = document.querySelectorAll('[data-testid=item-row]').length;
    return ready && rows > 0 ? performance.now() : false;
  }, null, { polling: 'raf', timeout: 120_000 }).then((h) => h.jsonValue());
}

/** A copy of the exported sample with `n` activities. */
function grow(file, n) {
  const items = file.plan.items;
  file.plan.id = 'bench-1000';
  file.plan.title = `基准计划（${n} 个活动）`;
  file.plan.items = Array.from({ length: n }, (_, i) => ({ ...items[i % items.length], id: `b${i}`, order: i, progress: [] }));
  return file;
}

async function prepare(context, url, plan) {
  const app = new JihuaPage(await context.newPage());
  await app.open(url);
  if (plan) {
    await app.importFile({ name: 'bench.jihua.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
    await app.byTestId('import-confirm').click();
    await app.byTestId('plan-title').filter({ hasText: plan.plan.title }).waitFor();
    await app.waitSaved();
  }
  return app;
}

const browser = await launch();
const server = await serve(DIST);
const fileUrl = pathToFileURL(join(DIST, 'jihua.html')).href;
let big;
{
  const context = await browser.newContext();
  const app = await prepare(context, server.url);
  big = grow((await app.exportPlan()).file, 1000);
  await context.close();
}
const results = [];
for (const [label, plan] of [['sample (35)', null], ['1,000 activities', big]]) {
  for (const [build, url] of [['single file', fileUrl], ['served, cached', server.url]]) {
    const context = await browser.newContext();
    const app = await prepare(context, url, plan);
    if (build.startsWith('served')) {
      await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    }
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      await app.page.reload();
      times.push(await interactive(app.page));
    }
    results.push({ label, build, ms: median(times) });
    await context.close();
  }
  // A first visit: empty cache and empty storage, so only the sample can be shown.
  if (!plan) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url);
      times.push(await interactive(page));
      await context.close();
    }
    results.push({ label, build: 'served, first visit', ms: median(times) });
  }
}
await server.close();
await browser.close();
const find = (label, build) => results.find((r) => r.label === label && r.build === build).ms;
for (const r of results) {
  const ratio = r.ms / find('sample (35)', 'served, cached');
  console.log(`BENCH startup ${r.build.padEnd(20)} ${r.label.padEnd(17)} median ${r.ms.toFixed(0).padStart(5)} ms  ×${ratio.toFixed(2)} of served+cached sample`);
}
for (const label of ['sample (35)', '1,000 activities']) {
  console.log(`BENCH startup ratio single file / served (cached), ${label}: ${(find(label, 'single file') / find(label, 'served, cached')).toFixed(2)}`);
}
