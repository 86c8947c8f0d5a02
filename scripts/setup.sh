#!/usr/bin/env bash
# Installs what jihua's build (and, with --browser, its tests) needs, and only what
# is missing or at the wrong version. Safe to run again and again. Sourced by
# run.sh and test.sh, so PATH changes reach them.
#
#   scripts/setup.sh            wasm32 target, trunk, wasm-bindgen-cli, npm tools
#   scripts/setup.sh --browser  the same, plus Debian's Chromium and chromedriver,
#                               the old Chromium 80 and 86 of the browser floor, and
#                               the readers of exported documents (LibreOffice,
#                               python-docx, openpyxl, icalendar)

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
# The one wasm-bindgen pin lives in Cargo.toml; Cargo.lock and Trunk.toml must agree.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' Cargo.toml)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

[ -n "$WASM_BINDGEN_VERSION" ] || die "no wasm-bindgen = \"=x.y.z\" pin in Cargo.toml"
grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml \
  || die "Trunk.toml [tools] wasm_bindgen must be $WASM_BINDGEN_VERSION, as pinned in Cargo.toml"
if [ -f Cargo.lock ] && ! grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | grep -q "version = \"$WASM_BINDGEN_VERSION\""; then
  die "Cargo.lock does not hold wasm-bindgen $WASM_BINDGEN_VERSION"
fi

# True if `$1 --version` prints something containing `$2`.
has_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! has_version trunk "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (a few minutes)"
  cargo install --locked --force trunk --version "$TRUNK_VERSION"
fi

if ! has_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION" \
  || ! has_version wasm-bindgen-test-runner "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
  # Without --locked: one crate of its lock file is no longer on the registry.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "$@" >/dev/null
}

if ! command -v npm >/dev/null 2>&1; then
  say "installing Node.js and npm from Debian"
  apt_install nodejs npm
fi

npm_ok() {
  has_version wasm-opt "version $BINARYEN_VERSION" || return 1
  # Every package of package.json at exactly its pinned version.
  node -e "
    const want = require('./package.json').devDependencies;
    for (const [name, pin] of Object.entries(want)) {
      // An alias (puppeteer-core-80: npm:puppeteer-core@2.1.1) pins the version after its @.
      const version = pin.startsWith('npm:') ? pin.slice(pin.lastIndexOf('@') + 1) : pin;
      let have = '';
      try { have = JSON.parse(require('fs').readFileSync('node_modules/' + name + '/package.json', 'utf8')).version; } catch {}
      if (have !== version) process.exit(1);
    }"
}
if ! npm_ok; then
  say "installing npm tools (binaryen for wasm-opt, esbuild and acorn for the JavaScript, playwright-core and puppeteer-core, the Gantt peers for the benchmark, axe-core for the accessibility tests)"
  npm ci --no-audit --no-fund
  npm_ok || die "npm packages are not at the pinned versions after npm ci"
fi

if [ "${1:-}" = "--browser" ]; then
  major() { "$1" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+' | head -1 | cut -d. -f1; }
  browser=$(major chromium || true)
  driver=$(major chromedriver || true)
  if [ -z "$browser" ] || [ "$browser" != "$driver" ]; then
    say "installing Debian's chromium and chromium-driver"
    apt_install chromium chromium-driver
    browser=$(major chromium || true)
    driver=$(major chromedriver || true)
    [ -n "$browser" ] && [ "$browser" = "$driver" ] \
      || die "chromium ($browser) and chromedriver ($driver) must be installed at the same version"
  fi
  # The independent readers of exported documents (tests/documents/check.py):
  # LibreOffice without a GUI, and python-docx, openpyxl and icalendar from PyPI in
  # a virtual environment of the project's own, at pinned versions.
  if ! dpkg -s libreoffice-writer-nogui libreoffice-calc-nogui >/dev/null 2>&1; then
    say "installing LibreOffice (writer and calc, no GUI) to check exported documents"
    apt_install libreoffice-writer-nogui libreoffice-calc-nogui
  fi
  DOC_READERS="python-docx==1.2.0 openpyxl==3.1.5 icalendar==7.3.2"
  if ! .venv-docs/bin/python -c "
import importlib.metadata as m, sys
want = dict(p.split('==') for p in sys.argv[1:])
sys.exit(any(m.version(n) != v for n, v in want.items()))" $DOC_READERS 2>/dev/null; then
    say "installing the document readers: $DOC_READERS"
    python3 -m venv .venv-docs
    .venv-docs/bin/pip install --quiet --disable-pip-version-check $DOC_READERS
  fi
  export JIHUA_PYTHON="$PWD/.venv-docs/bin/python"
  # The floor: Chromium 80 and 86 from chrome-aws-lambda, checked by the version
  # each was unpacked as (these headless builds print no --version).
  if ! node scripts/old-chromium.mjs --check; then
    node scripts/old-chromium.mjs
    node scripts/old-chromium.mjs --check || die "the old Chromium builds did not unpack"
  fi
fi
say "tools ready: $(trunk --version), wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt $BINARYEN_VERSION"
