#!/usr/bin/env bash
# Load test of the running portal with wrk on 127.0.0.1: search pages and /api/search over a query set.
#   tools/bench/portal-load.sh INDEX_DIR QUERIES_FILE [SECONDS=30] [CONNECTIONS=16]
# INDEX_DIR is an index root (as built by rebuild, bench-index or bench-scale); QUERIES_FILE has one query a line
# (e.g. ../shared/bench/peers/queries.txt). Prints one line per target and the web process's peak RSS (VmHWM), with
# the part of the resident memory that is the memory-mapped index (RssFile) beside the heap (RssAnon) at the end.
# RESULT_CACHE=N sets the portal's result cache to N entries (SearchPortal:ResultCacheEntries); RESULT_CACHE=0 runs
# without it, so every request reaches the engine. Default: the portal's own default (appsettings.json).
set -euo pipefail
INDEX=$(realpath "${1:?usage: portal-load.sh INDEX_DIR QUERIES_FILE [SECONDS] [CONNECTIONS]}")
QUERIES=$(realpath "${2:?usage: portal-load.sh INDEX_DIR QUERIES_FILE [SECONDS] [CONNECTIONS]}")
SECONDS_=${3:-30}
CONNECTIONS=${4:-16}
PORT=${PORT:-5099}
RESULT_CACHE=${RESULT_CACHE:-}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
SERVER=""
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { echo "error: wrk not found (apt-get install -y wrk)" >&2; exit 2; }
[ -f "$INDEX/CURRENT" ] || { echo "error: $INDEX holds no index (no CURRENT file)" >&2; exit 2; }

dotnet build -c Release -nologo -v q "$REPO/src/SearchPortal.Web" >&2
python3 - "$QUERIES" "$WORK" <<'PY'
import sys, urllib.parse
queries = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
with open(sys.argv[2] + "/page.txt", "w") as page, open(sys.argv[2] + "/api.txt", "w") as api:
    for q in queries:
        page.write("/?q=" + urllib.parse.quote(q) + "\n")
        api.write("/api/search?q=" + urllib.parse.quote(q) + "\n")
PY

cd "$REPO/src/SearchPortal.Web/bin/Release/net10.0"
# Through env, so that the cache setting is passed only when given.
env ASPNETCORE_URLS="http://127.0.0.1:$PORT" ASPNETCORE_ENVIRONMENT=Production \
  SearchPortal__IndexPath="$INDEX" SearchPortal__SampleCorpusPath="" \
  SearchPortal__VocabularyPath="$REPO/data/facet-vocabulary.json" \
  ${RESULT_CACHE:+"SearchPortal__ResultCacheEntries=$RESULT_CACHE"} \
  dotnet SearchPortal.Web.dll >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; echo "error: the portal did not start" >&2; exit 1; }
  sleep 0.5
done

echo "portal on 127.0.0.1:$PORT, index $INDEX, $(wc -l <"$WORK/page.txt") queries, $CONNECTIONS connections, ${SECONDS_}s, result cache: ${RESULT_CACHE:-default}"
TICK=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
for target in page api; do
  # Untimed warm-up: one pass over the query set one request at a time (the index pages the queries touch are then in
  # memory and, with the result cache on, every answer is cached: the measured run is the steady state), then 10 s of
  # wrk for the JIT.
  while read -r path; do curl -fs -o /dev/null "http://127.0.0.1:$PORT$path" || true; done <"$WORK/$target.txt"
  wrk -t2 -c"$CONNECTIONS" -d10s -s "$REPO/tools/bench/wrk-rotate.lua" "http://127.0.0.1:$PORT" -- "$WORK/$target.txt" >/dev/null
  before=$(cpu_ticks)
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_}s" --latency -s "$REPO/tools/bench/wrk-rotate.lua" \
    "http://127.0.0.1:$PORT" -- "$WORK/$target.txt" | tail -1)
  after=$(cpu_ticks)
  # The web process's CPU time per request (user + system) is the figure that holds on a shared machine.
  requests=$(sed -E 's/.*"requests": ([0-9]+).*/\1/' <<<"$result")
  echo "$target $result server CPU ms/request: $(awk -v t=$((after - before)) -v hz="$TICK" -v n="$requests" 'BEGIN {printf "%.2f", n ? 1000 * t / hz / n : 0}')"
done
status() { awk -v key="$1:" '$1 == key {print int($2 / 1024)}' "/proc/$SERVER/status"; }
echo "web peak RSS MiB: $(status VmHWM) (at the end: $(status RssAnon) heap and other anonymous, $(status RssFile) mapped index and code files)"
