#!/usr/bin/env bash
# Budget roll-ups on the national dataset (Budgeting issue, "Scale and speed"): generates the national budgets
# (seed national: 7,850 LAOs, ~300 lines per current-year budget and ~150 per previous-year budget), adds two
# benchmark accounts (`seed benchmark-users`: the national dataset has no users), then measures p50/p95 of the
# national and province roll-up pages and their Excel exports over 50 signed-in requests (curl, loopback, after
# 5 warm-ups), and the same aggregates as raw SQL with python3's sqlite3 module. Prints figures; no pass/fail.
# Usage: bash benchmarks/budget-rollups.sh [--laos N] [--db FILE]
#   --laos N   LAOs to generate (default 7850)
#   --db FILE  keep the generated database in FILE; when FILE exists already, skip generation and only measure
set -euo pipefail
cd "$(dirname "$0")/.."
laos=7850
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --laos) laos=$2; shift 2 ;;
    --db) keep=$2; shift 2 ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
work=$(mktemp -d)
port=5392
bin="$PWD/src/LocalGov.Web/bin/Release/net10.0"
dotnet build src/LocalGov.Web -c Release -v quiet -nologo >/dev/null
db="${keep:-$work/national.db}"
source benchmarks/lib.sh

if [ -n "$keep" ] && [ -f "$keep" ]; then echo "reusing $keep"; else
t0=$(ms); host seed national --laos "$laos" | grep -E "National (budgets|dataset)" || true; t1=$(ms)
echo "seed national ($laos LAOs, organisations + budgets + summary rebuild), whole command: $((t1 - t0)) ms"
python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print("rows: budgets %d, lines %d, revenue estimates %d, summaries %d, by classification %d; file %.0f MB" % (
    c.execute("select count(*) from budgeting_Budget").fetchone()[0], c.execute("select count(*) from budgeting_BudgetLine").fetchone()[0],
    c.execute("select count(*) from budgeting_RevenueEstimate").fetchone()[0], c.execute("select count(*) from budgeting_Summary").fetchone()[0],
    c.execute("select count(*) from budgeting_SummaryByClassification").fetchone()[0],
    c.execute("pragma page_count").fetchone()[0] * c.execute("pragma page_size").fetchone()[0] / 1e6))
PY
t0=$(ms); host rebuild budget-summaries | grep -E "rebuilt" || true; t1=$(ms)
echo "rebuild budget-summaries, whole command: $((t1 - t0)) ms"
host seed benchmark-users >/dev/null
fi

serve
province=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select Id from org_Province where Code='26'\").fetchone()[0])" "$db")
login dla "$work/dla.txt"
login province "$work/province.txt"
# The LAO budget with the most lines in the current fiscal year (~300), exported as its Excel workbook: the first
# request right after start and sign-in (ClosedXML is warmed up in the background once the host has started),
# then p50/p95 like the pages.
budget=$(python3 -c "
import sqlite3,sys,datetime
d=datetime.date.today(); fy=d.year+543+(1 if d.month>=10 else 0)
print(sqlite3.connect(sys.argv[1]).execute('select BudgetId from budgeting_BudgetLine l join budgeting_Budget b on b.Id=l.BudgetId where b.FiscalYear=? and b.ProvinceId=? group by BudgetId order by count(*) desc limit 1',(fy,int(sys.argv[2]))).fetchone()[0])" "$db" "$province")
lines=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from budgeting_BudgetLine where BudgetId=?',(int(sys.argv[2]),)).fetchone()[0])" "$db" "$budget")
echo "LAO budget Excel export ($lines lines), first request after start:  $(curl -s -o /dev/null -b "$work/dla.txt" -w '%{http_code} %{time_total}' "http://127.0.0.1:$port/Budgeting/Excel/Export/$budget" | awk '{printf "%.0f ms (HTTP %s)", $2*1000, $1}')"
echo "LAO budget Excel export ($lines lines):                           $(percentiles "$work/dla.txt" "/Budgeting/Excel/Export/$budget")"
echo "national roll-up page (77 provinces, by type, by แผนงาน, by งบ): $(percentiles "$work/dla.txt" /Budgeting/Rollups)"
echo "province roll-up page (province 26, every LAO):                  $(percentiles "$work/province.txt" "/Budgeting/Rollups/Province/$province")"
echo "national roll-up Excel export:                                   $(percentiles "$work/dla.txt" /Budgeting/Rollups/ExportNational)"
echo "province roll-up Excel export:                                   $(percentiles "$work/province.txt" "/Budgeting/Rollups/Province/$province/Export")"
kill "$pid"; wait "$pid" 2>/dev/null || true

python3 - "$db" "$province" <<'PY'
import sqlite3, sys, time, datetime
c = sqlite3.connect(sys.argv[1]); p = int(sys.argv[2])
today = datetime.date.today()
fy = today.year + 543 + (1 if today.month >= 10 else 0)
def bench(name, statements):
    for _ in range(5):
        for sql, args in statements: c.execute(sql, args).fetchall()
    v = []
    for _ in range(50):
        t = time.perf_counter()
        for sql, args in statements: c.execute(sql, args).fetchall()
        v.append((time.perf_counter() - t) * 1000)
    v.sort()
    print(f"{name}: p50 {v[25]:.1f} ms, p95 {v[46]:.1f} ms")
totals = ("select FiscalYear, {k}, Status, count(*), sum(RevenueTotal), sum(ExpenditureTotal), sum(PersonnelTotal), sum(CapitalTotal) "
          "from budgeting_Summary where FiscalYear in (?, ?){w} group by FiscalYear, {k}, Status")
classes = ("select c.Id, c.Kind, c.Code, c.NameTh, c.NameEn, c.SortOrder, x.Amount from (select ClassificationId, sum(Amount) as Amount "
           "from budgeting_SummaryByClassification where FiscalYear = ?{w} group by ClassificationId) x join budgeting_Classification c on c.Id = x.ClassificationId")
bench("raw SQL, national aggregates (by province and by type, this and last year; by classification)", [
    (totals.format(k="ProvinceId", w=""), (fy, fy - 1)), (totals.format(k="LaoType", w=""), (fy, fy - 1)), (classes.format(w=""), (fy,))])
bench("raw SQL, province aggregates (LAO rows this and last year; by classification)", [
    ("select * from budgeting_Summary where ProvinceId = ? and FiscalYear in (?, ?)", (p, fy, fy - 1)),
    ("select LaoId, Id from budgeting_Budget where ProvinceId = ? and FiscalYear = ? and Kind = 1", (p, fy)),
    (classes.format(w=" and ProvinceId = ?"), (fy, p))])
t = time.perf_counter()
c.execute("select b.ProvinceId, b.Status, count(distinct b.Id), sum(l.CurrentAmount) from budgeting_BudgetLine l join budgeting_Budget b on b.Id = l.BudgetId where b.FiscalYear = ? group by b.ProvinceId, b.Status", (fy,)).fetchall()
print(f"raw SQL, national totals scanned from the lines instead (one run, for contrast): {(time.perf_counter() - t) * 1000:.0f} ms")
PY
rm -rf "$work"/logs "$work"/*.txt "$work/app.log" "$work/national.db"; rmdir "$work" 2>/dev/null || true
