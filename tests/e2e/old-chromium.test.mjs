// The browser floor: the main flows in Chromium 80 and 86 (360 browsers, intranet
// builds), for the single file from file:// and for the static site over http.
// Start, the sample, an edit that is saved and found again after a reload, export,
// import of a plan file and of a plan's GBK text, the four views, and not one
// console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST } from './harness.mjs';
import { serve } from './server.mjs';
import { eventually, until } from './eventually.mjs';
import { OLD_CHROMIUM, OldPage, launchOld } from './old-browsers.mjs';

const SECTION = '旧浏览器里加的部分';
const IMPORTED = '从文件导入的计划（旧浏览器）';

/** The flows, in `browser` (an old Chromium), on the build at `url`. */
async function mainFlows(browser, url, { served }) {
  const downloads = await mkdtemp(join(tmpdir(), 'jihua-old-'));
  try {
    // The tab the browser opened with (asking for a new one is one more round trip
    // these old builds have been seen to drop).
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setViewport({ width: 1280, height: 900 });
    const app = new OldPage(page);

    // Start: the sample plan, its activities and its banner.
    await app.open(url);
    await eventually.match(() => app.text('[data-testid=plan-title]'), /示例/);
    await eventually.ok(async () => (await app.count('[data-testid=item-row]')) > 5, 'the sample has activities');
    await app.find('[data-testid=sample-banner]');
    // Nothing of the message for older browsers shows.
    await eventually.equal(() => page.$eval('#jihua-unsupported', (e) => getComputedStyle(e).display), 'none');

    // Edit: a new section, saved to IndexedDB.
    await app.click('[data-testid=add-section]');
    await app.find('[data-testid=section-title-input]');
    // It starts as "新的部分": type over it, as a user would.
    await page.$eval('[data-testid=section-title-input]', (input) => input.select());
    await page.type('[data-testid=section-title-input]', SECTION);
    await page.keyboard.press('Enter');
    await eventually.ok(() => page.evaluate((t) => document.body.innerText.includes(t), SECTION), 'the section is shown');
    await eventually.equal(() => app.saveState(), 'saved');

    // Reload: the edit is still there.
    await app.reload();
    await eventually.ok(() => page.evaluate((t) => document.body.innerText.includes(t), SECTION), 'the section is back after a reload');

    // A record with a photo whose EXIF says "turned on its side": Chromium 80
    // does not turn it upright by itself, jihua does; 86 does, and jihua leaves it.
    const jpeg = await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 400;
      c.height = 200;
      const x = c.getContext('2d');
      x.fillStyle = '#2f7ed8';
      x.fillRect(0, 0, 400, 200);
      return c.toDataURL('image/jpeg', 0.9).split(',')[1];
    });
    const plain = Buffer.from(jpeg, 'base64');
    const exif = Buffer.from([
      0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00,
      0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08,
      0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00,
      0x00, 0x00, 0x00, 0x00,
    ]);
    const photo = join(downloads, 'IMG_0001.jpg');
    await writeFile(photo, Buffer.concat([plain.subarray(0, 2), exif, plain.subarray(2)]));
    await page.evaluate(() => {
      const row = [...document.querySelectorAll('[data-testid=item-row]')].find((r) => r.innerText.includes('送戏下乡一百场'));
      row.querySelector('[data-testid=progress-record]').click();
    });
    await app.find('[data-testid=record-dialog]');
    await page.type('[data-testid=entry-attendance]', '120');
    await app.uploadFile('[data-testid=entry-photo]', photo);
    await eventually.equal(() => app.count('[data-testid=entry-thumb] img'), 1);
    await app.click('[data-testid=entry-thumb]');
    await eventually.deepEqual(
      () => page.$eval('[data-testid=photo-full] img', (el) => [el.naturalWidth, el.naturalHeight]),
      [200, 400],
    );
    await app.click('[data-testid=photo-full]');
    await eventually.equal(() => app.count('[data-testid=photo-full]'), 0);
    await app.click('[data-testid=record-save]');
    await eventually.equal(() => app.count('[data-testid=record-dialog]'), 0);
    await eventually.equal(() => app.saveState(), 'saved');

    // Export: a plan file with the section in it.
    await page._client.send('Page.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await app.click('[data-testid=export-plan]');
    const name = await until(
      async () => (await readdir(downloads)).filter((n) => n.endsWith('.jihua.json')),
      (names) => assert.equal(names.length, 1, 'one plan file is downloaded'),
    ).then((names) => names[0]);
    const file = await until(
      async () => JSON.parse(await readFile(join(downloads, name), 'utf8')),
      (f) => assert.equal(f.format, 'jihua-plan'),
    );
    assert.ok(file.plan.sections.some((s) => s.title === SECTION), `the exported file holds the edit: ${JSON.stringify(file.plan.sections.map((s) => s.title))}`);

    // Import: the same file as another plan, through the file input.
    file.plan.id = 'p-from-an-old-browser';
    file.plan.title = IMPORTED;
    const path = join(downloads, 'other.jihua.json');
    await writeFile(path, JSON.stringify(file));
    await app.uploadFile('[data-testid=import-file]', path);
    await eventually.equal(() => app.text('[data-testid=import-title]'), IMPORTED);
    await app.click('[data-testid=import-confirm]');
    await eventually.equal(() => app.text('[data-testid=plan-title]'), IMPORTED);
    await eventually.equal(() => app.saveState(), 'saved');

    // A plan's text: a GBK .txt from Chinese Windows, read by the browser's
    // TextDecoder, previewed, created.
    const township = fileURLToPath(new URL('../fixtures/text/township-2025-gbk.txt', import.meta.url));
    await app.uploadFile('[data-testid=import-file]', township);
    await app.find('[data-testid=text-preview]');
    await eventually.ok(async () => (await app.count('[data-testid=text-line][data-role=item]')) >= 13, 'the activities are recognised');
    await app.click('[data-testid=import-as-new]');
    await eventually.equal(() => app.text('[data-testid=plan-title]'), '青山镇综合文化站2025年工作计划');
    await eventually.equal(() => app.saveState(), 'saved');

    // The four views.
    await app.click('[data-testid=nav-calendar]');
    await app.find('[data-testid=calendar]');
    await eventually.ok(async () => (await app.count('[data-testid=cal-day]')) >= 28, 'the month has its days');
    await app.click('[data-testid=nav-timeline]');
    await eventually.ok(async () => (await app.count('[data-testid=gantt-row]')) > 0, 'the timeline has rows');
    await eventually.ok(async () => (await app.count('[data-testid=gantt-bar]')) > 0, 'the timeline has bars');
    await app.click('[data-testid=nav-progress]');
    await app.find('[data-testid=progress-view]');
    await eventually.ok(async () => (await app.count('[data-testid=progress-row]')) > 0, 'the progress view lists targets');
    await app.click('[data-testid=nav-outline]');
    await eventually.ok(async () => (await app.count('[data-testid=item-row]')) > 5, 'back in the outline');

    // Documents: an Excel task table downloads (a zip, as .xlsx is); the plan's
    // print view has its pages, and the PDF this browser prints has as many.
    await app.click('[data-testid=documents]');
    await app.click('[data-testid=export-xlsx]');
    const xlsx = await until(
      async () => (await readdir(downloads)).filter((n) => n.endsWith('.xlsx')),
      (names) => assert.equal(names.length, 1, 'one workbook is downloaded'),
    ).then((names) => join(downloads, names[0]));
    await until(() => readFile(xlsx), (bytes) => assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK'));
    await app.click('[data-testid=print-plan]');
    await app.find('[data-testid=print-page]');
    const pages = Number(await page.$eval('[data-testid=print-view]', (v) => v.getAttribute('data-pages')));
    assert.ok(pages >= 1, `${pages} pages`);
    await eventually.equal(() => app.text('.pp-line'), '青山镇综合文化站2025年工作计划');
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    assert.equal((pdf.match(/\/Type\s*\/Page[^s]/g) || []).length, pages, 'the printed pages are the previewed ones');
    await app.click('[data-testid=print-close]');
    await eventually.equal(() => app.count('[data-testid=print-view]'), 0);

    if (served) {
      // The service worker takes the page over, so that it opens with no network.
      await eventually.ok(
        () => page.evaluate(() => navigator.serviceWorker.ready.then((r) => Boolean(r.active))),
        'the service worker is active',
      );
    }

    assert.deepEqual(app.errors, [], 'no console errors');
  } finally {
    await rm(downloads, { recursive: true, force: true });
  }
}

for (const old of OLD_CHROMIUM) {
  // A browser that stops answering fails its test after 4 minutes rather than
  // holding up the suite.
  test(`Chromium ${old.major}: the single file from file:// does the main flows`, { timeout: 240_000 }, async () => {
    const browser = await launchOld(old);
    try {
      assert.match(await browser.version(), new RegExp(`/${old.version.replace(/\./g, '\\.')}$`));
      await mainFlows(browser, pathToFileURL(join(DIST, 'jihua.html')).href, { served: false });
    } finally {
      await browser.close();
    }
  });

  test(`Chromium ${old.major}: the static site over http does the main flows`, { timeout: 240_000 }, async () => {
    const server = await serve(DIST);
    const browser = await launchOld(old);
    try {
      await mainFlows(browser, server.url, { served: true });
    } finally {
      await browser.close();
      await server.close();
    }
  });
}
