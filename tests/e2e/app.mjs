// Page object for jihua: every selector the end-to-end tests use lives here, and
// they are the `data-testid` hooks of the testing contract (see docs/design.md).
import assert from 'node:assert/strict';

/**
 * Makes `page` a deaf tab: it still tells other tabs of its saves, but hears
 * nothing of theirs, so its next save of a plan they changed meets a conflict.
 */
export function deafToOtherTabs(page) {
  return page.addInitScript(() => {
    window.BroadcastChannel = class extends window.BroadcastChannel {
      set onmessage(_) {}
      get onmessage() { return null; }
    };
  });
}

/**
 * The console errors and uncaught exceptions of `page` (Playwright's or puppeteer's,
 * which share these events), as a list that fills while the page runs.
 */
export function collectErrors(page) {
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export class JihuaPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.errors = collectErrors(page);
  }

  byTestId(id) {
    return this.page.getByTestId(id);
  }

  async open(url) {
    await this.page.goto(url);
    await this.byTestId('plan-title').waitFor({ timeout: 60_000 });
  }

  async reload() {
    await this.page.reload();
    await this.byTestId('plan-title').waitFor({ timeout: 60_000 });
  }

  title() {
    return this.byTestId('plan-title').innerText();
  }

  itemRows() {
    return this.byTestId('item-row');
  }

  /** The outline row of the activity titled exactly `title`. */
  row(title) {
    return this.itemRows().filter({
      has: this.page.getByTestId('item-title').getByText(title, { exact: true }),
    });
  }

  async itemTitles() {
    return this.page.getByTestId('item-title').allInnerTexts();
  }

  /** Text summary of a row: when, departments, target. */
  async describe(title) {
    const row = this.row(title);
    return {
      when: await row.getByTestId('item-when').innerText(),
      departments: await row.getByTestId('item-department').allInnerTexts(),
      target: (await row.getByTestId('item-target').count()) ? await row.getByTestId('item-target').innerText() : null,
    };
  }

  async newPlan(title) {
    await this.byTestId('new-plan').click();
    await this.byTestId('plan-title-input').fill(title);
    await this.byTestId('plan-save').click();
    await this.byTestId('plan-form').waitFor({ state: 'detached' });
  }

  async addSection(title) {
    await this.byTestId('add-section').click();
    const input = this.byTestId('section-title-input');
    await input.fill(title);
    await input.press('Enter');
    await input.waitFor({ state: 'detached' });
  }

  sectionRow(title) {
    return this.byTestId('section-row').filter({ hasText: title });
  }

  /**
   * Fills the open activity form. `when` is { kind, year?, month?, from?, to?, xun?,
   * quarter?, half?, start?, end?, festival?, around?, days?, lunarMonth?, lunarDay?,
   * leap? } with the picker's option values.
   */
  async fillForm({ title, when, departments = [], newDepartments = [], target, status }) {
    const form = this.byTestId('item-form');
    if (title !== undefined) await form.getByTestId('item-title-input').fill(title);
    if (when) {
      await form.getByTestId('when-kind').selectOption(when.kind);
      if (when.year !== undefined) await form.getByTestId('when-year').fill(String(when.year));
      for (const key of ['month', 'from', 'to', 'xun', 'quarter', 'half']) {
        if (when[key] !== undefined) await form.getByTestId(`when-${key}`).selectOption(String(when[key]));
      }
      if (when.start !== undefined) await form.getByTestId('when-start').fill(when.start);
      if (when.end !== undefined) await form.getByTestId('when-end').fill(when.end);
      // Festival and lunar times: { festival: 'lantern', around: 'both', days: 3 },
      // { lunarMonth: 1, lunarDay: 15, leap: false }.
      if (when.festival !== undefined) await form.getByTestId('when-festival').selectOption(when.festival);
      if (when.around !== undefined) await form.getByTestId('when-around').selectOption(when.around);
      if (when.days !== undefined) await form.getByTestId('when-around-days').fill(String(when.days));
      if (when.lunarMonth !== undefined) await form.getByTestId('when-lunar-month').selectOption(String(when.lunarMonth));
      if (when.lunarDay !== undefined) await form.getByTestId('when-lunar-day').selectOption(String(when.lunarDay));
      if (when.leap !== undefined) await form.getByTestId('when-leap').setChecked(when.leap);
    }
    for (const name of newDepartments) {
      await form.getByTestId('new-departments-name').fill(name);
      await form.getByTestId('new-departments-add').click();
    }
    for (const name of departments) {
      await form.getByTestId('item-departments').getByLabel(name, { exact: true }).check();
    }
    if (target) {
      await form.getByTestId('item-has-target').check();
      await form.getByTestId('target-op').selectOption(target.op);
      await form.getByTestId('target-quantity').fill(String(target.quantity));
      await form.getByTestId('target-unit').fill(target.unit);
    }
    if (status) await form.getByTestId('item-status').selectOption(status);
  }

  async saveForm() {
    await this.byTestId('item-save').click();
    await this.byTestId('item-form').waitFor({ state: 'detached' });
  }

  async addItem(section, fields) {
    await this.sectionRow(section).hover();
    await this.sectionRow(section).getByTestId('add-item').click();
    await this.fillForm(fields);
    await this.saveForm();
  }

  async editItem(title, fields) {
    await this.row(title).hover();
    await this.row(title).getByTestId('edit-item').click();
    await this.fillForm(fields);
    await this.saveForm();
  }

  async deleteItem(title) {
    await this.row(title).hover();
    await this.row(title).getByTestId('delete-item').click();
  }

  async saveState() {
    return this.byTestId('save-status').getAttribute('data-state');
  }

  /** Every record of the app's IndexedDB `plans` store, sorted by id. */
  storedPlans() {
    return this.page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('jihua');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const request = open.result.transaction('plans').objectStore('plans').getAll();
        request.onsuccess = () => {
          open.result.close();
          resolve(request.result.sort((a, b) => a.id.localeCompare(b.id)));
        };
        request.onerror = () => reject(request.error);
      };
    }));
  }

  async waitSaved() {
    try {
      await this.byTestId('save-status').and(this.page.locator('[data-state=saved]')).waitFor();
    } catch (error) {
      // Say what the page shows instead, so that a failure on a loaded machine can
      // be told from a write that never ends.
      const seen = await this.page.evaluate(() => ({
        state: document.querySelector('[data-testid=save-status]')?.dataset.state,
        error: document.querySelector('[data-testid=error-message]')?.textContent,
        dialog: [...document.querySelectorAll('[role=dialog]')].map((d) => d.dataset.testid ?? d.className),
      })).catch(() => null);
      error.message += `\nsave-status is ${JSON.stringify(seen)}`;
      throw error;
    }
  }

  /** Clicks `export-plan` and returns the download's name and parsed content. */
  async exportPlan() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.byTestId('export-plan').click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), file: JSON.parse(await readFile(await download.path(), 'utf8')) };
  }

  /** Imports a file from disk (`path`) or given as { name, mimeType, buffer } through `import-file`. */
  async importFile(file) {
    await this.byTestId('import-file').setInputFiles(file);
    await this.byTestId('import-dialog').waitFor();
  }

  /** Drops a file with `name` and `text` on the page, as a drag from the desktop would. */
  async dropFile(name, text) {
    const dataTransfer = await this.page.evaluateHandle(([name, text]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      return dt;
    }, [name, text]);
    await this.page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await this.page.dispatchEvent('main', 'dragover', { dataTransfer });
    await this.byTestId('drop-overlay').waitFor();
    await this.page.dispatchEvent('main', 'drop', { dataTransfer });
    await this.byTestId('drop-overlay').waitFor({ state: 'detached' });
    await this.byTestId('import-dialog').waitFor();
  }

  assertNoConsoleErrors() {
    assert.deepEqual(this.errors, [], `console errors: ${this.errors.join('\n')}`);
  }
}
