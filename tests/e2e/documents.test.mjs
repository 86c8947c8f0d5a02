// Documents out: every export button downloads a file named by the plan-file rule,
// and the independent readers of tests/documents/check.py (python-docx, openpyxl,
// icalendar, LibreOffice) read them back; the print views show the GB/T 9704
// pages, and Chromium's PDF of them has exactly the pages the preview shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp } from './harness.mjs';
import { eventually } from './eventually.mjs';

const env = useApp();
const CHECK = fileURLToPath(new URL('../documents/check.py', import.meta.url));
const PYTHON = process.env.JIHUA_PYTHON ?? 'python3';

/** Clicks `testid` in the documents dialog and saves the download as `dir/name`. */
async function download(app, testid, dir, name) {
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.byTestId(testid).click()]);
  await file.saveAs(join(dir, name));
  return file.suggestedFilename();
}

/** Pages of a PDF: its page objects. */
const pdfPages = (bytes) => (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('every export downloads, named by the plan-file rule, and reads back in independent readers', async () => {
  const app = await env.open();
  await app.waitSaved();
  // One record, so that the statistics have something to count.
  await app.row('送戏下乡一百场').getByTestId('progress-plus-one').click();
  await eventually.equal(() => app.row('送戏下乡一百场').getByTestId('progress-tally').innerText(), '1/100 场');
  await app.waitSaved();
  const { file } = await app.exportPlan();
  const dir = await mkdtemp(join(tmpdir(), 'jihua-docs-'));
  await writeFile(join(dir, 'plan.json'), JSON.stringify(file));
  const title = file.plan.title;
  await app.byTestId('documents').click();
  await app.byTestId('documents-dialog').waitFor();
  assert.equal(await download(app, 'export-docx', dir, 'plan.docx'), `${title}.docx`);
  assert.equal(await download(app, 'export-xlsx', dir, 'tasks.xlsx'), `${title}-任务分解表.xlsx`);
  assert.equal(await download(app, 'export-stats-xlsx', dir, 'stats.xlsx'), `${title}-统计表.xlsx`);
  assert.equal(await download(app, 'export-csv', dir, 'tasks.csv'), `${title}-任务分解表.csv`);
  await app.byTestId('export-ics-remind').check();
  assert.equal(await download(app, 'export-ics', dir, 'plan.ics'), `${title}.ics`);
  assert.equal(await download(app, 'export-summary-docx', dir, 'summary.docx'), `${title}-年终总结.docx`);
  // Every activity's title is in the Word, Excel and CSV files, every fixed-day
  // activity in the calendar: checked by readers that are not jihua's.
  const checked = spawnSync(PYTHON, [CHECK, dir], { encoding: 'utf8', timeout: 600_000 });
  assert.equal(checked.status, 0, `${checked.stdout}\n${checked.stderr}`);
  assert.match(checked.stdout, /^ok: plan\.docx, summary\.docx, tasks\.xlsx, stats\.xlsx, plan\.ics, tasks\.csv/);
  const ics = await readFile(join(dir, 'plan.ics'), 'utf8');
  assert.match(ics, /BEGIN:VALARM/);
  app.assertNoConsoleErrors();
});

test('the plan prints as GB/T 9704 pages: the preview has the pages the PDF has', async () => {
  const app = await env.open();
  await app.waitSaved();
  const { file } = await app.exportPlan();
  await app.byTestId('documents').click();
  await app.byTestId('print-plan').click();
  const view = app.byTestId('print-view');
  await view.waitFor();
  await eventually.equal(() => view.getAttribute('data-kind'), 'plan');
  const pages = Number(await view.getAttribute('data-pages'));
  assert.ok(pages >= 3, `${pages} pages`);
  await eventually.equal(() => app.byTestId('print-page').count(), pages);
  // 22 lines at most on a page, the title first, page numbers "— n —".
  const layout = await app.page.evaluate(() => [...document.querySelectorAll('[data-testid=print-page]')].map((p) => ({
    lines: [...p.querySelectorAll('.pp-line')].map((l) => l.textContent),
    number: p.querySelector('.pp-number').textContent,
  })));
  assert.equal(layout[0].lines[0], file.plan.title);
  layout.forEach((p, k) => {
    assert.ok(p.lines.length <= 22, `page ${k + 1} has ${p.lines.length} lines`);
    assert.equal(p.number, `— ${k + 1} —`);
  });
  const text = layout.flatMap((p) => p.lines).join('');
  for (const item of file.plan.items) assert.ok(text.includes(item.title), item.title);
  // No line is wider than the 156 mm block (a hanging closing mark aside).
  const over = await app.page.evaluate(() => [...document.querySelectorAll('.pp-line')]
    .filter((l) => { const r = document.createRange(); r.selectNodeContents(l); return r.getBoundingClientRect().width > l.getBoundingClientRect().width + 24; })
    .map((l) => l.textContent));
  assert.deepEqual(over, []);
  // What prints: only the pages, as many as the preview shows.
  const pdf = await app.page.pdf({ preferCSSPageSize: true });
  assert.equal(pdfPages(pdf), pages);
  await app.byTestId('print-close').click();
  await eventually.equal(() => view.count(), 0);
  app.assertNoConsoleErrors();
});

test('a month prints as a landscape table, and the summary as pages', async () => {
  const app = await env.open();
  await app.waitSaved();
  const { file } = await app.exportPlan();
  const year = file.plan.year;
  await app.byTestId('documents').click();
  // July of the sample's year: 敦化市农民艺术节 is in it.
  await app.byTestId('print-month-choice').selectOption({ label: `${year}年7月` });
  await app.byTestId('print-month').click();
  const view = app.byTestId('print-view');
  await eventually.equal(() => view.getAttribute('data-kind'), 'month');
  await eventually.match(() => view.innerText(), new RegExp(`${year}年7月工作安排`));
  const rows = app.byTestId('print-month-row');
  await eventually.ok(async () => (await rows.count()) > 0);
  await eventually.match(() => rows.filter({ hasText: '敦化市农民艺术节' }).innerText(), /7月/);
  const pdf = await app.page.pdf({ preferCSSPageSize: true });
  assert.ok(pdfPages(pdf) >= 1);
  // Landscape: the page box is wider than high.
  const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\]/);
  assert.ok(box && Number(box[1]) > Number(box[2]), `MediaBox ${box?.[0]}`);
  await app.page.keyboard.press('Escape');
  await eventually.equal(() => view.count(), 0);
  await app.byTestId('documents').click();
  await app.byTestId('print-summary').click();
  await eventually.equal(() => view.getAttribute('data-kind'), 'summary');
  await eventually.match(() => app.byTestId('print-page').first().innerText(), /完成情况/);
  app.assertNoConsoleErrors();
});

test('on a phone the dialog fits and the print view scales the page to the screen', async () => {
  const app = await env.open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await app.waitSaved();
  await app.byTestId('documents').click();
  const dialog = app.byTestId('documents-dialog');
  await dialog.waitFor();
  const box = await dialog.boundingBox();
  assert.ok(box.width <= 360, `dialog is ${box.width}px wide`);
  await app.byTestId('print-plan').click();
  const page = app.byTestId('print-page').first();
  await page.waitFor();
  await eventually.ok(async () => (await page.boundingBox()).width <= 360);
  app.assertNoConsoleErrors();
});

test('GB/T 9704 numbering is an option of the plan: the outline, the print view and a reload keep "1."', async () => {
  const app = await env.open();
  await app.waitSaved();
  const number = () => app.row('党风廉政建设学习').locator('.outline-number').innerText();
  await eventually.equal(number, '2、');
  await app.byTestId('plan-properties').click();
  await app.byTestId('plan-numbering-gbt').check();
  await app.byTestId('plan-save').click();
  await eventually.equal(number, '2.');
  await app.waitSaved();
  await app.reload();
  await eventually.equal(number, '2.');
  await app.byTestId('documents').click();
  await app.byTestId('print-plan').click();
  await app.byTestId('print-page').first().waitFor();
  await eventually.ok(async () => (await app.page.locator('.pp-line', { hasText: '2.党风廉政建设学习' }).count()) === 1);
  app.assertNoConsoleErrors();
});
