#!/usr/bin/env bash
# Runs every test: unit, plugin, API end to end and browser end to end. On the embedded SQLite by default;
# with DATABASE_URL=postgres://… the api and browser suites run against PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/node-env.sh # Node 22 first on PATH when setup installed it
echo "→ build, typecheck, lint"
pnpm exec turbo run build typecheck lint --output-logs=errors-only
pnpm exec prettier --check . --log-level warn
pnpm exec eslint bench scripts eslint.config.js
pnpm exec tsc -p tsconfig.scripts.json
echo "→ tests ($([[ -n ${DATABASE_URL:-} ]] && echo PostgreSQL || echo SQLite))"
pnpm exec turbo run test --concurrency=1
