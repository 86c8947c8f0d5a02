// Writes the README's screenshots into docs/screenshots/ from the built app in dist/:
// the outline and the activity form in Chinese and in English, the history, a
// conflict between two tabs, the import preview and a refused file, the single file
// from file://, the update notice, the calendar's views (desktop and phone), and the
// outline on a phone, and the timeline (each zoom, grouped by department, while
// dragging, on a phone, and with 5,000 activities), and progress (the view, its
// chart and village grid, the record dialog, editing an entry), and the crash notice
// (from the test build in dist-test/), the Chinese calendar (February 2026 with 休/班,
// the timeline's festival marks, the holiday dialog, the time picker at a festival),
// the text import's preview (desktop and phone), documents out (the dialog, the
// print view on desktop and phone, Chromium's printed page beside LibreOffice's
// rendering of the .docx, the printed monthly table),
// and the browser floor: the views in
// Chromium 80, and the message that shows where jihua cannot run (no JavaScript,
// an IE engine, a browser below the floor).
// Run after a build: node tests/e2e/screenshots.mjs
// (SHOTS=progress,timeline takes only those groups.)
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';
import { JihuaPage } from './app.mjs';
import { OLD_CHROMIUM, OldPage, launchOld } from './old-browsers.mjs';

const want = (group) => !process.env.SHOTS || process.env.SHOTS.split(',').includes(group);
const out = (name) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));
const server = await serve(process.env.JIHUA_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url)));
const browser = await launch();
try {
  if (want('outline')) for (const lang of ['zh', 'en']) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 860 } });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    if (lang === 'en') await app.byTestId('lang-toggle').click();
    await app.page.mouse.move(0, 0);
    await app.page.screenshot({ path: out(`outline-${lang}`) });
    await app.row('送戏下乡一百场').getByTestId('edit-item').click();
    await app.byTestId('item-form').waitFor();
    await app.page.screenshot({ path: out(`form-${lang}`) });
    await app.page.keyboard.press('Escape');
    await context.close();
  }
  // History, after two edits.
  if (want('history')) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 650 } });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    const saved = () => app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();
    await app.editItem('摄影展', { title: '摄影展（一）' });
    await saved();
    await app.editItem('摄影展（一）', { title: '摄影展（二）' });
    await saved();
    await app.byTestId('history').click();
    await app.byTestId('history-entry').nth(2).waitFor();
    await app.page.screenshot({ path: out('history-zh') });
    await context.close();
  }
  // Two tabs editing at once; the second one hears nothing of the first.
  if (want('conflict')) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 720 } });
    const first = new JihuaPage(await context.newPage());
    await first.open(server.url);
    await first.byTestId('save-status').and(first.page.locator('[data-state=saved]')).waitFor();
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.BroadcastChannel = class extends window.BroadcastChannel {
        set onmessage(_) {}
        get onmessage() { return null; }
      };
    });
    const second = new JihuaPage(page);
    await second.open(server.url);
    await first.editItem('摄影展', { title: '摄影展（一号窗口）' });
    await first.byTestId('save-status').and(first.page.locator('[data-state=saved]')).waitFor();
    await second.editItem('第三届书画公益讲座', { title: '书画讲座（二号窗口）' });
    await second.byTestId('conflict-dialog').waitFor();
    await second.page.screenshot({ path: out('conflict-zh') });
    await context.close();
  }
  // Import: the preview of a newer version of a stored plan, and a file refused.
  if (want('import')) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    await app.waitSaved();
    const dataTransfer = await app.page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{}'], 'plan.jihua.json', { type: 'application/json' }));
      return dt;
    });
    await app.page.dispatchEvent('main', 'dragover', { dataTransfer });
    await app.byTestId('drop-overlay').waitFor();
    await app.page.screenshot({ path: out('drop-zh') });
    await app.page.dispatchEvent('main', 'dragleave', { dataTransfer });
    await app.byTestId('drop-overlay').waitFor({ state: 'detached' });
    const { file } = await app.exportPlan();
    const later = new Date(Date.now() + 60_000).toISOString();
    file.plan.updated_at = later;
    Object.assign(file.plan.items.find((i) => i.title === '摄影展'), { title: '摄影展（延期到十月）', updated_at: later });
    file.plan.items = file.plan.items.filter((i) => i.title !== '春节联欢晚会');
    await app.importFile({ name: '2026年文化馆工作计划.jihua.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await app.byTestId('import-exists').waitFor();
    await app.page.screenshot({ path: out('import-zh') });
    await app.page.keyboard.press('Escape');
    await app.importFile(fileURLToPath(new URL('../fixtures/bad/month-13.jihua.json', import.meta.url)));
    await app.byTestId('error-message').waitFor();
    await app.page.screenshot({ path: out('import-error-zh') });
    await context.close();
  }
  // The single file from a USB stick (file://): where the data lives.
  if (want('single')) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 560 } });
    const app = new JihuaPage(await context.newPage());
    await app.open(pathToFileURL(fileURLToPath(new URL('../../dist/jihua.html', import.meta.url))).href);
    await app.byTestId('file-notice').waitFor();
    await app.page.screenshot({ path: out('single-file-zh') });
    await context.close();
  }
  // A new version published while the app is open.
  if (want('update')) {
    const root = await mkdtemp(join(tmpdir(), 'jihua-shot-'));
    await cp(fileURLToPath(new URL('../../dist/', import.meta.url)), root, { recursive: true });
    const copy = await serve(root);
    const context = await browser.newContext({ viewport: { width: 1000, height: 560 } });
    const app = new JihuaPage(await context.newPage());
    await app.open(copy.url);
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const sw = await readFile(join(root, 'sw.js'), 'utf8');
    await writeFile(join(root, 'sw.js'), sw.replace(/const CACHE = 'jihua-([0-9a-f]+)'/, "const CACHE = 'jihua-$1-next'"));
    await app.reload();
    await app.byTestId('update-notice').waitFor({ timeout: 60_000 });
    await app.page.screenshot({ path: out('update-zh') });
    await context.close();
    await copy.close();
    await rm(root, { recursive: true, force: true });
  }
  // The calendar's four views, desktop and phone.
  if (want('calendar')) for (const [width, height, scale, tag] of [[1200, 900, 1, 'desktop'], [360, 740, 2, 'phone']]) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    const year = new Date().getFullYear();
    for (const view of ['month', 'week', 'year', 'agenda']) {
      await app.waitSaved();
      await app.page.goto(`${server.url}#calendar/${view}/${year}-07-15`);
      await app.page.reload();
      await app.byTestId('calendar').waitFor();
      await app.page.mouse.move(0, 0);
      await app.page.screenshot({ path: out(`calendar-${view}-${tag}`) });
    }
    await context.close();
  }
  // The Chinese calendar: February 2026 with 休/班 and lunar days (desktop and
  // phone), the timeline's festival marks and holiday bands, the holiday dialog
  // with a pasted notice, and the time picker at a festival.
  if (want('almanac')) {
    for (const [width, height, scale, tag] of [[1200, 900, 1, 'desktop'], [360, 740, 2, 'phone']]) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
      const app = new JihuaPage(await context.newPage());
      await app.open(server.url);
      await app.waitSaved();
      await app.page.goto(`${server.url}#calendar/month/2026-02-16`);
      await app.page.reload();
      const grid = app.page.locator('.cal-month');
      await grid.waitFor();
      await app.page.mouse.move(0, 0);
      if (tag === 'phone') await grid.scrollIntoViewIfNeeded();
      await app.page.screenshot({ path: out(`almanac-month-${tag}`) });
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    await app.waitSaved();
    const year = new Date().getFullYear();
    await app.page.goto(`${server.url}#timeline/week`);
    await app.page.reload();
    await app.byTestId('gantt-bar').first().waitFor();
    // From 1 February of the sample's year (36 px a day at this zoom).
    await app.page.evaluate((year) => {
      const scroller = document.querySelector('[data-testid=gantt]');
      const b = document.querySelector('[data-testid=gantt-bar]');
      scroller.scrollLeft = Math.max(0, parseFloat(b.style.left) + (Date.parse(`${year}-02-08`) - Date.parse(b.dataset.start)) / 864e5 * 36);
    }, year);
    await app.page.locator('[data-testid=gantt-festival][data-festival*="春节"]').waitFor();
    await app.page.mouse.move(0, 0);
    await app.page.screenshot({ path: out('almanac-timeline') });
    await app.page.goto(`${server.url}#calendar/month/2027-02-01`);
    await app.byTestId('cal-holidays').click();
    await app.byTestId('holidays-paste').fill('春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，共9天。2月20日（周六）上班。');
    await app.byTestId('holidays-read').click();
    await app.byTestId('holidays-preview').waitFor();
    await app.page.screenshot({ path: out('almanac-holidays') });
    await app.page.keyboard.press('Escape');
    await app.page.goto(`${server.url}#outline`);
    await app.row('“万家庆新春”“情暖敬老院”送演出到社区').getByTestId('edit-item').click();
    await app.fillForm({ when: { kind: 'festival', year, festival: 'spring', around: 'both', days: 3 } });
    await app.byTestId('when-falls-on').waitFor();
    await app.page.screenshot({ path: out('almanac-form') });
    await context.close();
  }
  // The text import: a seed plan's text beside the plan it makes (desktop and
  // phone), with one line's role changed.
  if (want('text')) {
    const text = await readFile(fileURLToPath(new URL('../fixtures/text/seed-2.txt', import.meta.url)), 'utf8');
    for (const [width, height, scale, tag] of [[1280, 900, 1, 'desktop'], [360, 740, 2, 'phone']]) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
      const app = new JihuaPage(await context.newPage());
      await app.open(server.url);
      await app.waitSaved();
      await app.byTestId('manage-plans').click();
      await app.byTestId('import-paste').fill(text);
      await app.byTestId('import-paste-read').click();
      await app.byTestId('text-preview').waitFor();
      await app.byTestId('text-year').fill('2024');
      await app.byTestId('text-year').press('Enter');
      if (tag === 'phone') {
        await app.byTestId('text-line').nth(4).scrollIntoViewIfNeeded();
      }
      await app.page.mouse.move(0, 0);
      await app.page.screenshot({ path: out(`text-import-${tag}`) });
      if (tag === 'phone') {
        await app.byTestId('text-item').nth(2).scrollIntoViewIfNeeded();
        await app.page.screenshot({ path: out('text-import-phone-result') });
      }
      await context.close();
    }
  }
  // Documents out: the dialog; the print view (desktop and phone); page 1 as
  // Chromium prints it beside page 1 of the .docx as LibreOffice renders it; the
  // printed monthly table. PDFs become PNGs with pdftoppm (poppler-utils).
  if (want('documents')) {
    const dir = await mkdtemp(join(tmpdir(), 'jihua-shots-'));
    const png = (pdf, name, page = 1) => {
      spawnSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', pdf, join(dir, name)]);
      return join(dir, `${name}.png`);
    };
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    await app.waitSaved();
    const year = (await app.exportPlan()).file.plan.year;
    await app.byTestId('documents').click();
    await app.byTestId('documents-dialog').waitFor();
    await app.page.screenshot({ path: out('documents-zh') });
    const [docx] = await Promise.all([app.page.waitForEvent('download'), app.byTestId('export-docx').click()]);
    await docx.saveAs(join(dir, 'plan.docx'));
    spawnSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'plan.docx')]);
    await app.byTestId('print-plan').click();
    await app.byTestId('print-page').first().waitFor();
    await app.page.screenshot({ path: out('print-plan-preview') });
    await writeFile(join(dir, 'chromium.pdf'), await app.page.pdf({ preferCSSPageSize: true }));
    const printed = png(join(dir, 'chromium.pdf'), 'chromium');
    const office = png(join(dir, 'plan.pdf'), 'libreoffice');
    const side = await context.newPage();
    const img = async (f) => `data:image/png;base64,${(await readFile(f)).toString('base64')}`;
    await side.setViewportSize({ width: 1360, height: 1000 });
    await side.setContent(`<body style="margin:0;background:#888;display:flex;gap:16px;padding:16px;font:14px sans-serif">
      <figure style="margin:0"><img src="${await img(printed)}" style="width:655px;display:block"><figcaption style="color:#fff">Chromium: the print view as PDF, page 1</figcaption></figure>
      <figure style="margin:0"><img src="${await img(office)}" style="width:655px;display:block"><figcaption style="color:#fff">LibreOffice 7.4: the exported .docx, page 1</figcaption></figure></body>`);
    await side.screenshot({ path: out('print-vs-docx'), fullPage: true });
    await app.byTestId('print-close').click();
    await app.byTestId('documents').click();
    await app.byTestId('print-month-choice').selectOption({ label: `${year}年7月` });
    await app.byTestId('print-month').click();
    await app.byTestId('print-month-row').first().waitFor();
    await writeFile(join(dir, 'month.pdf'), await app.page.pdf({ preferCSSPageSize: true }));
    await side.setContent(`<body style="margin:0;background:#888;padding:16px"><img src="${await img(png(join(dir, 'month.pdf'), 'month'))}" style="display:block;width:1100px"></body>`);
    await side.setViewportSize({ width: 1132, height: 800 });
    await side.screenshot({ path: out('print-month'), fullPage: true });
    await context.close();
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const small = new JihuaPage(await phone.newPage());
    await small.open(server.url);
    await small.waitSaved();
    await small.byTestId('documents').click();
    await small.byTestId('documents-dialog').waitFor();
    await small.page.screenshot({ path: out('documents-phone') });
    await small.byTestId('print-plan').click();
    await small.byTestId('print-page').first().waitFor();
    await small.page.screenshot({ path: out('print-plan-phone') });
    await phone.close();
    await rm(dir, { recursive: true, force: true });
  }
  // The timeline at each zoom, grouped by department, while dragging, on a phone,
  // and with a 5,000-activity plan.
  if (want('timeline')) {
    const year = new Date().getFullYear();
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    await app.waitSaved();
    // Scrolls the timeline so that `date` is near the left of the bars.
    const showDay = (date) => app.page.evaluate((date) => {
      const scroller = document.querySelector('[data-testid=gantt]');
      const b = document.querySelector('[data-testid=gantt-bar]');
      const ppd = { week: 36, month: 12, quarter: 5, year: 2 }[location.hash.split('/')[1].split('?')[0]];
      scroller.scrollLeft = Math.max(0, parseFloat(b.style.left) + (Date.parse(date) - Date.parse(b.dataset.start)) / 864e5 * ppd - 40);
    }, date);
    const settle = () => app.page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    for (const [zoom, from] of [['week', '07-01'], ['month', '06-01'], ['quarter', '01-01'], ['year', '01-01']]) {
      await app.page.goto(`${server.url}#timeline/${zoom}`);
      await app.page.reload();
      await app.byTestId('gantt-bar').first().waitFor();
      await showDay(`${year}-${from}`);
      await settle();
      await app.page.mouse.move(0, 0);
      await app.page.screenshot({ path: out(`timeline-${zoom}`) });
    }
    await app.byTestId('tl-group-department').click();
    await app.byTestId('gantt-group').first().waitFor();
    await settle();
    await app.page.screenshot({ path: out('timeline-department') });
    // Half-way through dragging 敦化市农民艺术节 from July to August at month zoom.
    await app.page.goto(`${server.url}#timeline/month`);
    await app.page.reload();
    await app.byTestId('gantt-bar').first().waitFor();
    await showDay(`${year}-06-01`);
    await settle();
    const festival = app.byTestId('gantt-row').filter({ hasText: '敦化市农民艺术节' }).getByTestId('gantt-bar');
    const box = await festival.boundingBox();
    await app.page.mouse.move(box.x + 20, box.y + box.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(box.x + 20 + 31 * 12, box.y + box.height / 2, { steps: 8 });
    await app.page.screenshot({ path: out('timeline-drag') });
    await app.page.mouse.up();
    await app.page.keyboard.press('Control+z');
    // 5,000 activities over the year in ten sections.
    const { file } = await app.exportPlan();
    const base = file.plan.items[0];
    const sections = file.plan.sections.filter((s) => !s.parent).map((s) => s.id);
    const departments = file.plan.departments.map((d) => d.id);
    file.plan.id = 'screenshot-5000';
    file.plan.title = '五千个活动的计划';
    file.plan.sample = false;
    file.plan.items = Array.from({ length: 5000 }, (_, i) => {
      const start = new Date(Date.UTC(year, 0, 1 + ((i * 37) % 340)));
      const end = new Date(start.getTime() + (i % 21) * 864e5);
      const iso = (d) => d.toISOString().slice(0, 10);
      return {
        ...base, id: `s${i}`, order: i, title: `活动 ${i + 1}`, repeat: null, progress: [], target: null, milestone: false,
        section: sections[i % sections.length], departments: [departments[i % departments.length]],
        when: i % 8 === 6 ? { kind: 'month', year, month: 1 + (i % 12) } : { kind: 'range', start: iso(start), end: iso(end) },
      };
    });
    await app.page.goto(`${server.url}#timeline/year`);
    await app.importFile({ name: 'big.jihua.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await app.byTestId('import-confirm').click();
    await app.byTestId('plan-title').filter({ hasText: '五千个活动的计划' }).waitFor();
    await app.waitSaved();
    await app.page.evaluate(() => { document.querySelector('[data-testid=gantt]').scrollTop = 30 * 2400; });
    await settle();
    await app.page.screenshot({ path: out('timeline-5000') });
    await context.close();
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const small = new JihuaPage(await phone.newPage());
    await small.open(`${server.url}#timeline/year`);
    await small.byTestId('gantt-bar').first().waitFor();
    await small.page.evaluate(async () => { await document.fonts.ready; });
    await small.page.screenshot({ path: out('timeline-phone') });
    await phone.close();
  }
  // Progress: a year of entries (imported as a file), then the progress view, its
  // chart and village grid, recording from the calendar, and editing an entry.
  if (want('progress')) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 1100 } });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    await app.waitSaved();
    const { file } = await app.exportPlan();
    const year = file.plan.year;
    const month = new Date().getMonth() + 1;
    const places = file.plan.places.map((p) => p.id);
    const item = (title) => file.plan.items.find((i) => i.title.includes(title));
    let n = 0;
    const entry = (m, day, amount, place, note = '') => ({
      id: `shot-${n++}`, date: `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`, amount, place, note,
    });
    // 送戏下乡: two shows a month since March, never at the last two villages.
    item('送戏下乡').progress = [];
    for (let m = 3; m <= month; m++) {
      for (const k of [0, 1]) {
        const place = places[(m * 2 + k) % (places.length - 2)];
        item('送戏下乡').progress.push(entry(m, 6 + k * 12, 1, place, k ? '' : '观众约300人'));
      }
    }
    item('广场文化活动').progress = [5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 10, 11, 11].map((m, k) => entry(m, 3 + k, 1, null));
    item('培训各类文艺人才').progress = [[3, 45], [4, 60], [6, 38], [7, 52], [9, 25], [10, 20]].map(([m, a]) => entry(m, 15, a, null));
    await app.importFile({ name: 'sample.jihua.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await app.byTestId('import-replace').click();
    await app.byTestId('import-dialog').waitFor({ state: 'detached' });
    await app.waitSaved();
    const calm = async () => {
      if (await app.byTestId('toast').count()) {
        await app.byTestId('toast').locator('button').last().click();
        await app.byTestId('toast').waitFor({ state: 'detached' });
      }
      await app.page.evaluate(async () => { await document.fonts.ready; });
    };
    await app.byTestId('nav-progress').click();
    await app.byTestId('progress-view').waitFor();
    await calm();
    await app.page.screenshot({ path: out('progress-zh'), fullPage: true });
    await app.page.locator('.pv-charts').screenshot({ path: out('progress-chart-zh') });
    // One activity: its chart and its village grid.
    const id = await app.byTestId('progress-row').filter({ hasText: '送戏下乡一百场' }).getAttribute('data-item-id');
    await app.byTestId('village-item').selectOption(id);
    // From the activity picker down to the grid's last row, in page coordinates.
    const clip = await app.page.evaluate(() => {
      const top = document.querySelector('.pv-focus').getBoundingClientRect().top + scrollY;
      const bottom = document.querySelector('[data-testid=village-grid]').getBoundingClientRect().bottom + scrollY;
      return { x: 40, y: top - 8, width: 1120, height: bottom - top + 16 };
    });
    await app.page.screenshot({ path: out('progress-villages-zh'), fullPage: true, clip });
    // Recording from the calendar.
    await app.byTestId('nav-calendar').click();
    await app.byTestId('cal-event').filter({ hasText: '送戏下乡一百场' }).first().getByTestId('cal-record').click();
    const dialog = app.byTestId('record-dialog');
    await dialog.getByTestId('entry-place').selectOption({ label: '秦村' });
    await dialog.getByTestId('entry-note').fill('秦村，观众约200人');
    await app.page.screenshot({ path: out('record-zh') });
    await dialog.getByTestId('record-save').click();
    // Editing an entry in the activity's form.
    await app.byTestId('nav-outline').click();
    await app.row('送戏下乡一百场').getByTestId('edit-item').click();
    const form = app.byTestId('item-form');
    await form.getByTestId('progress-entry').nth(1).getByTestId('entry-edit').click();
    await form.getByTestId('entry-amount').fill('2');
    await calm();
    await form.getByTestId('progress-entries').screenshot({ path: out('entries-zh') });
    await context.close();
  }
  if (want('outline')) {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const app = new JihuaPage(await phone.newPage());
    await app.open(server.url);
    await app.page.screenshot({ path: out('outline-phone') });
    await phone.close();
  }
  // The crash notice, from the test build (dist-test/, the only one with the trigger).
  // Records (issue 19): the record dialog on a phone (with photos, and adding a
  // kind of the plan's own), the 场次统计 and the monthly report.
  if (want('records')) {
    const year = new Date().getFullYear();
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    const record = async (title, date, people, place, shot) => {
      await app.row(title).getByTestId('progress-record').tap();
      await app.byTestId('record-dialog').waitFor();
      await app.byTestId('entry-date').fill(date);
      await app.byTestId('entry-attendance').fill(people);
      if (place) await app.byTestId('entry-place').selectOption({ label: place });
      if (shot) {
        // Two photos, as a phone camera would give them (drawn in the page).
        const photo = async (hue) => Buffer.from(await app.page.evaluate((hue) => {
          const c = document.createElement('canvas');
          c.width = 1200;
          c.height = 900;
          const x = c.getContext('2d');
          const g = x.createLinearGradient(0, 0, 1200, 900);
          g.addColorStop(0, `hsl(${hue},60%,70%)`);
          g.addColorStop(1, `hsl(${hue + 40},50%,35%)`);
          x.fillStyle = g;
          x.fillRect(0, 0, 1200, 900);
          x.fillStyle = 'rgba(255,255,255,.85)';
          x.fillRect(200, 520, 800, 260);
          return c.toDataURL('image/jpeg', 0.85).split(',')[1];
        }, hue), 'base64');
        await app.byTestId('entry-photo').setInputFiles([
          { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: await photo(20) },
          { name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: await photo(200) },
        ]);
        await app.byTestId('record-dialog').locator('[data-testid=entry-thumb] img').nth(1).waitFor();
        await app.page.screenshot({ path: out(shot) });
      }
      await app.byTestId('record-save').tap();
      await app.byTestId('record-dialog').waitFor({ state: 'detached' });
    };
    await record('送戏下乡一百场', `${year}-07-15`, '120', '于桥', 'record-phone');
    await record('送戏下乡一百场', `${year}-07-22`, '260', '秦村');
    await record('培训各类文艺人才', `${year}-07-10`, '45', '');
    // A kind of the plan's own, being added from the record dialog.
    await app.row('送戏下乡一百场').getByTestId('progress-record').tap();
    await app.byTestId('entry-category').selectOption('+');
    await app.byTestId('category-new-name').fill('非遗展示');
    await app.byTestId('category-new-unit').fill('场');
    await app.page.screenshot({ path: out('record-category-phone') });
    await app.byTestId('record-cancel').tap();
    await context.close();
    const desk = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = new JihuaPage(await desk.newPage());
    await page.open(server.url);
    await page.row('送戏下乡一百场').getByTestId('progress-record').click();
    await page.byTestId('entry-date').fill(`${year}-07-15`);
    await page.byTestId('entry-attendance').fill('120');
    await page.byTestId('entry-place').selectOption({ label: '于桥' });
    await page.byTestId('record-save').click();
    await page.byTestId('toast').locator('button').last().click();
    await page.byTestId('nav-progress').click();
    await page.byTestId('stats-kind').selectOption('month');
    await page.byTestId('stats-index').selectOption('7');
    await page.byTestId('stats-table').scrollIntoViewIfNeeded();
    await page.page.evaluate(() => window.scrollBy(0, -80));
    await page.page.screenshot({ path: out('stats-zh') });
    await page.byTestId('month-report-month').selectOption('7');
    await page.byTestId('month-report').scrollIntoViewIfNeeded();
    await page.page.evaluate(() => window.scrollBy(0, -120));
    await page.page.screenshot({ path: out('month-report-zh') });
    await page.byTestId('stats-print').click();
    await page.byTestId('print-view').waitFor();
    await page.page.screenshot({ path: out('print-stats') });
    await desk.close();
  }
  // Accessibility (issue 20): the outline and the activity form at 200% zoom, as a
  // 1280 × 900 window shows them (640 × 450 CSS pixels at twice the density).
  if (want('zoom')) {
    const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    await app.page.screenshot({ path: out('zoom-outline') });
    await app.row('送戏下乡一百场').getByTestId('edit-item').click();
    await app.byTestId('item-form').waitFor();
    await app.page.screenshot({ path: out('zoom-form') });
    await context.close();
  }
  // The keyboard (issue 20): an activity picked up with Space and carried to
  // another day in the month grid (desktop and phone), the focused day of the
  // year view, and the picked row of the timeline.
  if (want('keyboard')) {
    const year = new Date().getFullYear();
    for (const [width, height, scale, tag] of [[1200, 900, 1, 'desktop'], [360, 740, 2, 'phone']]) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
      const app = new JihuaPage(await context.newPage());
      await app.open(server.url);
      await app.waitSaved();
      await app.page.goto(`${server.url}#calendar/month/${year}-09-03`);
      await app.page.reload();
      await app.byTestId('cal-day').first().waitFor();
      await app.byTestId('calendar').focus();
      await app.page.keyboard.press('Space');
      await app.byTestId('cal-announce').filter({ hasText: /\S/ }).waitFor({ state: 'attached' });
      await app.page.keyboard.press('ArrowRight');
      await app.page.keyboard.press('ArrowRight');
      if (tag === 'phone') await app.page.locator('.cal-month').scrollIntoViewIfNeeded();
      await app.page.screenshot({ path: out(`keyboard-calendar-${tag}`) });
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const app = new JihuaPage(await context.newPage());
    await app.open(server.url);
    await app.waitSaved();
    await app.page.goto(`${server.url}#calendar/year/${year}-07-15`);
    await app.page.reload();
    await app.byTestId('cal-year').waitFor();
    await app.byTestId('calendar').focus();
    await app.page.keyboard.press('ArrowDown');
    await app.page.screenshot({ path: out('keyboard-year') });
    await app.page.goto(`${server.url}#timeline/month`);
    await app.byTestId('gantt-bar').first().waitFor();
    await app.byTestId('gantt').focus();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    await app.byTestId('gantt-selection').waitFor();
    await app.page.screenshot({ path: out('keyboard-timeline') });
    await context.close();
  }
  if (want('crash')) {
    const testServer = await serve(fileURLToPath(new URL('../../dist-test/', import.meta.url)));
    for (const [name, viewport] of [['crash-zh', { width: 1000, height: 650 }], ['crash-phone', { width: 360, height: 740 }]]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${testServer.url}?debug-panic`);
      await page.getByTestId('crash-screen').waitFor({ timeout: 60_000 });
      await page.screenshot({ path: out(name) });
      await context.close();
    }
    await testServer.close();
  }
  // The browser floor: the single file in Chromium 80, each view and the form.
  if (want('floor')) {
    const old = await launchOld(OLD_CHROMIUM.find((b) => b.major === 80));
    const page = await old.newPage();
    await page.setViewport({ width: 1200, height: 860 });
    const app = new OldPage(page);
    await app.open(pathToFileURL(fileURLToPath(new URL('../../dist/jihua.html', import.meta.url))).href);
    await page.screenshot({ path: out('floor-80-outline') });
    for (const view of ['calendar', 'timeline', 'progress']) {
      await app.click(`[data-testid=nav-${view}]`);
      await new Promise((r) => setTimeout(r, 500));
      await page.screenshot({ path: out(`floor-80-${view}`) });
    }
    await app.click('[data-testid=nav-outline]');
    await app.find('[data-testid=item-row]');
    await page.hover('[data-testid=item-row]');
    await app.click('[data-testid=edit-item]');
    await app.find('[data-testid=item-form]');
    await page.screenshot({ path: out('floor-80-form') });
    await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 2 });
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    await new Promise((r) => setTimeout(r, 500));
    await page.screenshot({ path: out('floor-80-phone') });
    // With scripts off, as an IE engine or a browser below the floor sees it.
    const plain = await old.newPage();
    await plain.setJavaScriptEnabled(false);
    await plain.setViewport({ width: 1000, height: 560 });
    await plain.goto(pathToFileURL(fileURLToPath(new URL('../../dist/jihua.html', import.meta.url))).href);
    await plain.screenshot({ path: out('floor-unsupported') });
    await old.close();
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, javaScriptEnabled: false });
    const page2 = await context.newPage();
    await page2.goto(server.url);
    await page2.screenshot({ path: out('floor-unsupported-phone') });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('screenshots written to docs/screenshots/');
