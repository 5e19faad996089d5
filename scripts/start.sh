#!/usr/bin/env bash
# The one command to run thidua: installs, builds, and starts the api with the console on the embedded database
# (SQLite under ./data, with demo data on first start). Open http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/node-env.sh # Node 22 first on PATH when setup installed it
echo "→ building"
pnpm exec turbo run build --output-logs=errors-only
exec node apps/api/dist/main.js
