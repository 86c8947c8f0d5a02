// Puts the old Chromium builds of the browser floor (design.md, issue 15) into
// .browsers/: the npm package `chrome-aws-lambda` ships them inside its tarball.
//
//   node scripts/old-chromium.mjs          installs what is missing, prints the paths
//   node scripts/old-chromium.mjs --check  exits 1 if anything is missing
//
// 2.1.1 holds Chromium 80.0.3987.0, 5.3.1 holds Chromium 86.0.4240.0. Each is
// `bin/chromium.br` (brotli), with the shared libraries it needs in `bin/aws.tar.br`
// (its `lib/` goes on LD_LIBRARY_PATH; tests/e2e-old/browsers.mjs does that).
// The packages are fetched with `npm pack`, not installed: they are a browser
// download, and their peer dependency on puppeteer-core is met by the aliases in
// package.json instead.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BROWSERS_DIR = path.join(root, '.browsers');

/** The old browsers, by the Chromium major version they hold. */
export const OLD_CHROMIUM = [
  { major: 80, version: '80.0.3987.0', pkg: 'chrome-aws-lambda@2.1.1' },
  { major: 86, version: '86.0.4240.0', pkg: 'chrome-aws-lambda@5.3.1' },
];

export const dirOf = (browser) => path.join(BROWSERS_DIR, `chromium-${browser.major}`);
export const executableOf = (browser) => path.join(dirOf(browser), 'chromium');
const stampOf = (browser) => path.join(dirOf(browser), 'VERSION');

const installed = (browser) => {
  try {
    return (
      fs.readFileSync(stampOf(browser), 'utf8').trim() === browser.version &&
      fs.statSync(executableOf(browser)).mode & 0o111
    );
  } catch {
    return false;
  }
};

/** Untars a brotli-compressed tarball into `dir`. */
const untarBrotli = (file, dir) => {
  const tar = `${file}.tar`;
  fs.writeFileSync(tar, zlib.brotliDecompressSync(fs.readFileSync(file)));
  execFileSync('tar', ['xf', tar, '--no-same-owner', '-C', dir]);
  fs.rmSync(tar);
};

function install(browser) {
  const dir = dirOf(browser);
  const work = path.join(BROWSERS_DIR, `.work-${browser.major}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', work, browser.pkg], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['xzf', path.join(work, tgz), '--no-same-owner', '-C', work]);
  const bin = path.join(work, 'package', 'bin');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(executableOf(browser), zlib.brotliDecompressSync(fs.readFileSync(path.join(bin, 'chromium.br'))));
  fs.chmodSync(executableOf(browser), 0o755);
  const aws = path.join(bin, 'aws.tar.br');
  if (fs.existsSync(aws)) untarBrotli(aws, dir);
  fs.rmSync(work, { recursive: true, force: true });
  fs.writeFileSync(stampOf(browser), `${browser.version}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let missing = false;
  for (const browser of OLD_CHROMIUM) {
    if (installed(browser)) continue;
    if (check) {
      missing = true;
      continue;
    }
    console.log(`[setup] unpacking Chromium ${browser.version} from ${browser.pkg}`);
    install(browser);
  }
  if (check) process.exit(missing ? 1 : 0);
  for (const browser of OLD_CHROMIUM) console.log(`Chromium ${browser.major}: ${executableOf(browser)}`);
}
