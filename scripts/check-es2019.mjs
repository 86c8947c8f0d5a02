// Fails (exit 1) unless every script given parses as ES2019: JavaScript files, and
// the inline scripts of HTML files. The browser floor is Chromium 80 (design.md);
// ES2019 is what it parses with room to spare, and a parser is a surer check than
// a list of syntax to grep for. Run by the build (jihua-pack) on what it ships.
//
//   node scripts/check-es2019.mjs dist/index.html dist/jihua-….js dist/sw.js

import fs from 'node:fs';
import { parse } from 'acorn';

/** The inline scripts of `html`, with the line each starts on. */
function inlineScripts(html) {
  const out = [];
  const tag = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (let m; (m = tag.exec(html)); ) {
    const attributes = m[1];
    if (/\ssrc=/i.test(attributes) || /type="application\/octet-stream"/i.test(attributes)) continue;
    const line = html.slice(0, m.index).split('\n').length;
    out.push({ code: m[2], line });
  }
  return out;
}

let failed = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  const scripts = file.endsWith('.html') ? inlineScripts(text) : [{ code: text, line: 1 }];
  for (const { code, line } of scripts) {
    checked += 1;
    try {
      parse(code, { ecmaVersion: 2019, sourceType: 'script' });
    } catch (error) {
      failed += 1;
      const at = error.pos ?? 0;
      const where = file.endsWith('.html') ? `${file} (script from line ${line})` : file;
      console.error(`${where}: not ES2019: ${error.message}\n  …${code.slice(Math.max(0, at - 60), at + 30)}…`);
    }
  }
}
if (failed) process.exit(1);
console.log(`jihua-pack: ${checked} scripts parse as ES2019`);
