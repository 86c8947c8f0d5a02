// The browser floor (issue 15): Chromium 80 and 86 as 360 browsers and intranet
// builds have them, from the npm package chrome-aws-lambda (scripts/old-chromium.mjs
// unpacks them into .browsers/), driven by puppeteer-core of the same age: the
// current Playwright client does not speak to browsers this old.
import { createRequire } from 'node:module';
import { OLD_CHROMIUM, dirOf, executableOf } from '../../scripts/old-chromium.mjs';
import { until } from './eventually.mjs';
import { collectErrors } from './app.mjs';

const require = createRequire(import.meta.url);

export { OLD_CHROMIUM };

/** Launches the old Chromium `browser` (an entry of OLD_CHROMIUM) headless. */
export function launchOld(browser) {
  const puppeteer = require(`puppeteer-core-${browser.major}`);
  const dir = dirOf(browser);
  return puppeteer.launch({
    executablePath: executableOf(browser),
    headless: true,
    // Multi-process, as the browsers of township offices run. chrome-aws-lambda starts
    // these builds with --single-process --no-zygote (Lambda's sandbox needs it), but
    // in that mode Chromium 86 here loses its first tab's target at once ("Target
    // closed") and never answers for a new one. /dev/shm may be small in containers.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    env: { ...process.env, LD_LIBRARY_PATH: [`${dir}/lib`, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') },
  });
}

/** A page of an old browser, with the few steps the floor suite needs, each waiting. */
export class OldPage {
  constructor(page) {
    this.page = page;
    this.errors = collectErrors(page);
  }

  /** Waits for `selector` and returns its element. */
  async find(selector) {
    return until(() => this.page.$(selector), (element) => {
      if (!element) throw new Error(`no ${selector} yet`);
    });
  }

  async click(selector) {
    await this.find(selector);
    await this.page.click(selector);
  }

  /** The inner text of `selector`, or '' while it is not there. */
  text(selector) {
    return this.page.evaluate((s) => {
      const element = document.querySelector(s);
      return element ? element.innerText : '';
    }, selector);
  }

  /**
   * Puts the file at `path` into the file input `selector`, as choosing it does.
   * Through the DevTools protocol: puppeteer 2's own uploadFile fetches a data: URL
   * inside the page, which jihua's Content-Security-Policy rightly refuses.
   */
  async uploadFile(selector, path) {
    const input = await this.find(selector);
    await this.page._client.send('DOM.setFileInputFiles', {
      files: [path],
      objectId: input._remoteObject.objectId,
    });
  }

  count(selector) {
    return this.page.evaluate((s) => document.querySelectorAll(s).length, selector);
  }

  async open(url) {
    await this.page.goto(url);
    await until(() => this.text('[data-testid=plan-title]'), (title) => {
      if (!title) throw new Error('the app has not started');
    }, { timeout: 60_000 });
  }

  async reload() {
    await this.page.reload();
    await until(() => this.text('[data-testid=plan-title]'), (title) => {
      if (!title) throw new Error('the app has not started again');
    }, { timeout: 60_000 });
  }

  saveState() {
    return this.page.evaluate(() => {
      const status = document.querySelector('[data-testid=save-status]');
      return status ? status.getAttribute('data-state') : null;
    });
  }
}
