#!/usr/bin/env bash
# Sets up what is missing, builds jihua and serves it on http://127.0.0.1:8080/
# (PORT=… to change). Stop with Ctrl+C. The built files are in dist/: the static
# app (copy the folder to any web server) and dist/jihua.html, the single file for
# a USB stick.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
PORT=${PORT:-8080}
printf '\n\033[1mjihua will be at http://127.0.0.1:%s/\033[0m\n' "$PORT"
printf 'The single file for a USB stick will be %s/dist/jihua.html\n\n' "$PWD"
exec trunk serve --release --address 127.0.0.1 --port "$PORT" --no-autoreload
