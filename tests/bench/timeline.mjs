// Benchmark (not a test): the timeline against frappe-gantt 1.2.2 and dhtmlx-gantt
// 10.0.3 (from npm, see package.json), with the same synthetic plans (100, 1,000,
// 5,000 and 20,000 activities), in the same headless Chromium, in one run.
//
// For each library and size it measures:
// - first render: from the call that shows the chart (jihua: a click on the
//   timeline tab, the plan already loaded; the peers: init + parse of data already
//   in the page) until the frame after the bars are in the page;
// - DOM nodes: elements inside the chart's container after that render;
// - scroll steps: the chart is scrolled down 60 px at a time, 150 times, one step
//   a frame; each step's work (the library's scroll handling, its DOM updates and
//   the style and layout they cause) is timed in the page (p50, p95, and how many
//   steps took over 16 ms, i.e. would miss a 60 Hz frame);
// - drag steps: a bar is grabbed with real mouse input and moved right 4 px at a
//   time, 60 times, each move timed the same way.
// Ratios are jihua / peer in the same run. Scales: jihua's month zoom (12 px a
// day, month / week headers), frappe's Week view, dhtmlx's month / week scale.
// Run: scripts/bench.sh timeline   (after a release build; SIZES=100,1000 to limit)
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { JihuaPage } from '../e2e/app.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));
const SIZES = (process.env.SIZES ?? '100,1000,5000,20000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 3);
const PEERS = (process.env.PEERS ?? 'frappe,dhtmlx').split(',').filter(Boolean);
const YEAR = new Date().getFullYear();
const TIMEOUT = 240_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const iso = (d) => d.toISOString().slice(0, 10);

/** The synthetic plan: `n` activities in 10 sections and 6 departments, with fixed
 * days, ranges of up to three weeks, months and quarters spread over the year. */
function synthetic(sample, n) {
  const file = structuredClone(sample);
  const base = file.plan.items[0];
  const sections = file.plan.sections.filter((s) => !s.parent).slice(0, 10).map((s) => s.id);
  const departments = file.plan.departments.map((d) => d.id);
  const spans = [];
  file.plan.id = `bench-timeline-${n}`;
  file.plan.title = `时间轴基准（${n} 个活动）`;
  file.plan.sample = false;
  file.plan.items = Array.from({ length: n }, (_, i) => {
    const start = new Date(Date.UTC(YEAR, 0, 1 + ((i * 37) % 340)));
    const kind = i % 8;
    let when;
    let end;
    if (kind === 6) {
      const month = 1 + (i % 12);
      when = { kind: 'month', year: YEAR, month };
      spans.push([iso(new Date(Date.UTC(YEAR, month - 1, 1))), iso(new Date(Date.UTC(YEAR, month, 0)))]);
    } else if (kind === 7) {
      const quarter = 1 + (i % 4);
      when = { kind: 'quarter', year: YEAR, quarter };
      spans.push([iso(new Date(Date.UTC(YEAR, quarter * 3 - 3, 1))), iso(new Date(Date.UTC(YEAR, quarter * 3, 0)))]);
    } else {
      end = new Date(start.getTime() + (i % 21) * 864e5);
      when = kind === 0 ? { kind: 'date', date: iso(start) } : { kind: 'range', start: iso(start), end: iso(end) };
      spans.push(kind === 0 ? [iso(start), iso(start)] : [iso(start), iso(end)]);
    }
    return {
      ...base, id: `t${i}`, order: i, title: `活动 ${i + 1}`, repeat: null, progress: [], target: null,
      milestone: false, section: sections[i % sections.length], departments: [departments[i % departments.length]],
      when,
    };
  });
  const tasks = file.plan.items.map((item, i) => ({ id: item.id, name: item.title, start: spans[i][0], end: spans[i][1] }));
  return { file, tasks };
}

/** Work per step, in the page: `step(i)` (set in the page by `setup`) runs, then
 * the page yields one task (so that deferred updates run) and forces style and
 * layout; the time from the step to the end of the layout is recorded. Between
 * steps a frame is drawn, unmeasured. */
async function stepTimes(page, how, count) {
  const times = await page.evaluate(async ({ how, count }) => {
    const yieldTask = () => new Promise((r) => {
      const c = new MessageChannel();
      c.port1.onmessage = () => r();
      c.port2.postMessage(0);
    });
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    let x = how.x;
    const step = () => {
      if (how.kind === 'scroll-api') {
        const pos = window.gantt.getScrollState();
        window.gantt.scrollTo(null, pos.y + 60);
      } else if (how.kind === 'scroll') {
        const el = document.querySelector(how.selector);
        el.scrollTop += 60;
        el.dispatchEvent(new Event('scroll'));
      } else {
        x += 4;
        const target = document.elementFromPoint(x, how.y) ?? document.body;
        const init = { clientX: x, clientY: how.y, bubbles: true, cancelable: true, buttons: 1, view: window };
        target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse', isPrimary: true, pointerId: 1 }));
        target.dispatchEvent(new MouseEvent('mousemove', init));
      }
    };
    const out = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      step();
      await yieldTask();
      document.body.getBoundingClientRect();
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
      await frame();
    }
    return out;
  }, { how, count });
  return { p50: pct(times, 0.5), p95: pct(times, 0.95), over: times.filter((t) => t > 16).length, count: times.length };
}

const scrollSteps = (page, how) => stepTimes(page, how, 150);

/** Drags the first bar (of `selector`) fully in view to the right: the drag starts
 * with real mouse input, then 60 moves of 4 px are measured as steps, then the
 * mouse is released. */
async function dragSteps(page, selector, left) {
  const find = () => page.evaluate(([selector, left]) => {
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      if (r.width > 30 && r.left > left && r.right < innerWidth - 300 && r.top > 80 && r.bottom < innerHeight - 20) {
        return { x: r.left + 10, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, [selector, left]);
  let box = await find();
  if (!box) {
    // No bar wide enough in view (frappe spreads a small plan's bars far apart):
    // scroll the first wide bar into the middle of the chart.
    await page.evaluate((selector) => {
      const wide = [...document.querySelectorAll(selector)].find((el) => el.getBoundingClientRect().width > 30);
      wide?.scrollIntoView({ block: 'center', inline: 'center' });
      return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, selector);
    box = await find();
  }
  if (!box) return null;
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x + 12, box.y, { steps: 3 });
  const result = await stepTimes(page, { kind: 'drag', x: box.x + 12, y: box.y }, 60);
  await page.mouse.move(box.x + 12 + 240, box.y);
  await page.mouse.up();
  return result;
}

async function jihua(browser, server, n, sample) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const app = new JihuaPage(await context.newPage());
  await app.open(`${server.url}#calendar/year/${YEAR}-01-01`);
  const { file } = synthetic(sample, n);
  await app.importFile({ name: 'bench.jihua.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await app.byTestId('import-confirm').click();
  await app.byTestId('plan-title').filter({ hasText: file.plan.title }).waitFor({ timeout: TIMEOUT });
  await app.waitSaved();
  await app.page.evaluate(() => localStorage.setItem('jihua:timeline', '#timeline/month'));
  const render = [];
  for (let i = 0; i < RUNS; i++) {
    await app.byTestId('nav-calendar').click();
    await app.byTestId('cal-year').waitFor();
    await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    render.push(await app.page.evaluate(() => new Promise((resolve) => {
      const t0 = performance.now();
      document.querySelector('[data-testid=nav-timeline]').click();
      const check = () => {
        if (document.querySelector('[data-testid=gantt-bar]')) {
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
        } else requestAnimationFrame(check);
      };
      check();
    })));
  }
  const nodes = await app.page.evaluate(() => document.querySelector('[data-testid=timeline]').querySelectorAll('*').length + 1);
  const scroll = await scrollSteps(app.page, { kind: 'scroll', selector: '[data-testid=gantt]' });
  await app.page.evaluate(() => { document.querySelector('[data-testid=gantt]').scrollTop = 0; });
  await app.page.waitForTimeout(100);
  // Right of the left pane (420 px).
  const drag = await dragSteps(app.page, '[data-testid=gantt-bar]', 450);
  const bottom = await app.page.evaluate(() => {
    const s = document.querySelector('[data-testid=gantt]');
    s.scrollTop = s.scrollHeight;
    return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(document.querySelectorAll('[data-testid=timeline] *').length + 1))));
  });
  await context.close();
  return { render: median(render), nodes: Math.max(nodes, bottom), scroll, drag };
}

const PEER_PAGE = '<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;height:100%}#chart{width:100vw;height:100vh}</style></head><body><div id="chart"></div></body></html>';

async function peer(browser, name, tasks) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.setContent(PEER_PAGE);
  if (name === 'frappe') {
    await page.addStyleTag({ path: `${MODULES}frappe-gantt/dist/frappe-gantt.css` });
    await page.addScriptTag({ path: `${MODULES}frappe-gantt/dist/frappe-gantt.umd.js` });
  } else {
    await page.addStyleTag({ path: `${MODULES}dhtmlx-gantt/codebase/dhtmlxgantt.css` });
    await page.addScriptTag({ path: `${MODULES}dhtmlx-gantt/codebase/dhtmlxgantt.js` });
  }
  await page.evaluate((tasks) => { window.__tasks = tasks; }, tasks);
  const render = await page.evaluate((name) => new Promise((resolve) => {
    const t0 = performance.now();
    if (name === 'frappe') {
      const tasks = window.__tasks.map((t) => ({ ...t, progress: 0 }));
      window.__chart = new window.Gantt('#chart', tasks, {
        view_mode: 'Week', container_height: 860, infinite_padding: false, popup_on: 'click',
        today_button: false, view_mode_select: false,
      });
    } else {
      const g = window.gantt;
      g.config.date_format = '%Y-%m-%d';
      g.config.scales = [{ unit: 'month', step: 1, format: '%Y %F' }, { unit: 'week', step: 1, format: 'W%W' }];
      g.init('chart');
      g.parse({ data: window.__tasks.map((t) => ({ id: t.id, text: t.name, start_date: t.start, end_date: t.end, progress: 0 })) });
    }
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
  }), name);
  const container = name === 'frappe' ? '.gantt-container' : '#chart';
  const nodes = await page.evaluate((c) => document.querySelector(c).querySelectorAll('*').length + 1, container);
  const scroll = await scrollSteps(page, name === 'frappe' ? { kind: 'scroll', selector: '.gantt-container' } : { kind: 'scroll-api' });
  if (name === 'frappe') await page.evaluate(() => { document.querySelector('.gantt-container').scrollTop = 0; });
  else await page.evaluate(() => window.gantt.scrollTo(null, 0));
  await page.waitForTimeout(100);
  // frappe has no grid on the left; dhtmlx's grid is 360 px wide.
  const drag = await dragSteps(page, name === 'frappe' ? '.bar-wrapper .bar' : '.gantt_task_line', name === 'frappe' ? 20 : 390);
  await context.close();
  return { render, nodes, scroll, drag };
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const server = await serve(DIST);
const sampleContext = await browser.newContext();
const sampleApp = new JihuaPage(await sampleContext.newPage());
await sampleApp.open(server.url);
const sample = (await sampleApp.exportPlan()).file;
await sampleContext.close();

const ms = (x) => (x == null ? '—' : `${x.toFixed(1)} ms`);
const ratio = (a, b) => (a == null || b == null ? '—' : `×${(a / b).toFixed(2)}`);
const withTimeout = (p) => Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error('timed out')), TIMEOUT))]);
for (const n of SIZES) {
  const { tasks } = synthetic(sample, n);
  const result = { jihua: await jihua(browser, server, n, sample) };
  for (const name of PEERS) {
    result[name] = await withTimeout(peer(browser, name, tasks)).catch((e) => ({ error: e.message }));
  }
  for (const [name, r] of Object.entries(result)) {
    if (r.error) {
      console.log(`BENCH timeline ${String(n).padStart(6)} ${name.padEnd(7)} did not finish: ${r.error}`);
      continue;
    }
    console.log(`BENCH timeline ${String(n).padStart(6)} ${name.padEnd(7)} first render ${ms(r.render).padStart(10)}  DOM nodes ${String(r.nodes).padStart(7)}  scroll step p50/p95 ${ms(r.scroll.p50)} / ${ms(r.scroll.p95)} (${r.scroll.over}/${r.scroll.count} over 16 ms)  drag step p50/p95 ${ms(r.drag?.p50)} / ${ms(r.drag?.p95)} (${r.drag ? `${r.drag.over}/${r.drag.count}` : '—'} over 16 ms)`);
  }
  const j = result.jihua;
  for (const name of PEERS) {
    const r = result[name];
    if (r.error) continue;
    console.log(`BENCH timeline ${String(n).padStart(6)} jihua/${name.padEnd(7)} first render ${ratio(j.render, r.render)}  DOM nodes ${ratio(j.nodes, r.nodes)}  scroll p95 ${ratio(j.scroll.p95, r.scroll.p95)}  drag p95 ${ratio(j.drag?.p95, r.drag?.p95)}`);
  }
}
await server.close();
await browser.close();
