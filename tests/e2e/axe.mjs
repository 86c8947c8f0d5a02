// axe-core, the standard accessibility engine, run inside a page. The page's
// Content-Security-Policy forbids inline scripts, so the engine is evaluated
// through the driver (which the policy does not govern) rather than injected.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let source;

/** axe-core's findings on the page as it is now: `{ failing, moderate }`, each a list of `{ id, impact, help, nodes }`. */
export async function audit(page) {
  source ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(source);
  // A page at rest: a fade still running would be judged at half its colour.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`),
    }));
  });
  return {
    failing: found.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    moderate: found.filter((v) => v.impact !== 'serious' && v.impact !== 'critical'),
  };
}

/** A readable list of findings, for a failed assertion or the log. */
export function describe(findings) {
  return findings
    .map((v) => `${v.impact} ${v.id} (${v.help}), ${v.nodes.length}×:\n    ${v.nodes.slice(0, 5).join('\n    ')}`)
    .join('\n');
}
