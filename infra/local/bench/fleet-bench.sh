#!/usr/bin/env bash
# Training fleet benchmark (docs/benchmarks.md, "Training fleet"): the same jobs trained by one
# runner process, then by two runner processes on one queue.
#
#   infra/local/bench/fleet-bench.sh [--data DIR] [--coins N] [--threads T] [--home DIR]
#
# --data    1h kline folder to import (default: ../shared/data/klines/1h, the 315 shared coins)
# --coins   train the N coins the selector ranks first (default 10; 0 = every selected coin)
# --threads runner threads per process (default 1)
# --home    engine home (default /tmp/fleet-bench); the lake is imported once and reused
#
# Each run gets its own training seed (a new config version, so new job ids): a rerun on the same
# home trains everything again instead of finding it registered. Both runs use 1h and 4h, the
# configured families and the 5-window walk-forward validation.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
DATA="$ROOT/../shared/data/klines/1h"
COINS=10
THREADS=1
HOME_DIR=/tmp/fleet-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA="$2"; shift 2 ;;
    --coins) COINS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --home) HOME_DIR="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
# Fixed ports, so the second runner process finds the servers of the first.
export ENGINE_STORAGE_EMBEDDED_PORT="${ENGINE_STORAGE_EMBEDDED_PORT:-19090}"
export ENGINE_QUEUE_EMBEDDED_PORT="${ENGINE_QUEUE_EMBEDDED_PORT:-19324}"
export ENGINE_HTTP_PORT=0
METRICS_PORT="${FLEET_BENCH_METRICS_PORT:-19464}"
COINS_ARG=()
[ "$COINS" != "0" ] && COINS_ARG=(--coins "$COINS")
OUT="$HOME_DIR/bench-$(date -u +%Y%m%dT%H%M%S)"
mkdir -p "$OUT"
ENGINE="$ROOT/engine"

echo "== import $DATA into $HOME_DIR"
"$ENGINE" lake import --data "$DATA" --home "$HOME_DIR" | tail -3

SEED=$(( $(date +%s) % 1000000 ))
echo "== one runner process ($THREADS threads), seed $SEED"
ENGINE_TRAINING_SEED=$SEED "$ENGINE" train "${COINS_ARG[@]}" --runners "$THREADS" \
  --home "$HOME_DIR" > "$OUT/one.log" 2>&1
grep -E "^training:.*= |^training done|^this process" "$OUT/one.log"

SEED=$((SEED + 1))
echo "== two runner processes ($THREADS threads each) on one queue, seed $SEED"
ENGINE_TRAINING_SEED=$SEED "$ENGINE" train "${COINS_ARG[@]}" --runners "$THREADS" \
  --home "$HOME_DIR" > "$OUT/two.log" 2>&1 &
TRAIN=$!
# The second process joins once the first has started the servers and enqueued the jobs.
until grep -q "jobs (lake snapshot" "$OUT/two.log" 2>/dev/null; do
  kill -0 $TRAIN 2>/dev/null || { cat "$OUT/two.log"; exit 1; }
  sleep 0.2
done
ENGINE_TRAINING_SEED=$SEED ENGINE_OBSERVABILITY_METRICS_PORT=$METRICS_PORT \
  "$ENGINE" runner --runners "$THREADS" --home "$HOME_DIR" > "$OUT/runner.log" 2>&1 &
RUNNER=$!
# Keep the second process's last scrape: once the first process ends, its servers are gone.
while kill -0 $TRAIN 2>/dev/null; do
  curl -sf "http://127.0.0.1:$METRICS_PORT/metrics" > "$OUT/scrape.tmp" \
    && mv "$OUT/scrape.tmp" "$OUT/runner-metrics.txt"
  sleep 2
done
wait $TRAIN
kill -TERM $RUNNER 2>/dev/null || true
wait $RUNNER || true
grep -E "^training:.*= |^training done|^this process" "$OUT/two.log"
echo "second process (its /metrics):"
grep -E "^engine_runner_jobs_total|^engine_runner_stage_duration_seconds_sum|^engine_runner_job_duration_seconds_(sum|count)" \
  "$OUT/runner-metrics.txt" || echo "  (no metrics: see $OUT/runner.log)"
echo "logs in $OUT"
