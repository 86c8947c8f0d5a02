// Records that count (issue 19): an entry with people reached (人次), its kind and
// lead person, recorded on a phone from the outline; the 场次统计 by kind and by
// village for a month, a quarter and the year; the monthly report draft; and the
// period under way of a per-period target.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';
import { eventually, until } from './eventually.mjs';
import { zip } from './zip.mjs';

const env = useApp();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** The sample plan is of the current year. */
const YEAR = new Date().getFullYear();

test('on a phone, a show with 120 人次 is recorded from the outline and counted in the statistics', async () => {
  const app = await env.open(PHONE);
  await app.waitSaved();
  const title = '送戏下乡一百场';
  // Tap 1: 记录 on the activity's row.
  await app.row(title).getByTestId('progress-record').tap();
  const dialog = app.byTestId('record-dialog');
  await dialog.waitFor();
  // The dialog fits the phone.
  const box = await dialog.boundingBox();
  assert.ok(box.width <= 360, `dialog is ${box.width}px wide`);
  // Typing: the day, the people; the kind is guessed from the title.
  await app.byTestId('entry-date').fill(`${YEAR}-07-15`);
  await eventually.equal(() => app.byTestId('entry-category').inputValue(), 'performance');
  await app.byTestId('entry-attendance').fill('约120人');
  await app.byTestId('entry-lead').fill('王明');
  await app.byTestId('entry-place').selectOption({ label: '于桥' });
  // Tap 2: save.
  await app.byTestId('record-save').tap();
  await app.byTestId('record-dialog').waitFor({ state: 'detached' });
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '1/100 场');
  await app.waitSaved();
  await app.reload();
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '1/100 场');

  // The entry keeps its fields in the plan file.
  const { file } = await app.exportPlan();
  const entry = file.plan.items.find((i) => i.title === title).progress[0];
  assert.equal(entry.date, `${YEAR}-07-15`);
  assert.equal(entry.attendance, 120);
  assert.equal(entry.lead, '王明');
  assert.equal(entry.category, undefined, 'the guessed kind is the activity’s, not written');

  // The statistics of July, of the third quarter and of the year: one 文艺活动, 120 人次.
  await app.byTestId('nav-progress').tap();
  await app.byTestId('stats-kind').selectOption('month');
  await app.byTestId('stats-index').selectOption('7');
  const row = app.page.locator('[data-testid=stats-row][data-category=performance]');
  const counts = async () => [
    await row.getByTestId('stats-sessions').innerText(),
    await row.getByTestId('stats-attendance').innerText(),
  ];
  await eventually.deepEqual(counts, ['1', '120']);
  await eventually.match(() => app.byTestId('stats-places').innerText(), /于桥\s+1\s+120/);
  await app.byTestId('stats-kind').selectOption('quarter');
  await eventually.equal(() => app.byTestId('stats-index').inputValue(), '3');
  await eventually.deepEqual(counts, ['1', '120']);
  await app.byTestId('stats-index').selectOption('2');
  await app.byTestId('stats-empty').waitFor();
  await app.byTestId('stats-kind').selectOption('year');
  await eventually.deepEqual(counts, ['1', '120']);
  await eventually.match(() => app.byTestId('stats-total').innerText(), /合计\s+1\s+120/);

  // The 台账 lists the record with its people, kind, place and lead person.
  await eventually.match(() => app.byTestId('record-row').first().innerText(), /7月15日\s+送戏下乡一百场\s+\+1\s+120人次\s+文艺活动\s+于桥\s+王明/);

  // The monthly report of July lists the show with its people.
  await app.byTestId('month-report-month').selectOption('7');
  await eventually.match(() => app.byTestId('month-report').inputValue(), /7月工作总结和8月工作计划/);
  await eventually.match(() => app.byTestId('month-report').inputValue(), /送戏下乡一百场1场，120人次/);
  app.assertNoConsoleErrors();
});

test('a bad number of people is explained and nothing is recorded; a kind picked is kept', async () => {
  const app = await env.open();
  await app.waitSaved();
  const title = '送戏下乡一百场';
  await app.row(title).getByTestId('progress-record').click();
  await app.byTestId('entry-attendance').fill('很多');
  await app.byTestId('record-save').click();
  await eventually.match(() => app.byTestId('record-dialog').innerText(), /人次要写 0 到 1000 万之间的整数/);
  await app.byTestId('entry-attendance').fill('45');
  await app.byTestId('entry-category').selectOption('lecture');
  await app.byTestId('record-save').click();
  await app.byTestId('record-dialog').waitFor({ state: 'detached' });
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '1/100 场');
  // The form lists it with its people, and keeps the kind when edited.
  await app.row(title).getByTestId('edit-item').click();
  await eventually.match(() => app.byTestId('progress-entry').innerText(), /45人次/);
  await app.byTestId('entry-edit').click();
  await eventually.equal(() => app.byTestId('entry-category').inputValue(), 'lecture');
  await eventually.equal(() => app.byTestId('entry-attendance').inputValue(), '45');
  app.assertNoConsoleErrors();
});

test('a kind the plan adds is picked for a record, kept in the file and counted in the statistics', async () => {
  const app = await env.open();
  await app.waitSaved();
  const title = '送戏下乡一百场';
  await app.row(title).getByTestId('progress-record').click();
  await app.byTestId('entry-date').fill(`${YEAR}-06-08`);
  // The last option opens the fields of a new kind; a name the plan has is refused.
  await app.byTestId('entry-category').selectOption('+');
  await app.byTestId('category-new-name').fill('公益讲座');
  await app.byTestId('category-add').click();
  await eventually.match(() => app.byTestId('record-dialog').innerText(), /这个名称已经有了/);
  await app.byTestId('category-new-name').fill('非遗展示');
  await app.byTestId('category-new-unit').fill('场');
  // Enter adds the kind; it does not save the record.
  await app.byTestId('category-new-name').press('Enter');
  await app.byTestId('category-new-name').waitFor({ state: 'detached' });
  const picked = () => app.byTestId('entry-category').evaluate((s) => s.selectedOptions[0].textContent);
  await eventually.equal(picked, '非遗展示');
  // The record is not saved yet: its dialog is still open, with the new kind picked.
  await app.byTestId('record-dialog').waitFor();
  await app.byTestId('entry-attendance').fill('60');
  await app.byTestId('record-save').click();
  await app.byTestId('record-dialog').waitFor({ state: 'detached' });
  await app.waitSaved();
  await app.reload();

  // The file holds the kind and the record names it.
  const { file } = await app.exportPlan();
  assert.equal(file.plan.categories.length, 1);
  const kind = file.plan.categories[0];
  assert.deepEqual([kind.name, kind.unit], ['非遗展示', '场']);
  assert.match(kind.id, /^c-/);
  const entry = file.plan.items.find((i) => i.title === title).progress[0];
  assert.equal(entry.category, kind.id);

  // Counted under it, after the built-in kinds, in the year's statistics and the 台账.
  await app.byTestId('nav-progress').click();
  await app.byTestId('stats-kind').selectOption('year');
  const rows = app.byTestId('stats-row');
  await eventually.equal(() => rows.count(), 5);
  await eventually.match(() => rows.nth(4).innerText(), /非遗展示（场）\s+1\s+60/);
  await eventually.equal(() => rows.nth(4).getAttribute('data-category'), kind.id);
  await eventually.match(() => app.byTestId('stats-row').nth(1).innerText(), /文艺活动（次）\s+0\s+0/);
  await eventually.match(() => app.byTestId('record-row').first().innerText(), /60人次\s+非遗展示/);

  // The next record offers it among the kinds.
  await app.byTestId('nav-outline').click();
  await app.row(title).getByTestId('progress-record').click();
  const options = () => app.byTestId('entry-category').evaluate((s) => [...s.options].map((o) => o.textContent));
  await eventually.deepEqual(options, ['展览', '文艺活动', '训练班', '公益讲座', '非遗展示', '＋ 新类别…']);
  await eventually.equal(() => app.byTestId('entry-category').inputValue(), 'performance');
  app.assertNoConsoleErrors();
});

test('the statistics and the monthly report print, and the report downloads as text and Word', async () => {
  const app = await env.open();
  await app.waitSaved();
  await app.row('送戏下乡一百场').getByTestId('progress-record').click();
  await app.byTestId('entry-date').fill(`${YEAR}-03-08`);
  await app.byTestId('entry-attendance').fill('300');
  await app.byTestId('record-save').click();
  await app.byTestId('record-dialog').waitFor({ state: 'detached' });
  await app.byTestId('nav-progress').click();
  await app.byTestId('stats-kind').selectOption('quarter');
  await app.byTestId('stats-index').selectOption('1');
  await eventually.match(() => app.byTestId('stats-total').innerText(), /1\s+300/);
  await app.byTestId('stats-print').click();
  const view = app.byTestId('print-view');
  await eventually.equal(() => view.getAttribute('data-kind'), 'stats');
  await eventually.match(() => view.innerText(), /县文化馆\d{4}年第一季度文化活动统计表/);
  await eventually.match(() => view.getByTestId('stats-total').innerText(), /1\s+300/);
  await app.byTestId('print-close').click();
  await view.waitFor({ state: 'detached' });

  await app.byTestId('month-report-month').selectOption('3');
  await app.byTestId('month-report-print').click();
  await eventually.equal(() => view.getAttribute('data-kind'), 'month-report');
  await eventually.match(() => view.innerText(), /3月工作总结和4月工作计划/);
  await app.byTestId('print-close').click();
  await view.waitFor({ state: 'detached' });

  const { readFile } = await import('node:fs/promises');
  const [txt] = await Promise.all([app.page.waitForEvent('download'), app.byTestId('month-report-txt').click()]);
  assert.match(txt.suggestedFilename(), /3月工作总结\.txt$/);
  const text = await readFile(await txt.path(), 'utf8');
  assert.match(text, /送戏下乡一百场1场，300人次/);
  const [docx] = await Promise.all([app.page.waitForEvent('download'), app.byTestId('month-report-docx').click()]);
  assert.match(docx.suggestedFilename(), /3月工作总结\.docx$/);
  const bytes = await readFile(await docx.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  app.assertNoConsoleErrors();
});

test('a target per quarter shows the quarter under way in the outline and the progress view', async () => {
  const app = await env.open();
  await app.waitSaved();
  // A plan file whose activity has a target per quarter, imported as a new plan.
  const plan = {
    format: 'jihua-plan', version: 2, exported_at: `${YEAR}-01-05T08:00:00Z`,
    plan: {
      id: 'p-quarterly', title: '季度讲座', year: YEAR,
      sections: [{ id: 's1', title: '讲座', parent: null, order: 0 }],
      departments: [], places: [],
      items: [{
        id: 'i1', section: 's1', order: 0, title: '公益讲座', when: { kind: 'year', year: YEAR },
        target: { op: 'at_least', quantity: 6, unit: '次' },
        per_period: { every: 'quarter', op: 'at_least', quantity: 1, unit: '次' },
        progress: [{ id: 'e1', date: `${YEAR}-02-10`, amount: 1 }],
      }],
    },
  };
  await app.importFile({ name: 'q.jihua.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
  await app.byTestId('import-confirm').click();
  const month = new Date().getMonth();
  const quarter = ['第一季度', '第二季度', '第三季度', '第四季度'][Math.floor(month / 3)];
  const done = month < 3 ? 1 : 0;
  await eventually.match(() => app.row('公益讲座').getByTestId('period-tally').innerText(), new RegExp(`^${quarter}：${done}/1 次 — `));
  await app.byTestId('nav-progress').click();
  await eventually.match(() => app.byTestId('progress-view').getByTestId('period-tally').innerText(), new RegExp(`^${quarter}：${done}/1 次`));
  // The form shows the target of each quarter, and changes it to one of each month.
  await app.byTestId('nav-outline').click();
  await app.row('公益讲座').getByTestId('edit-item').click();
  await eventually.equal(() => app.byTestId('target-per-period').inputValue(), 'quarter');
  await eventually.equal(() => app.byTestId('target-per-quantity').inputValue(), '1');
  await app.byTestId('target-per-period').selectOption('month');
  await app.byTestId('target-per-quantity').fill('两');
  await app.byTestId('item-save').click();
  await eventually.match(() => app.byTestId('item-form').innerText(), /数量必须是 0 到 10 亿之间的数字/);
  await app.byTestId('target-per-quantity').fill('2');
  await app.byTestId('item-save').click();
  await app.byTestId('item-form').waitFor({ state: 'detached' });
  await eventually.match(() => app.row('公益讲座').getByTestId('period-tally').innerText(), new RegExp(`^${month + 1}月：${month === 1 ? 1 : 0}/2 次 — `));
  app.assertNoConsoleErrors();
});

/** A JPEG of `w`×`h` drawn in the page, with an EXIF orientation when given. */
async function jpeg(app, w, h, orientation) {
  const b64 = await app.page.evaluate(([w, h]) => {
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    const x = c.getContext('2d');
    x.fillStyle = '#2f7ed8';
    x.fillRect(0, 0, w, h);
    x.fillStyle = '#e4572e';
    x.fillRect(0, 0, w / 4, h / 4);
    return c.toDataURL('image/jpeg', 0.9).split(',')[1];
  }, [w, h]);
  const plain = Buffer.from(b64, 'base64');
  if (!orientation) return plain;
  // APP1 "Exif": a big-endian TIFF header and one IFD entry, Orientation (0x0112).
  const exif = Buffer.from([
    0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00,
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08,
    0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,
  ]);
  return Buffer.concat([plain.subarray(0, 2), exif, plain.subarray(2)]);
}

/** The size of the photo the full view shows. */
async function fullSize(app, thumb) {
  await thumb.click();
  const img = app.byTestId('photo-full').locator('img');
  await eventually.ok(() => img.evaluate((el) => el.complete && el.naturalWidth > 0));
  const size = await img.evaluate((el) => [el.naturalWidth, el.naturalHeight]);
  await app.byTestId('photo-full').click();
  await app.byTestId('photo-full').waitFor({ state: 'detached' });
  return size;
}

test('on a phone, a show is recorded with two photos, kept scaled and upright across a reload', async () => {
  const app = await env.open(PHONE);
  await app.waitSaved();
  const title = '送戏下乡一百场';
  const big = await jpeg(app, 3000, 2000);
  const turned = await jpeg(app, 400, 200, 6);
  await app.row(title).getByTestId('progress-record').tap();
  await app.byTestId('record-dialog').waitFor();
  await app.byTestId('entry-attendance').fill('120');
  await app.byTestId('entry-photo').setInputFiles([
    { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: big },
    { name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: turned },
  ]);
  const thumbs = app.byTestId('record-dialog').getByTestId('entry-thumb');
  await eventually.equal(() => thumbs.count(), 2);
  await eventually.equal(() => thumbs.locator('img').count(), 2);
  // Ready to save, and saying so.
  await eventually.equal(() => app.byTestId('record-save').isEnabled(), true);
  await eventually.equal(() => app.byTestId('record-save').innerText(), '记录');
  await app.byTestId('record-save').tap();
  await app.byTestId('record-dialog').waitFor({ state: 'detached' });
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '1/100 场');
  await app.waitSaved();
  await app.reload();

  // The entry in the plan names two photos; the images are not in the plan.
  const { file } = await app.exportPlan();
  const entry = file.plan.items.find((i) => i.title === title).progress[0];
  assert.equal(entry.attendance, 120);
  assert.equal(entry.photos.length, 2);
  assert.ok(!JSON.stringify(file).includes('data:image'), 'no image inside the plan file');
  // The storage line counts them.
  await app.byTestId('manage-plans').tap();
  await eventually.match(() => app.byTestId('storage-photos').innerText(), /^其中照片 2 张，共 [\d.]+ (KB|MB)。$/);
  await app.page.keyboard.press('Escape');
  await app.byTestId('plans-dialog').waitFor({ state: 'detached' });

  // The form lists the entry with both thumbnails; the photos open full size,
  // the big one scaled to 1600 px, the turned one upright.
  await app.row(title).getByTestId('edit-item').tap();
  const listed = app.byTestId('progress-entry').getByTestId('entry-thumb');
  await eventually.equal(() => listed.locator('img').count(), 2);
  const sizes = [await fullSize(app, listed.nth(0)), await fullSize(app, listed.nth(1))];
  assert.deepEqual(sizes, [[1600, 1067], [200, 400]]);
  await app.byTestId('item-cancel').tap();

  // Exported with its photos: one .jihua.zip.
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.byTestId('export-bundle').tap()]);
  assert.match(download.suggestedFilename(), /\.jihua\.zip$/);
  const { readFile } = await import('node:fs/promises');
  const bundle = await readFile(await download.path());
  assert.equal(bundle.subarray(0, 4).toString('latin1'), 'PK\x03\x04');

  // Imported into a fresh browser: the entry, its people and both photos, and the
  // statistics count one 文艺活动 with 120 人次.
  const other = await env.open(PHONE);
  await other.waitSaved();
  await other.importFile({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: bundle });
  await eventually.equal(() => other.byTestId('import-photos').innerText(), '含 2 张照片');
  await other.byTestId('import-merge').tap();
  await other.byTestId('import-dialog').waitFor({ state: 'detached' });
  await other.waitSaved();
  await eventually.equal(() => other.row(title).getByTestId('progress-tally').innerText(), '1/100 场');
  await other.row(title).getByTestId('edit-item').tap();
  const there = other.byTestId('progress-entry');
  await eventually.match(() => there.innerText(), /120人次/);
  await eventually.equal(() => there.getByTestId('entry-thumb').locator('img').count(), 2);
  assert.deepEqual([await fullSize(other, there.getByTestId('entry-thumb').nth(1))], [[200, 400]]);
  await other.byTestId('item-cancel').tap();
  await other.byTestId('nav-progress').tap();
  await other.byTestId('stats-kind').selectOption('year');
  const row = other.page.locator('[data-testid=stats-row][data-category=performance]');
  await eventually.equal(() => row.getByTestId('stats-sessions').innerText(), '1');
  await eventually.equal(() => row.getByTestId('stats-attendance').innerText(), '120');
  app.assertNoConsoleErrors();
  other.assertNoConsoleErrors();
});

test('a bundle with a photo that is not an image, or over 200 MB, is refused with a clear message and nothing changes', async () => {
  const app = await env.open();
  await app.waitSaved();
  const { file } = await app.exportPlan();
  const plan = Buffer.from(JSON.stringify(file));
  const bad = zip([
    { name: 'plan.jihua.json', bytes: plan },
    { name: 'photos/ph-1.jpg', bytes: Buffer.from('<script>alert(1)</script>') },
  ]);
  await app.importFile({ name: '计划.jihua.zip', mimeType: 'application/zip', buffer: bad });
  await eventually.match(() => app.byTestId('error-message').innerText(), /“photos\/ph-1\.jpg”不是照片.*什么都没有导入/s);
  await app.page.keyboard.press('Escape');
  await app.byTestId('import-dialog').waitFor({ state: 'detached' });
  // A zip of something else.
  await app.importFile({ name: '照片.zip', mimeType: 'application/zip', buffer: zip([{ name: 'a.txt', bytes: Buffer.from('x') }]) });
  await eventually.match(() => app.byTestId('error-message').innerText(), /没有计划文件（plan\.jihua\.json）/);
  await app.page.keyboard.press('Escape');
  await app.byTestId('import-dialog').waitFor({ state: 'detached' });
  // Over 200 MB: refused before it is read (a sparse file: nothing is written).
  const { mkdtemp, open, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(tmpdir(), 'jihua-big-'));
  try {
    const path = join(dir, '全年台账.jihua.zip');
    const handle = await open(path, 'w');
    await handle.truncate(201 * 1024 * 1024);
    await handle.close();
    await app.importFile(path);
    await eventually.match(() => app.byTestId('error-message').innerText(), /带照片的文件太大（超过 200/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  // A good bundle of the same plan, without photos, still imports.
  await app.page.keyboard.press('Escape');
  await app.byTestId('import-dialog').waitFor({ state: 'detached' });
  await app.importFile({ name: 'ok.jihua.zip', mimeType: 'application/zip', buffer: zip([{ name: 'plan.jihua.json', bytes: plan }]) });
  await app.byTestId('import-exists').waitFor();
  // Drawn with the preview it belongs to: no photos line for a bundle without photos.
  await eventually.equal(() => app.byTestId('import-photos').count(), 0);
  app.assertNoConsoleErrors();
});

test('a photo that cannot be kept (storage full) leaves the entry saved, with a message; a non-image is refused', async () => {
  const app = await env.open();
  // The first start saves the sample; a reload before that is stored races it (a
  // late write of the first page meets the second one's, which is a conflict).
  await app.waitSaved();
  await app.page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (this.name === 'photos') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await app.reload();
  await app.waitSaved();
  const title = '送戏下乡一百场';
  await app.row(title).getByTestId('progress-record').click();
  await app.byTestId('entry-photo-pick').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('不是照片') });
  await eventually.match(() => app.byTestId('photo-problem').innerText(), /不是浏览器能打开的照片/);
  await app.byTestId('entry-attendance').fill('80');
  await app.byTestId('entry-photo').setInputFiles({ name: 'a.jpg', mimeType: 'image/jpeg', buffer: await jpeg(app, 320, 240) });
  await eventually.match(() => app.byTestId('photo-problem').innerText(), /存储空间已满.*记录会照常保存/);
  await eventually.equal(() => app.byTestId('record-dialog').getByTestId('entry-thumb').count(), 0);
  await app.byTestId('record-save').click();
  await app.byTestId('record-dialog').waitFor({ state: 'detached' });
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '1/100 场');
  await app.waitSaved();
  await app.reload();
  await eventually.equal(() => app.row(title).getByTestId('progress-tally').innerText(), '1/100 场');
  const { file } = await app.exportPlan();
  const entry = file.plan.items.find((i) => i.title === title).progress[0];
  assert.equal(entry.attendance, 80);
  assert.equal(entry.photos, undefined);
  app.assertNoConsoleErrors();
});

test('photos nothing names are deleted a while after start; named and recent ones stay', async () => {
  const app = await env.open();
  await app.waitSaved();
  const title = '送戏下乡一百场';
  await app.row(title).getByTestId('progress-record').click();
  await app.byTestId('entry-photo').setInputFiles({ name: 'a.jpg', mimeType: 'image/jpeg', buffer: await jpeg(app, 320, 240) });
  await eventually.equal(() => app.byTestId('record-dialog').getByTestId('entry-thumb').locator('img').count(), 1);
  await app.byTestId('record-save').click();
  await app.byTestId('record-dialog').waitFor({ state: 'detached' });
  await app.waitSaved();
  const { file } = await app.exportPlan();
  const named = file.plan.items.find((i) => i.title === title).progress[0].photos[0];
  // Every photo made old, and two more that nothing names: one old, one new.
  const photos = (fn, arg) => app.page.evaluate(([fn, arg]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('jihua-photos');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('photos', 'readwrite');
      const store = tx.objectStore('photos');
      const out = { keys: [] };
      const all = store.getAll();
      all.onsuccess = () => {
        for (const r of all.result) {
          out.keys.push(r.id);
          if (fn === 'age') store.put({ ...r, kept_at: 0 });
        }
        if (fn === 'age') {
          store.put({ id: 'ph-old-orphan', blob: new Blob([arg]), bytes: 3, kept_at: 0 });
          store.put({ id: 'ph-new-orphan', blob: new Blob([arg]), bytes: 3, kept_at: Date.now() });
        }
      };
      tx.oncomplete = () => { open.result.close(); resolve(out.keys.sort()); };
    };
  }), [fn, arg]);
  await photos('age', 'xyz');
  await app.reload();
  await app.waitSaved();
  // The sweep runs 20 s after start.
  const expected = [named, 'ph-new-orphan'].sort();
  await until(() => photos('list'), (keys) => assert.deepEqual(keys, expected, 'the old orphan is swept'), { timeout: 90_000 });
  app.assertNoConsoleErrors();
});
