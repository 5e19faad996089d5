#!/usr/bin/env bash
# A sample of production shape without containers: two api replicas on one PostgreSQL, on ports 3001 and 3002
# (put a load balancer or nginx in front; its health check is /api/health/ready). Ctrl-C stops both gracefully.
#   DATABASE_URL=postgres://… JWT_SECRET=… bash scripts/replicas.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
: "${DATABASE_URL:?set DATABASE_URL (both replicas share it: data, files and the job queue)}"
: "${JWT_SECRET:?set JWT_SECRET (the same for every replica, so a token from one is valid on the other)}"
pids=()
for port in 3001 3002; do
  PORT=$port node apps/api/dist/main.js &
  pids+=($!)
done
trap 'kill -TERM "${pids[@]}" 2>/dev/null; wait' INT TERM
wait
