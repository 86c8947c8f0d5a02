// The outline editor, driven as a user would: the sample plan, creating a plan,
// adding, editing, deleting and undoing, reloading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';
import { eventually } from './eventually.mjs';

const env = useApp();

test('first start shows the sample plan with its activities, departments and times', async () => {
  const app = await env.open();
  await eventually.match(() => app.title(), /文化馆工作计划（示例）/);
  await app.byTestId('sample-banner').waitFor();
  const count = await app.itemRows().count();
  assert.ok(count >= 20, `only ${count} activities`);
  const festival = await app.describe('敦化市农民艺术节');
  assert.equal(festival.when, '7月');
  assert.deepEqual(festival.departments, ['辅导部', '演出部', '舞美部']);
  await eventually.equal(async () => (await app.describe('第三届书画公益讲座')).when, '4月中旬');
  await eventually.equal(async () => (await app.describe('摄影展')).when, '9–10月');
  const tour = await app.describe('送戏下乡一百场');
  assert.equal(tour.target, '不少于100场');
  assert.equal(tour.when, '全年');
  // Every activity shows a time and at least one department.
  await eventually.equal(() => app.page.getByTestId('item-when').count(), count);
  const rowsWithDept = await app.itemRows().filter({ has: app.page.getByTestId('item-department') }).count();
  assert.equal(rowsWithDept, count);
  await eventually.equal(() => app.saveState(), 'saved');
  app.assertNoConsoleErrors();
  await app.page.context().close();
});

test('create a plan, add a section and three activities, edit, delete, undo, reload', async () => {
  const app = await env.open();
  await app.newPlan('2026年镇文化站工作计划');
  await eventually.equal(() => app.title(), '2026年镇文化站工作计划');
  await eventually.equal(() => app.itemRows().count(), 0);
  await app.addSection('群众文化活动');

  await app.addItem('群众文化活动', {
    title: '广场文化活动',
    when: { kind: 'year' },
    newDepartments: ['辅导部'],
    target: { op: 'AtLeast', quantity: 12, unit: '次' },
  });
  await app.addItem('群众文化活动', {
    title: '书画公益讲座',
    when: { kind: 'xun', month: 4, xun: 'middle' },
    departments: ['辅导部'],
    target: { op: 'Exactly', quantity: 1, unit: '场' },
  });
  await app.addItem('群众文化活动', {
    title: '摄影展',
    when: { kind: 'months', from: 9, to: 10 },
    newDepartments: ['演出部'],
    target: { op: 'AtLeast', quantity: 4, unit: '场' },
  });
  await eventually.deepEqual(() => app.itemTitles(), ['广场文化活动', '书画公益讲座', '摄影展']);
  await eventually.deepEqual(() => app.describe('广场文化活动'), { when: '全年', departments: ['辅导部'], target: '不少于12次' });
  await eventually.deepEqual(() => app.describe('书画公益讲座'), { when: '4月中旬', departments: ['辅导部'], target: '完成1场' });
  await eventually.deepEqual(() => app.describe('摄影展'), { when: '9–10月', departments: ['演出部'], target: '不少于4场' });

  // Edit one: new title and an exact date.
  await app.editItem('书画公益讲座', { title: '第三届书画公益讲座', when: { kind: 'date', start: '2026-04-15' } });
  await eventually.deepEqual(() => app.describe('第三届书画公益讲座'), { when: '4月15日', departments: ['辅导部'], target: '完成1场' });

  // Delete one, then undo from the notice.
  await app.deleteItem('摄影展');
  await eventually.deepEqual(() => app.itemTitles(), ['广场文化活动', '第三届书画公益讲座']);
  await app.byTestId('toast-undo').click();
  await eventually.deepEqual(() => app.itemTitles(), ['广场文化活动', '第三届书画公益讲座', '摄影展']);
  await eventually.equal(() => app.saveState(), 'saved');

  await app.reload();
  await eventually.equal(() => app.title(), '2026年镇文化站工作计划');
  await eventually.deepEqual(() => app.itemTitles(), ['广场文化活动', '第三届书画公益讲座', '摄影展']);
  await eventually.deepEqual(() => app.describe('广场文化活动'), { when: '全年', departments: ['辅导部'], target: '不少于12次' });
  await eventually.deepEqual(() => app.describe('第三届书画公益讲座'), { when: '4月15日', departments: ['辅导部'], target: '完成1场' });
  await eventually.deepEqual(() => app.describe('摄影展'), { when: '9–10月', departments: ['演出部'], target: '不少于4场' });
  await eventually.equal(() => app.sectionRow('群众文化活动').count(), 1);
  // The sample is still there beside the new plan.
  await eventually.equal(() => app.byTestId('plan-switcher').locator('option').count(), 2);
  app.assertNoConsoleErrors();
  await app.page.context().close();
});

test('the form explains what is wrong, in place, and keeps the plan unchanged', async () => {
  const app = await env.open();
  const before = await app.itemRows().count();
  await app.sectionRow('加强内部管理').getByTestId('add-item').click();
  await app.byTestId('item-save').click();
  const messages = () => app.byTestId('item-form').getByTestId('error-message').allInnerTexts();
  await eventually.deepEqual(() => messages(), ['请填写名称。']);
  await app.fillForm({ title: '测试', when: { kind: 'range', start: '2026-05-10', end: '2026-05-01' } });
  await app.byTestId('item-has-target').check();
  await app.byTestId('target-quantity').fill('很多');
  await app.byTestId('item-save').click();
  await eventually.deepEqual(() => messages(), ['结束日期不能早于开始日期。', '数量必须是 0 到 10 亿之间的数字。']);
  await app.fillForm({ when: { kind: 'month', year: 1800 } });
  await eventually.deepEqual(() => messages(), ['年份必须在 1900 到 2200 之间。', '数量必须是 0 到 10 亿之间的数字。']);
  // Full-width digits typed by a Chinese input method are accepted.
  await app.fillForm({ when: { kind: 'month', year: '２０２６', month: 5 } });
  await app.byTestId('target-quantity').fill('１２');
  await app.saveForm();
  await eventually.equal(() => app.itemRows().count(), before + 1);
  await eventually.deepEqual(() => app.describe('测试'), { when: '5月', departments: [], target: '不少于12次' });
  // Escape closes the form without saving.
  await app.row('测试').getByTestId('edit-item').click();
  await app.byTestId('item-title-input').fill('不要保存');
  await app.page.keyboard.press('Escape');
  await app.byTestId('item-form').waitFor({ state: 'detached' });
  await eventually.equal(() => app.row('测试').count(), 1);
  app.assertNoConsoleErrors();
  await app.page.context().close();
});

test('reorder by keyboard and by drag, undo and redo with the keyboard', async () => {
  const app = await env.open();
  const section = async () => (await app.itemTitles()).slice(0, 3);
  await eventually.deepEqual(() => section(), ['周学习制度：每周固定时间集体学习', '党风廉政建设学习', '按时做好有关材料上报工作']);
  await app.row('党风廉政建设学习').focus();
  await app.page.keyboard.press('Alt+ArrowUp');
  await eventually.deepEqual(() => section(), ['党风廉政建设学习', '周学习制度：每周固定时间集体学习', '按时做好有关材料上报工作']);
  // Focus comes back to the moved row (after its redraw), so it can keep moving.
  const focused = () => app.row('党风廉政建设学习').evaluate((row) => row === document.activeElement);
  await eventually.ok(focused, 'the moved row has the focus again');
  await app.page.keyboard.press('Alt+ArrowDown');
  await eventually.deepEqual(() => section(), ['周学习制度：每周固定时间集体学习', '党风廉政建设学习', '按时做好有关材料上报工作']);
  await eventually.ok(focused, 'the moved row has the focus again');
  await app.page.keyboard.press('Alt+ArrowDown');
  await eventually.deepEqual(() => section(), ['周学习制度：每周固定时间集体学习', '按时做好有关材料上报工作', '党风廉政建设学习']);
  await app.page.locator('body').click({ position: { x: 5, y: 400 } });
  await app.page.keyboard.press('Control+z');
  await app.page.keyboard.press('Control+z');
  await eventually.deepEqual(() => section(), ['党风廉政建设学习', '周学习制度：每周固定时间集体学习', '按时做好有关材料上报工作']);
  await app.page.keyboard.press('Control+Shift+z');
  await eventually.deepEqual(() => section(), ['周学习制度：每周固定时间集体学习', '党风廉政建设学习', '按时做好有关材料上报工作']);
  // Drag the third activity onto the first.
  await app.row('按时做好有关材料上报工作').dragTo(app.row('周学习制度：每周固定时间集体学习'));
  await eventually.deepEqual(() => section(), ['按时做好有关材料上报工作', '周学习制度：每周固定时间集体学习', '党风廉政建设学习']);
  // And with the row's own buttons.
  await app.row('按时做好有关材料上报工作').hover();
  await app.row('按时做好有关材料上报工作').getByRole('button', { name: '下移' }).click();
  await eventually.deepEqual(() => section(), ['周学习制度：每周固定时间集体学习', '按时做好有关材料上报工作', '党风廉政建设学习']);
  await app.row('党风廉政建设学习').hover();
  await eventually.equal(() => app.row('党风廉政建设学习').getByRole('button', { name: '下移' }).isDisabled(), true);
  await app.row('党风廉政建设学习').getByRole('button', { name: '上移' }).click();
  await eventually.deepEqual(() => section(), ['周学习制度：每周固定时间集体学习', '党风廉政建设学习', '按时做好有关材料上报工作']);
  await app.reload();
  await eventually.deepEqual(() => section(), ['周学习制度：每周固定时间集体学习', '党风廉政建设学习', '按时做好有关材料上报工作']);
  app.assertNoConsoleErrors();
  await app.page.context().close();
});

test('sections: rename in place, delete with confirmation, undo', async () => {
  const app = await env.open();
  const total = await app.itemRows().count();
  const section = app.sectionRow('加强非物质文化遗产保护');
  await section.hover();
  await section.getByTestId('rename-section').click();
  await app.byTestId('section-title-input').fill('非遗保护');
  await app.byTestId('section-title-input').press('Enter');
  const renamed = app.sectionRow('非遗保护');
  await renamed.hover();
  await renamed.getByTestId('delete-section').click();
  await eventually.match(() => app.byTestId('confirm-dialog').innerText(), /非遗保护.*2 项活动/s);
  await app.byTestId('confirm-yes').click();
  await eventually.equal(() => app.itemRows().count(), total - 2);
  await eventually.equal(() => app.sectionRow('非遗保护').count(), 0);
  await app.byTestId('undo').click();
  await eventually.equal(() => app.itemRows().count(), total);
  await eventually.equal(() => app.sectionRow('非遗保护').count(), 1);
  app.assertNoConsoleErrors();
  await app.page.context().close();
});

test('an edit is in IndexedDB and survives a reload', async () => {
  const app = await env.open();
  await eventually.equal(() => app.byTestId('save-status').getAttribute('data-backend'), 'indexeddb');
  await app.editItem('摄影展', { title: '第二届摄影展', when: { kind: 'months', from: 10, to: 11 } });
  await app.byTestId('save-status').and(app.page.locator('[data-state=saved]')).waitFor();
  await app.reload();
  await eventually.deepEqual(async () => (await app.describe('第二届摄影展')).when, '10–11月');
  const stored = await app.page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('jihua');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('plans').objectStore('plans').getAll();
      get.onsuccess = () => resolve(get.result.map((r) => JSON.parse(r.json).items.some((i) => i.title === '第二届摄影展')));
    };
  }));
  assert.deepEqual(stored, [true]);
  app.assertNoConsoleErrors();
  await app.page.context().close();
});
