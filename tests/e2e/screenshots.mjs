// Writes the README's screenshots into docs/screenshots/ from the built app in dist/:
// the outline and the activity form, in Chinese and in English.
// Run after a build: node tests/e2e/screenshots.mjs
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';
import { JihuaPage } from './app.mjs';

const out = (name) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));
const server = await serve(fileURLToPath(new URL('../../dist/', import.meta.url)));
const browser = await launch();
try {
  for (const lang of ['zh', 'en']) {
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
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const app = new JihuaPage(await phone.newPage());
  await app.open(server.url);
  await app.page.screenshot({ path: out('outline-phone') });
  await phone.close();
} finally {
  await browser.close();
  await server.close();
}
console.log('screenshots written to docs/screenshots/');
