// Plans in from Word: a seed plan pasted as text, its preview checked and one
// line's role changed, the plan created and seen in the outline, calendar and
// timeline; a .docx with auto-numbering, a GBK .txt and Word's clipboard HTML; a
// .doc gets a message saying what to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { useApp } from './harness.mjs';
import { eventually } from './eventually.mjs';

const env = useApp();
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const line = (app, text) => app.byTestId('text-line').filter({ hasText: text }).first();
const role = (app, text) => () => line(app, text).getAttribute('data-role');

test('a pasted seed plan: preview, one role changed, created, then outline, calendar and timeline', async () => {
  const app = await env.open();
  await app.waitSaved();
  const text = await readFile(`${FIXTURES}text/seed-2.txt`, 'utf8');
  await app.byTestId('manage-plans').click();
  await app.byTestId('import-paste').fill(text);
  await app.byTestId('import-paste-read').click();
  await app.byTestId('text-preview').waitFor();
  // Every line is shown with what it became.
  await eventually.equal(role(app, '文化馆后勤工作计划篇二'), 'title');
  await eventually.equal(role(app, '（一）坚持创新'), 'section');
  await eventually.equal(role(app, '1、以我市加强新农村建设为契机'), 'item');
  await eventually.equal(role(app, '活动通过“一村一品”展示'), 'notes');
  await eventually.equal(role(app, '放眼20xx年'), 'unused');
  await eventually.match(() => app.byTestId('text-counts').innerText(), /识别出 13 项活动/);
  // The year is not in the title: it is asked for.
  await app.byTestId('text-year').fill('2024');
  await app.byTestId('text-year').press('Enter');
  // The festival the text names is recognised with its words.
  const festival = app.byTestId('text-item').filter({ hasText: '新春秧歌会' });
  await eventually.match(() => festival.innerText(), /正月十五/);
  // "此外，还计划开展…" is not an activity of its own: it becomes notes.
  await line(app, '此外，还计划开展').getByTestId('text-line-role').selectOption('notes');
  await eventually.equal(role(app, '此外，还计划开展'), 'notes');
  await eventually.match(() => app.byTestId('text-counts').innerText(), /识别出 12 项活动/);
  // A time corrected in words.
  const walk = app.byTestId('text-item').filter({ hasText: '广场健身舞普及活动' });
  await walk.getByTestId('text-item-time').fill('8月中旬');
  await walk.getByTestId('text-item-time').press('Enter');
  await eventually.match(() => walk.innerText(), /8月中旬/);
  await app.byTestId('import-as-new').click();

  // The outline: the new plan, open, with its activities.
  await eventually.equal(() => app.byTestId('plan-title').innerText(), '文化馆后勤工作计划篇二');
  await eventually.equal(() => app.byTestId('item-row').count(), 12);
  await app.row('认真举办“正月十五新春秧歌会”').waitFor();
  await app.waitSaved();
  // The calendar: 农民艺术节 in July 2024, 秧歌会 on 正月十五 (24 February 2024).
  await app.page.goto(`${app.page.url().split('#')[0]}#calendar/month/2024-07-01`);
  await eventually.ok(async () => (await app.byTestId('cal-event').filter({ hasText: '农民艺术节' }).count()) > 0);
  await app.page.goto(`${app.page.url().split('#')[0]}#calendar/month/2024-02-01`);
  const lantern = app.byTestId('cal-event').filter({ hasText: '秧歌会' }).first();
  await eventually.equal(() => lantern.getAttribute('data-start'), '2024-02-24');
  // The timeline: the corrected time.
  const { file } = await app.exportPlan();
  const walkId = file.plan.items.find((i) => i.title.includes('广场健身舞')).id;
  await app.byTestId('nav-timeline').click();
  const bar = app.page.locator(`[data-testid=gantt-bar][data-item-id="${walkId}"]`);
  await eventually.equal(() => bar.getAttribute('data-start'), '2024-08-11');
  await eventually.equal(() => bar.getAttribute('data-end'), '2024-08-20');
  // Saved: it is there after a reload.
  await app.reload();
  await eventually.equal(() => app.byTestId('plan-title').innerText(), '文化馆后勤工作计划篇二');
  app.assertNoConsoleErrors();
});

test('a .docx with Word auto-numbering: the labels come back as sections', async () => {
  const app = await env.open();
  await app.waitSaved();
  await app.importFile(`${FIXTURES}docx/numbered-word.docx`);
  await app.byTestId('text-preview').waitFor();
  await eventually.equal(role(app, '一、节庆活动'), 'section');
  await eventually.equal(role(app, '（一）春节文化活动'), 'section');
  await eventually.equal(role(app, '1.春节期间举办迎新春文艺演出'), 'item');
  await eventually.equal(() => app.byTestId('text-year').inputValue(), '2026');
  await app.byTestId('import-as-new').click();
  await eventually.equal(() => app.byTestId('item-row').count(), 5);
  await app.row('7-8月举办少儿暑期培训班').waitFor();
  app.assertNoConsoleErrors();
});

test('a GBK .txt from Chinese Windows reads as Chinese', async () => {
  const app = await env.open();
  await app.waitSaved();
  await app.importFile(`${FIXTURES}text/township-2025-gbk.txt`);
  await app.byTestId('text-preview').waitFor();
  await eventually.equal(role(app, '青山镇综合文化站2025年工作计划'), 'title');
  await eventually.equal(() => app.byTestId('text-year').inputValue(), '2025');
  await eventually.match(() => app.byTestId('text-counts').innerText(), /识别出 13 项活动/);
  app.assertNoConsoleErrors();
});

test('Word clipboard HTML pasted on the page keeps its numbering and its table', async () => {
  const app = await env.open();
  await app.waitSaved();
  const html = await readFile(`${FIXTURES}text/word-clipboard.html`, 'utf8');
  await app.page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', '红星镇文化站2026年工作计划\n节庆文化活动\n春节期间举办迎新春文艺晚会。');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, html);
  await app.byTestId('text-preview').waitFor();
  await eventually.equal(role(app, '红星镇文化站2026年工作计划'), 'title');
  await eventually.equal(role(app, '节庆文化活动'), 'section');
  await eventually.equal(role(app, '群众文化服务'), 'section');
  await eventually.equal(role(app, '举办少儿暑期书画培训班'), 'item');
  await eventually.equal(role(app, '工作内容'), 'unused');
  const course = app.byTestId('text-item').filter({ hasText: '少儿暑期书画培训班' });
  await eventually.match(() => course.innerText(), /7月中旬/);
  await eventually.match(() => course.innerText(), /辅导组/);
  await app.byTestId('import-as-new').click();
  await eventually.equal(() => app.byTestId('item-row').count(), 4);
  app.assertNoConsoleErrors();
});

test('a .doc file gets a message saying what to do, and nothing changes', async () => {
  const app = await env.open();
  await app.waitSaved();
  const before = await app.byTestId('item-row').count();
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  await app.importFile({ name: '2025年工作计划.doc', mimeType: 'application/msword', buffer: ole });
  await eventually.match(() => app.byTestId('error-message').innerText(), /另存为 \.docx，或复制全文粘贴进来/);
  // A damaged .docx too.
  await app.byTestId('import-close').click();
  await app.importFile({ name: '计划.docx', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004broken') });
  await eventually.match(() => app.byTestId('error-message').innerText(), /\.docx 文件打不开/);
  await app.byTestId('import-close').click();
  await eventually.equal(() => app.byTestId('item-row').count(), before);
  app.assertNoConsoleErrors();
});
