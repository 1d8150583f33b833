#!/usr/bin/env bash
# Open data on the national dataset (issue 10, "Scale and speed"): load test of the citizen portal and the public API
# with wrk on loopback, bounded in time. Installs wrk (Debian package) if missing, builds Release, prepares the national
# database (generates it with `seed national`, which ends with the Open data national publication, or reuses --db and
# runs `publish national` on it, which publishes only what is not published yet), starts the app in Production mode on
# 127.0.0.1 with the rate limits raised and request logging quieted, then measures:
#   cached:   each URL of CACHED_URLS for one LAO, `wrk -t2 -c16 -d15s --latency` (after a warm-up request);
#             targets >= 1,000 req/s and p99 < 100 ms;
#   uncached: UNCACHED_URL for a different LAO on every request (benchmarks/opendata.lua strides through the list of
#             LAOs with a published budget, so the output cache misses); target p95 < 150 ms; and curl p50/p95 over
#             50 distinct LAOs (one request each, none cached before).
# Prints a summary table; no pass/fail. The pages are named by templates ({code} = LAO code, {year} = fiscal year), so
# the script can be checked against any anonymous page, e.g.
#   CACHED_URLS="/Organizations/Laos /Procurement/Public" UNCACHED_URL="/Procurement/Public/Plans?lao={code}&year={year}" bash benchmarks/opendata.sh --db /tmp/od-national.db
# Usage: bash benchmarks/opendata.sh [--db FILE] [--laos N] [--year Y] [--lao CODE] [--duration 15s] [--no-build]
#   --db FILE      national database; generated there when FILE does not exist, reused (and published) when it does
#   --laos N       LAOs to generate for a new database (default 7850)
#   --year Y       fiscal year (B.E.) of the pages (default 2569, which every LAO of the national dataset has in force)
#   --lao CODE     LAO of the cached runs (default: the most populous LAO with a published budget of the year)
#   --duration D   wrk duration of each run (default 15s)
#   --no-build     use the existing build (BIN=folder picks another build than Release, e.g. to check the script)
set -euo pipefail
cd "$(dirname "$0")/.."
laos=7850
keep=""
year=2569
lao=""
duration=15s
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --db) keep=$2; shift 2 ;;
    --laos) laos=$2; shift 2 ;;
    --year) year=$2; shift 2 ;;
    --lao) lao=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
CACHED_URLS=${CACHED_URLS:-"/open/lao/{code}?year={year} /api/v1/budgets/{code}/{year} /api/v1/budget-lines?lao={code}&year={year}"}
UNCACHED_URL=${UNCACHED_URL:-"/open/lao/{code}?year={year}"}

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)"
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else sudo apt-get install -y wrk >/dev/null; fi
fi

work=$(mktemp -d)
mkdir -p "$work/logs"
port=5395
bin="${BIN:-$PWD/src/LocalGov.Web/bin/Release/net10.0}"
[ "$build" = 0 ] || dotnet build src/LocalGov.Web -c Release -v quiet -nologo >/dev/null
db="${keep:-$work/national.db}"
source benchmarks/lib.sh
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"

if [ -n "$keep" ] && [ -f "$keep" ]; then
  echo "reusing $keep"
  t0=$(ms); host publish national --year "$year" | grep -E "publish national" || true; t1=$(ms)
  echo "publish national --year $year (only what is not published yet), whole command: $((t1 - t0)) ms"
else
  t0=$(ms); host seed national --laos "$laos" | grep -E "National dataset|Open data national" || true; t1=$(ms)
  echo "seed national ($laos LAOs, ending with the Open data national publication), whole command: $((t1 - t0)) ms"
fi

# LAOs with a published budget of the year, most populous first.
python3 - "$db" "$year" "$work/codes.txt" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); y = int(sys.argv[2])
rows = c.execute("""select l.Code from opendata_PublishedBudget b join org_Lao l on l.Id = b.LaoId
                    where b.FiscalYear = ? order by l.Population desc, l.Code""", (y,)).fetchall()
if not rows:  # nothing published (an older build): any LAO, so that the mechanics still run
    rows = c.execute("select Code from org_Lao order by Population desc, Code").fetchall()
open(sys.argv[3], "w").write("\n".join(r[0] for r in rows) + "\n")
count = lambda table: c.execute("select count(*) from %s where FiscalYear = ?" % table, (y,)).fetchone()[0]
print("published budgets of %d: %d, lines %d" % (y, count("opendata_PublishedBudget"), count("opendata_PublishedBudgetLine")))
PY
lao=${lao:-$(head -1 "$work/codes.txt")}
# The last 50 codes for curl, the others for wrk: no LAO is asked by both, so curl's requests are all cache misses.
tail -50 "$work/codes.txt" >"$work/curl-codes.txt"
head -n -50 "$work/codes.txt" >"$work/wrk-codes.txt"
url() { local u=${1//\{code\}/$2}; echo "${u//\{year\}/$year}"; }

export OpenData__RateLimit__ApiPermitsPerMinute=100000000 OpenData__RateLimit__PagePermitsPerMinute=100000000
export Serilog__MinimumLevel__Default=Warning
serve
trap 'kill "$pid" 2>/dev/null || true' EXIT
results=()
run() { # NAME URL [template codes-file]: one wrk run, its result line kept for the table
  local name=$1 path=$2 out code
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
  if [ "$code" != 200 ]; then echo "warning: $path answered $code; skipped (is the page merged?)"; results+=("$name|$path|answered $code"); return; fi
  if [ $# -gt 2 ]; then
    out=$(wrk -t2 -c16 -d"$duration" --latency -s benchmarks/opendata.lua "http://127.0.0.1:$port" -- "$3" "$4" 2)
  else
    out=$(wrk -t2 -c16 -d"$duration" --latency -s benchmarks/opendata.lua "http://127.0.0.1:$port$path")
  fi
  echo "--- $name $path"; echo "$out" | grep -E "Latency|Req/Sec|requests in|Requests/sec|Non-2xx|Socket errors|^ +(50|75|90|99)%" || true
  results+=("$name|$path|$(echo "$out" | grep '^result' | cut -d' ' -f2-)")
}

# Uncached first, so that no LAO page of the lists is in the cache yet.
printf '%s\n' "--- curl, 50 distinct LAOs (one request each): $(url "$UNCACHED_URL" '<code>')"
curl_result=$(while read -r code; do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port$(url "$UNCACHED_URL" "$code")"; done <"$work/curl-codes.txt" |
  python3 -c "
import sys
rows=[l.split() for l in sys.stdin]
bad=[r[0] for r in rows if r[0]!='200']
v=sorted(float(r[1])*1000 for r in rows)
print(f'p50 {v[len(v)//2]:.1f} ms, p95 {v[int(len(v)*0.95)-1]:.1f} ms' + (f' (non-200: {len(bad)}, e.g. {bad[:3]})' if bad else ''))")
echo "$curl_result"
run "uncached, a different LAO per request" "$(url "$UNCACHED_URL" "$(head -1 "$work/wrk-codes.txt")")" "$(url "$UNCACHED_URL" '{code}')" "$work/wrk-codes.txt"

for template in $CACHED_URLS; do
  path=$(url "$template" "$lao")
  curl -s -o /dev/null "http://127.0.0.1:$port$path"
  if [[ $template == *"{code}"* ]]; then run "cached, LAO $lao" "$path"; else run "cached" "$path"; fi
done

echo
echo "summary (wrk -t2 -c16 -d$duration on loopback; targets: cached >= 1000 req/s and p99 < 100 ms, uncached p95 < 150 ms)"
printf '%-38s %-52s %s\n' "run" "url" "result (ms)"
for r in "${results[@]}"; do IFS='|' read -r name path result <<<"$r"; printf '%-38s %-52s %s\n' "$name" "${path:0:52}" "$result"; done
printf '%-38s %-52s %s\n' "uncached, curl over 50 LAOs" "$(url "$UNCACHED_URL" '<code>')" "$curl_result"
kill "$pid"; wait "$pid" 2>/dev/null || true
trap - EXIT
rm -rf "$work"/logs "$work"/*.txt "$work/app.log" "$work/national.db"; rmdir "$work" 2>/dev/null || true
