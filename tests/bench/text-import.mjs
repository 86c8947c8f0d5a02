// Benchmark (not a test): reading a plan's text. Plans of about 2,000, 6,000 and
// 20,000 characters (the seed plans, repeated) are pasted into the import box; the
// app reports how long the reader took (`data-read-ms` on the preview, measured
// around `text::read` in the release wasm), and this script measures, in the page,
// the time from the click on "read" to the preview drawn. Ratios are against the
// smallest plan (one seed) in the same run; the budget is 100 ms for 20,000 chars.
// Run: scripts/bench.sh text-import   (after a release build)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { JihuaPage } from '../e2e/app.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/text/', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const seeds = await Promise.all([1, 2, 3, 4, 5].map((k) => readFile(`${FIXTURES}seed-${k}.txt`, 'utf8')));
const township = await readFile(`${FIXTURES}township-2025.txt`, 'utf8');
const all = [...seeds, township].join('\n');
/** A plan of at least `chars` characters: the seeds and the township plan, repeated. */
const planOf = (chars) => {
  let text = '';
  while ([...text].length < chars) text += `${all}\n`;
  return text;
};

const browser = await launch();
const server = await serve(DIST);
const sizes = [[...seeds[1]].length, 6_000, 20_000];
const results = [];
for (const size of sizes) {
  const text = size === sizes[0] ? seeds[1] : planOf(size);
  const reads = [];
  const shown = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    await app.waitSaved();
    await app.byTestId('manage-plans').click();
    await app.byTestId('import-paste').fill(text);
    await app.page.evaluate(() => { window.__t0 = performance.now(); });
    await app.byTestId('import-paste-read').click();
    const ms = await app.page.waitForFunction(() => {
      const p = document.querySelector('[data-testid=text-preview]');
      return p ? performance.now() - window.__t0 : false;
    }, null, { polling: 'raf', timeout: 120_000 }).then((h) => h.jsonValue());
    reads.push(Number(await app.byTestId('text-preview').getAttribute('data-read-ms')));
    shown.push(ms);
    await context.close();
  }
  results.push({ chars: [...text].length, read: median(reads), shown: median(shown) });
}
await browser.close();
await server.close();
const base = results[0];
console.log('| characters | reading (ms) | × one seed | click to preview drawn (ms) | × one seed |');
console.log('|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.chars.toLocaleString('en')} | ${r.read.toFixed(1)} | ${(r.read / base.read).toFixed(1)} | ${r.shown.toFixed(0)} | ${(r.shown / base.shown).toFixed(1)} |`);
}
