#!/usr/bin/env bash
# CPU cost per request of hostile input: a Release portal over INDEX_DIR answers COUNT generated requests, one at a
# time, with the result cache off; each request's CPU time is the growth of the sum of every server thread's run time
# (/proc/PID/task/*/schedstat, nanoseconds). Prints worst, p99, p50 and mean CPU ms per request, the status codes,
# the CPU of the measured pass by kind of thread, and the most expensive requests (TOP=N of them, default 10, the URL
# cut at 160 characters). WARM=N unmeasured passes come first (default: as many as make 4,000 requests), then a wait
# for the JIT's tiering thread to go quiet, so that the measured pass is the engine's steady state and not the JIT's
# catching up.
#   [COSTLY=1] [TOP=N] [WARM=N] tools/bench/fuzz-cost.sh INDEX_DIR [COUNT=2000] [SEED=1]
# The requests mirror the fuzz test's generator (tests/SearchPortal.Web.Tests/Support/FuzzedRequests.cs): control
# characters, noncharacters, invalid UTF-8, 100 KB values, deep nesting, thousands of terms, repeated parameters,
# odd methods; plus plain misspelt multi-word queries, which reach did-you-mean. Kestrel's own limits apply here
# (an 8 KB request line), so the longest values are answered 414 by Kestrel before the portal sees them.
set -euo pipefail
INDEX=$(realpath "${1:?usage: fuzz-cost.sh INDEX_DIR [COUNT] [SEED]}")
COUNT=${2:-2000}
SEED=${3:-1}
PORT=${PORT:-5098}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
SERVER=""
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f "$INDEX/CURRENT" ] || { echo "error: $INDEX holds no index (no CURRENT file)" >&2; exit 2; }

dotnet build -c Release -nologo -v q "$REPO/src/SearchPortal.Web" >&2
cd "$REPO/src/SearchPortal.Web/bin/Release/net10.0"
env ASPNETCORE_URLS="http://127.0.0.1:$PORT" ASPNETCORE_ENVIRONMENT=Production \
  SearchPortal__IndexPath="$INDEX" SearchPortal__SampleCorpusPath="" SearchPortal__ResultCacheEntries=0 \
  SearchPortal__VocabularyPath="$REPO/data/facet-vocabulary.json" \
  dotnet SearchPortal.Web.dll >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; echo "error: the portal did not start" >&2; exit 1; }
  sleep 0.5
done

python3 - "$SERVER" "$PORT" "$COUNT" "$SEED" "$INDEX" "${COSTLY:-0}" "${TOP:-10}" "${WARM:-0}" <<'PY'
import glob, http.client, random, sys, time
pid, port, count, seed, index = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
costly_on, top, warm = sys.argv[6] == "1", int(sys.argv[7]), int(sys.argv[8]) or -(-4000 // count)
rnd = random.Random(seed)
pieces = ["%EF%BF%BE", "%EF%BF%BF", "%EF%B7%90", "%ED%A0%80", "%ED%BF%BF", "%uD800", "%C0%80", "%FF", "%00", "%01", "%1B",
          "%7F", "%E2%80%8B", "%C2%AD", "%F4%8F%BF%BF", "(", ")", "%22", "*", "?", "~", "%2B", "-", ":", "country:",
          "year:1000-3000", "title:", "AND", "OR", "NOT", "Tokayev", "Xi", "Kazakhstan", "Au%C3%9Fenminister", "SCO",
          "tokaev", "summit", "%20", "+", "%0A", "%09", "%3Cb%3E", "%25"]
words = ["tokaev", "kazakstan", "mirziyoev", "sumit", "minster", "tashknet", "bishkekk", "dushanbee", "diplomcy",
         "cooperatoin", "astanna", "ashgabatt", "uzbekistn", "forein", "relatoins", "presidnet", "secretray", "energi"]
# COSTLY=1 adds the shapes that were the most expensive to evaluate, within the portal's limits (64 words, 1,000
# characters): lists of frequent words joined by commas (one "word" of many parts), many vocabulary names (each expands
# to its spellings) and several short prefixes.
common = ["said", "government", "president", "minister", "foreign", "year", "state", "country", "people", "first", "talks",
          "security", "economic", "cooperation", "development", "region", "trade", "energy", "visit", "relations"]
names = ["Kyrgyzstan", "Belarus", "Kazakhstan", "Tajikistan", "Uzbekistan", "China", "Azerbaijan", "Russia", "Turkmenistan",
         "Germany", "Afghanistan", "India", "France", "Iran", "Armenia", "Tokayev", "Mirziyoyev", "Putin", "SCO", "CSTO"]
prefixes = ["ka*", "pr*", "co*", "st*", "se*", "re*", "in*", "de*", "mi*", "pa*"]
costly = [lambda n: ",".join(rnd.choice(common) for _ in range(n)),
          lambda n: "+".join(rnd.choice(names) for _ in range(n)),
          lambda n: "+".join(rnd.choice(prefixes) for _ in range(n // 4))] if costly_on else []
paths = ["/", "/api/search", "/api/suggest", "/articles/x", "/api/articles/x"]
params = ["q", "q", "q", "country", "format", "year", "official", "lang", "sort", "page", "size", "more"]
methods = ["GET"] * 8 + ["HEAD", "TRACE", "PUT", "DELETE", "OPTIONS"]

def value():
    k = rnd.randrange(12)
    if k == 0: return "a" * 7000
    if k == 1: return "(" * rnd.randrange(50, 2000) + "Tokayev"
    if k == 2: return "%22a+" * rnd.randrange(50, 1000)
    if k == 3: return "+".join("w%d%s" % (i, rnd.choice(["", "*", "~"])) for i in range(rnd.randrange(100, 900)))
    if k in (4, 5, 6): return "+".join(rnd.choice(words) for _ in range(rnd.randrange(1, 12)))
    if k == 7 and costly: return rnd.choice(costly)(rnd.randrange(8, 64))
    return "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12)))

def request():
    path = rnd.choice(paths)
    n = rnd.choice([0, 1, 1, 2, 3, rnd.randrange(100, 600)])
    parts = []
    rep = rnd.choice(params)
    for i in range(n):
        parts.append("%s=%s" % (rep if n > 50 else rnd.choice(params), rnd.choice(pieces) + str(i) if n > 50 else value()))
    return rnd.choice(methods), path + ("?" + "&".join(parts) if parts else "")

# Run time in ns of each server thread by (thread id, name): the runtime names its threads (".NET TP Worker",
# ".NET Tiered Com", ".NET Server GC", ...), which tells the request's own work from what the runtime does beside it.
def thread_ns():
    times = {}
    for f in glob.glob("/proc/%d/task/*/schedstat" % pid):
        tid = f.split("/")[-2]
        try:
            times[(tid, open("/proc/%d/task/%s/comm" % (pid, tid)).read().strip())] = int(open(f).read().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return times

def kind(name):
    for part, label in (("Tiered Com", "JIT tiering"), ("GC", "GC"), ("TP Worker", "thread pool (requests, slices)")):
        if part in name:
            return label
    return "other"

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
corpus = [request() for _ in range(count)]
costs, by_kind = [], {}
def send(method, url):
    global conn
    try:
        conn.request(method, url)
        response = conn.getresponse(); response.read(); status = response.status
        if response.getheader("connection", "").lower() == "close":
            conn.close(); conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    except (http.client.HTTPException, OSError):
        status = "reset"; conn.close(); conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    return status

# The warm passes pay for JIT compilation; with tiered PGO a method is compiled up to three times (tier 0, instrumented,
# optimised), the later ones on a background thread, so with one warm pass over 1,000 requests that thread was still
# compiling thousands of methods through the measured pass and charged 1-2 s of CPU to whichever request ran.
for method, url in corpus * warm:
    send(method, url)
def tiering_ns():
    return sum(v for k, v in thread_ns().items() if kind(k[1]) == "JIT tiering")
waited, last = 0.0, tiering_ns()
while waited < 60:
    time.sleep(1); waited += 1
    now = tiering_ns()
    if now - last < 1e6:
        break
    last = now
for method, url in corpus:
    before = thread_ns()
    start = time.perf_counter()
    status = send(method, url)
    wall = time.perf_counter() - start
    time.sleep(0.005)  # let background threads (GC, logging) finish what this request started
    after = thread_ns()
    for key, ns in after.items():
        by_kind[kind(key[1])] = by_kind.get(kind(key[1]), 0) + ns - before.get(key, 0)
    spent = sum(after.values()) - sum(before.get(k, 0) for k in after)
    costs.append((spent / 1e6, wall * 1e3, status, method, url))
statuses = {}
for c in costs:
    statuses[c[2]] = statuses.get(c[2], 0) + 1
cpu = sorted(c[0] for c in costs)
pct = lambda p: cpu[min(len(cpu) - 1, int(p * len(cpu)))]
print("index %s, %d requests (seed %d%s), result cache off" % (index, count, seed, ", costly shapes" if costly_on else ""))
print("CPU ms per request: worst %.1f, p99 %.1f, p50 %.1f, mean %.1f; worst wall %.1f ms" % (cpu[-1], pct(0.99), pct(0.5), sum(cpu) / len(cpu), max(c[1] for c in costs)))
print("statuses: " + ", ".join("%s: %d" % (k, v) for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0]))))
# The median per status tells the engine's cost (200) from the floor that background threads (GC, JIT, the thread
# pool) charge to every request, including those answered before any search (400, 404, 405).
def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]
print("p50 CPU ms by status: " + ", ".join("%s: %.1f" % (k, median([c[0] for c in costs if c[2] == k])) for k in sorted(statuses, key=str)))
print("%d warm passes, then %.0f s until JIT tiering went quiet; measured pass CPU s by thread: %s" % (warm, waited,
      ", ".join("%s %.2f" % (k, v / 1e9) for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1]))))
if by_kind.get("JIT tiering", 0) > sum(by_kind.values()) / 3:
    print("note: the JIT was still compiling through the measured pass (over a third of its CPU): raise WARM")
print("most expensive:")
for c in sorted(costs, key=lambda c: -c[0])[:top]:
    print("  %.1f ms CPU, %.1f ms wall, %s %s %s" % (c[0], c[1], c[2], c[3], c[4][:160]))
PY
