#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test: formatting, clippy (host
# and wasm32), host tests, browser tests (wasm-bindgen-test in headless Chromium),
# the release build, and the end-to-end tests (Playwright against that build, and
# the old Chromium builds of the browser floor).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --browser

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all --check

step "clippy (host)"
cargo clippy --all-targets -- -D warnings

step "clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

step "host tests"
cargo test

step "exported documents, read by python-docx, openpyxl, icalendar and LibreOffice"
docs_dir=$(mktemp -d)
JIHUA_DOCS_OUT="$docs_dir" cargo test --quiet --test documents -- --ignored write_documents
"$JIHUA_PYTHON" tests/documents/check.py "$docs_dir"
rm -rf "$docs_dir"

step "browser tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-600} \
  cargo test --target wasm32-unknown-unknown --test web --test web_storage

step "release build"
trunk build --release

step "test build (debug, with the crash trigger of tests/e2e/crash.test.mjs)"
JIHUA_TEST_HOOKS=1 trunk build --dist dist-test

step "end-to-end tests (Playwright and Debian Chromium; puppeteer-core and Chromium 80 and 86 for the floor)"
node --test --test-concurrency=1 tests/e2e/
