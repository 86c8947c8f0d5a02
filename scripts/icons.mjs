// Renders public/icon.svg to the PNG icons the web app manifest names (browsers
// want PNGs to install an app). Run from the repository root after changing the
// icon: node scripts/icons.mjs
import { launch } from '../tests/e2e/browser.mjs';
import { readFile } from 'node:fs/promises';
const svg = await readFile('public/icon.svg', 'utf8');
const browser = await launch();
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
