// Shared set-up for the end-to-end test files: one static server on dist/ and one
// browser per file, a fresh context (empty storage) per test.
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';
import { JihuaPage } from './app.mjs';

/** The build under test: dist/, or another folder named in JIHUA_DIST (a quick debug build while working). */
export const DIST = process.env.JIHUA_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));

/** The build with test hooks (scripts/test.sh makes it): only the crash test uses it. */
export const DIST_TEST = fileURLToPath(new URL('../../dist-test/', import.meta.url));

export function useApp({ root = DIST } = {}) {
  const env = {};
  before(async () => {
    env.server = await serve(root);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  /** A new page in a fresh context, already showing the app. */
  env.open = async (options = {}) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const app = new JihuaPage(await context.newPage());
    await app.open(env.server.url);
    return app;
  };
  return env;
}
