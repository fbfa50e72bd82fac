#!/usr/bin/env bash
# The production shape of compose.yaml on this machine, without containers: a PostgreSQL
# primary with a streaming replica, two replicas of the production bundle behind a reverse
# proxy, the mixed load, one replica killed and restarted; then the checks (see
# infra/README.md). Options go to bench/src/production-shape/smoke.ts:
#   bash infra/smoke.sh                       # CI: 200 virtual users for 60 s
#   bash infra/smoke.sh --seconds 600 --out bench/.results/production-shape.json   # the benchmark
# SKIP_BUILD=1 reuses an existing apps/server/dist.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_BUILD:-}" != 1 ]; then
  npm run build:prod
fi
exec npx tsx bench/src/production-shape/smoke.ts "$@"
