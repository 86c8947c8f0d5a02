// Plan files: export and import back, bad files refused with nothing changed,
// drag and drop, paste, merge and replace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { useApp } from './harness.mjs';
import { eventually } from './eventually.mjs';

const env = useApp();
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The plan of an exported file without what a save changes (the revision). */
function content(file) {
  const { revision, ...rest } = file.plan;
  return rest;
}

test('export a plan, delete it, import the file: the same plan comes back', async () => {
  const app = await env.open();
  await app.newPlan('2026年灯明寺镇文化站工作计划');
  await app.addSection('群众文化活动');
  await app.addItem('群众文化活动', {
    title: '广场文化活动',
    when: { kind: 'months', from: 9, to: 10 },
    newDepartments: ['文化站'],
    target: { op: 'AtLeast', quantity: 12, unit: '次' },
  });
  await app.addItem('群众文化活动', { title: '书画公益讲座', when: { kind: 'xun', month: 4, xun: 'middle' } });
  await app.waitSaved();
  const exported = await app.exportPlan();
  assert.equal(exported.name, '2026年灯明寺镇文化站工作计划.jihua.json');
  assert.equal(exported.file.format, 'jihua-plan');
  assert.equal(exported.file.version, 1);
  assert.equal(exported.file.plan.items.length, 2);

  // Delete it.
  await app.byTestId('manage-plans').click();
  const entry = app.byTestId('plans-entry').filter({ hasText: '2026年灯明寺镇文化站工作计划' });
  await entry.getByTestId('plan-delete').click();
  await app.byTestId('confirm-yes').click();
  await app.page.keyboard.press('Escape');
  await app.waitSaved();
  await eventually.notEqual(() => app.title(), '2026年灯明寺镇文化站工作计划');

  // Import the file: a preview first, nothing written until confirmed.
  const before = await app.storedPlans();
  await app.importFile({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported.file, null, 2)) });
  const preview = app.byTestId('import-plan');
  await eventually.equal(() => preview.getByTestId('import-title').innerText(), '2026年灯明寺镇文化站工作计划');
  await eventually.match(() => preview.getByTestId('import-counts').innerText(), /1 个部分 · 2 个活动 · 1 个部门/);
  await eventually.deepEqual(() => app.storedPlans(), before, 'the preview writes nothing');
  await app.byTestId('import-confirm').click();
  await app.byTestId('import-dialog').waitFor({ state: 'detached' });
  await app.byTestId('plan-title').filter({ hasText: '2026年灯明寺镇文化站工作计划' }).waitFor();
  await eventually.deepEqual(() => app.itemTitles(), ['广场文化活动', '书画公益讲座']);
  await app.waitSaved();
  await app.reload();
  await eventually.equal(() => app.title(), '2026年灯明寺镇文化站工作计划');
  const again = await app.exportPlan();
  assert.deepEqual(content(again.file), content(exported.file));
  app.assertNoConsoleErrors();
});

test('every bad file is refused with a message and nothing stored changes', async () => {
  const app = await env.open();
  await app.waitSaved();
  const before = await app.storedPlans();
  const expected = JSON.parse(await readFile(`${FIXTURES}bad/expected.json`, 'utf8'));
  const names = (await readdir(`${FIXTURES}bad`)).filter((n) => n.endsWith('.jihua.json')).sort();
  assert.ok(names.length >= 30);
  for (const name of names) {
    await app.importFile(`${FIXTURES}bad/${name}`);
    const alert = app.byTestId('import-dialog').getByTestId('error-message');
    await alert.waitFor();
    await eventually.equal(() => alert.getAttribute('role'), 'alert');
    const text = await alert.innerText();
    assert.match(text, new RegExp(`无法导入“${name.replace(/\./g, '\\.')}”`), name);
    const path = expected[name].path;
    if (path.includes('.') || path.includes('[')) assert.ok(text.includes(`（${path}）`), `${name}: ${text}`);
    if (name === 'hostile-title.jihua.json') {
      assert.ok(text.includes('<script>window.__pwned=2</script>'), text);
      await eventually.equal(() => alert.locator('script, img').count(), 0);
    }
    await app.byTestId('import-close').click();
    await app.byTestId('import-dialog').waitFor({ state: 'detached' });
  }
  await eventually.deepEqual(() => app.storedPlans(), before);
  await eventually.equal(() => app.page.evaluate(() => window.__pwned), undefined);
  app.assertNoConsoleErrors();
});

test('a hostile title is shown as text, in the preview and as the plan title', async () => {
  const app = await env.open();
  await app.importFile(`${FIXTURES}good/hostile-title.jihua.json`);
  const title = '<img src=x onerror="window.__pwned=1">计划';
  await eventually.equal(() => app.byTestId('import-title').innerText(), title);
  await app.byTestId('import-confirm').click();
  await app.byTestId('plan-title').filter({ hasText: '计划' }).filter({ hasText: '<img' }).waitFor();
  await eventually.equal(() => app.title(), title);
  await eventually.equal(() => app.page.locator('img[src=x]').count(), 0);
  await eventually.equal(() => app.page.evaluate(() => window.__pwned), undefined);
});

test('a backup dropped on the window imports every plan in it', async () => {
  const app = await env.open();
  await app.waitSaved();
  const text = await readFile(`${FIXTURES}good/backup.jihua.json`, 'utf8');
  await app.dropFile('backup.jihua.json', text);
  await eventually.deepEqual(() => app.byTestId('import-title').allInnerTexts(), ['2024年文化馆工作计划', '2024年乡镇文化站工作计划']);
  await app.byTestId('import-confirm').click();
  await app.byTestId('toast').filter({ hasText: '已导入 2 个计划' }).waitFor();
  await eventually.ok(async () => {
    const options = await app.byTestId('plan-switcher').locator('option').allInnerTexts();
    return options.includes('2024年文化馆工作计划') && options.includes('2024年乡镇文化站工作计划');
  });
  await app.reload();
  await eventually.equal(async () => (await app.storedPlans()).length, 3);
  app.assertNoConsoleErrors();
});

test('pasting a newer version offers merge and replace; both keep the old version in the history', async () => {
  const app = await env.open();
  await app.waitSaved();
  const { file } = await app.exportPlan();
  // Someone else renamed an activity and recorded progress on another.
  const later = new Date(Date.now() + 60_000).toISOString();
  file.plan.updated_at = later;
  const show = file.plan.items.find((i) => i.title === '摄影展');
  show.title = '摄影展（他们改的）';
  show.updated_at = later;
  const text = JSON.stringify(file);

  // Paste in the plans dialog.
  await app.byTestId('manage-plans').click();
  await app.byTestId('import-paste').fill(text);
  await app.byTestId('import-paste-read').click();
  await app.byTestId('import-exists').waitFor();
  await eventually.match(() => app.byTestId('import-plan').innerText(), /文件里的版本比已有的新/);
  await eventually.match(() => app.byTestId('import-plan').innerText(), /摄影展（他们改的）/);
  await app.byTestId('import-merge').click();
  await app.row('摄影展（他们改的）').waitFor();
  await app.waitSaved();

  // Paste on the page (Ctrl+V outside a text field): the same file again, replace.
  show.title = '摄影展（替换）';
  show.updated_at = new Date(Date.now() + 120_000).toISOString();
  await app.page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, JSON.stringify(file));
  await app.byTestId('import-replace').click();
  await app.row('摄影展（替换）').waitFor();
  await app.waitSaved();
  // The import is undoable, and the versions before it are in the history.
  await app.page.keyboard.press('Control+z');
  await app.row('摄影展（他们改的）').waitFor();
  await app.byTestId('history').click();
  await eventually.ok(async () => (await app.byTestId('history-entry').filter({ hasText: '导入前' }).count()) >= 2);
  await app.page.keyboard.press('Escape');
  await app.waitSaved();
  await app.reload();
  await app.row('摄影展（他们改的）').waitFor();
  app.assertNoConsoleErrors();
});
