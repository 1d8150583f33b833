#!/usr/bin/env bash
# Finance reports on a large municipality's year (Finance issue, "Scale and speed"): migrates a fresh database with
# the demo data, adds ~200,000 synthetic journal lines for FY 2569 to the demo LAO (`seed finance-benchmark`:
# receipts, deposits and budget payments with withholding tax), then measures p50/p95 over 50 signed-in requests
# (curl, loopback, after 5 warm-ups) of the trial balance and the budget execution report for one month and for the
# year, their Excel exports, and the same ledger aggregates as raw SQL (python3's sqlite3). Prints figures; no pass/fail.
# Usage: bash benchmarks/finance-reports.sh [--lines N] [--db FILE]
#   --lines N  journal lines to generate (default 200000)
#   --db FILE  keep the database in FILE; when FILE exists already, skip generation and only measure
set -euo pipefail
cd "$(dirname "$0")/.."
lines=200000
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --lines) lines=$2; shift 2 ;;
    --db) keep=$2; shift 2 ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
work=$(mktemp -d)
port=5393
year=2569
bin="$PWD/src/LocalGov.Web/bin/Release/net10.0"
dotnet build src/LocalGov.Web -c Release -v quiet -nologo >/dev/null
db="${keep:-$work/finance.db}"
source benchmarks/lib.sh

if [ -n "$keep" ] && [ -f "$keep" ]; then echo "reusing $keep"; else
t0=$(ms); host seed finance-benchmark --year "$year" --lines "$lines" --Database:SeedDemoData=true | grep -E "finance-benchmark" || true; t1=$(ms)
echo "generate: $((t1 - t0)) ms (whole command, including start-up, migration and the demo data)"
fi
lao=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select Id from org_Lao where Code='3260101'\").fetchone()[0])" "$db")
python3 - "$db" "$lao" "$year" <<'PY'
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1]); lao = int(sys.argv[2]); year = int(sys.argv[3])
print("ledger of LAO %d, FY %d: %d entries, %d lines" % (lao, year,
    c.execute("select count(*) from finance_JournalEntry where LaoId=? and FiscalYear=?", (lao, year)).fetchone()[0],
    c.execute("select count(*) from finance_JournalLine where LaoId=? and FiscalYear=?", (lao, year)).fetchone()[0]))
def timing(sql, args, n=50):
    v = []
    for _ in range(n):
        s = time.perf_counter(); c.execute(sql, args).fetchall(); v.append((time.perf_counter() - s) * 1000)
    v.sort(); return "p50 %.1f ms, p95 %.1f ms" % (v[n // 2], v[int(n * 0.95) - 1])
by = lambda key: f"select {key}, sum(Debit), sum(Credit) from finance_JournalLine where LaoId=? and FiscalYear=? and {key} is not null and Period>=? and Period<=? group by {key}"
print("raw SQL, totals by account, year (trial balance):      " + timing(by("AccountId"), (lao, year, 0, 13)))
print("raw SQL, totals by account, one month:                 " + timing(by("AccountId"), (lao, year, 3, 3)))
print("raw SQL, totals by budget line, year (execution):      " + timing(by("BudgetLineId"), (lao, year, 1, 12)))
PY

serve
login finance "$work/finance.txt"
for p in "TrialBalance?year=$year&month=3" "TrialBalance?year=$year" "BudgetExecution?year=$year&month=3" "BudgetExecution?year=$year" \
         "TrialBalance?year=$year&format=xlsx" "BudgetExecution?year=$year&format=xlsx"; do
  printf '%-48s %s\n' "/Finance/Reports/$p" "$(percentiles "$work/finance.txt" "/Finance/Reports/$p")"
done
kill "$pid"; wait "$pid" 2>/dev/null || true
