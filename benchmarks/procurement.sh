#!/usr/bin/env bash
# Procurement open data and DLA views at province scale (Procurement issue): migrates a fresh database with the demo
# data, adds synthetic published cases for every LAO of the demo province (`seed procurement-benchmark`, default
# 40,000 cases in FY 2569, with items, bids, awards, contracts and instalments), then measures p50/p95 over 50
# requests (curl, loopback, after 5 warm-ups) of the province officer's DLA report (screen and one table as xlsx),
# the public list (anonymous) and the release package of the LAO-year with the most cases (anonymous, first page).
# Prints figures; no pass/fail.
# Usage: bash benchmarks/procurement.sh [--cases N] [--db FILE]
#   --cases N  cases to generate (default 40000)
#   --db FILE  keep the database in FILE; when FILE exists already, skip generation and only measure
set -euo pipefail
cd "$(dirname "$0")/.."
cases=40000
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --cases) cases=$2; shift 2 ;;
    --db) keep=$2; shift 2 ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
work=$(mktemp -d)
port=5394
year=2569
bin="$PWD/src/LocalGov.Web/bin/Release/net10.0"
dotnet build src/LocalGov.Web -c Release -v quiet -nologo >/dev/null
db="${keep:-$work/procurement.db}"
source benchmarks/lib.sh

if [ -n "$keep" ] && [ -f "$keep" ]; then echo "reusing $keep"; else
t0=$(ms); host seed procurement-benchmark --year "$year" --cases "$cases" --Database:SeedDemoData=true | grep -E "procurement-benchmark" || true; t1=$(ms)
echo "generate: $((t1 - t0)) ms (whole command, including start-up, migration and the demo data)"
fi
lao=$(python3 - "$db" "$year" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
t = [r[0] for r in c.execute("select name from sqlite_master where type='table' and name like '%ProcurementCase'")][0]
code = c.execute(f"select l.Code from \"{t}\" p join org_Lao l on l.Id = p.LaoId where p.FiscalYear=? and p.PublishedOn is not null group by l.Code order by count(*) desc limit 1", (int(sys.argv[2]),)).fetchone()[0]
n = c.execute(f"select count(*) from \"{t}\" where FiscalYear=?", (int(sys.argv[2]),)).fetchone()[0]
print(code); print(f"cases in FY {sys.argv[2]}: {n}", file=sys.stderr)
PY
)
echo "LAO-year measured: $lao / $year"

serve
login province "$work/province.txt"
: > "$work/anonymous.txt"
for p in "/Procurement/Reports?year=$year" "/Procurement/Reports?year=$year&format=xlsx&table=lao" "/Procurement/Reports?year=$year&format=xlsx&table=late"; do
  printf '%-64s %s\n' "$p (province)" "$(percentiles "$work/province.txt" "$p")"
done
for p in "/Procurement/Public" "/Procurement/Public?year=$year&method=Specific&page=3" "/api/procurement/ocds/releases?lao=$lao&year=$year"; do
  printf '%-64s %s\n' "$p (anonymous)" "$(percentiles "$work/anonymous.txt" "$p")"
done
kill "$pid"; wait "$pid" 2>/dev/null || true
