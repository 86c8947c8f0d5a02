#!/usr/bin/env bash
# Benchmarks (not tests): they print measurements and assert no timing.
#   scripts/bench.sh storage   save latency per edit, IndexedDB and localStorage
#   scripts/bench.sh startup   navigation to interactive: single file and served build
#   scripts/bench.sh calendar  the month view with hundreds of activities in a month
#   scripts/bench.sh timeline  the Gantt timeline against frappe-gantt and dhtmlx-gantt
#   scripts/bench.sh text-import  reading a plan's text: 2,000 to 20,000 characters
#   scripts/bench.sh documents    each export and the print view: 1,000 activities against the sample
#   scripts/bench.sh records      the progress view with 2,000 records and 500 photos against the sample
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --browser
case "${1:-storage}" in
  storage)
    CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-900} \
      cargo test --release --target wasm32-unknown-unknown --test bench_storage -- --nocapture 2>&1 \
      | grep -E 'BENCH|test result|panicked'
    ;;
  startup)
    trunk build --release
    node tests/bench/startup.mjs | grep BENCH
    ;;
  calendar)
    trunk build --release
    node tests/bench/calendar.mjs | grep BENCH
    ;;
  timeline)
    trunk build --release
    node tests/bench/timeline.mjs | grep BENCH
    ;;
  text-import)
    trunk build --release
    node tests/bench/text-import.mjs
    ;;
  documents)
    trunk build --release
    node tests/bench/documents.mjs
    ;;
  records)
    trunk build --release
    node tests/bench/records.mjs | grep BENCH
    ;;
  *) echo "unknown benchmark: $1" >&2; exit 2 ;;
esac
