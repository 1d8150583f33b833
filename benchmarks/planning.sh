#!/usr/bin/env bash
# Planning roll-ups on the national dataset (Planning issue, "DLA and executives"): generates the national dataset
# (seed national: 7,850 LAOs; budgets; then PlanningNationalSeeder: for every LAO a plan 2566–2570 with 15–40 projects,
# action plans of FY 2569 and 2570, the FY 2569 quarterly reports and the summary rows), adds the benchmark accounts
# (`seed benchmark-users`), times `rebuild planning-summaries` on a copy of the database (the rebuild zeroes the
# generated budgeted/disbursed amounts: the national budget lines carry no plan codes), then measures p50/p95 over 50
# signed-in requests after 5 warm-ups of the province progress page (province 26, as `province`), the national page
# (as `dla`) and the province Excel export, and the same aggregates as raw SQL. Prints figures; no pass/fail.
# Usage: bash benchmarks/planning.sh [--laos N] [--db FILE] [--no-rebuild]
#   --laos N      LAOs to generate (default 7850)
#   --db FILE     keep the generated database in FILE; when FILE exists already, skip generation and only measure
#   --no-rebuild  skip timing the summary rebuild
set -euo pipefail
cd "$(dirname "$0")/.."
laos=7850
keep=""
rebuild=1
while [ $# -gt 0 ]; do
  case "$1" in
    --laos) laos=$2; shift 2 ;;
    --db) keep=$2; shift 2 ;;
    --no-rebuild) rebuild=0; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
work=$(mktemp -d)
port=5393
bin="$PWD/src/LocalGov.Web/bin/Release/net10.0"
dotnet build src/LocalGov.Web -c Release -v quiet -nologo >/dev/null
db="${keep:-$work/national.db}"
source benchmarks/lib.sh
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "$keep" ] && [ -f "$keep" ]; then echo "reusing $keep"; else
t0=$(ms); host seed national --laos "$laos" | grep -E "National (budgets|planning|dataset)" || true; t1=$(ms)
echo "seed national ($laos LAOs, organisations + budgets + planning), whole command: $((t1 - t0)) ms"
host seed benchmark-users >/dev/null
fi
python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
n = lambda t: c.execute(f"select count(*) from planning_{t}").fetchone()[0]
print("rows: plans %d, strategies %d, projects %d, revisions %d, action-plan entries %d, reports %d, report lines %d, year summaries %d, strategy summaries %d" % tuple(
    n(t) for t in ("DevelopmentPlan", "Strategy", "PlanProject", "PlanProjectRevision", "ActionPlanEntry", "ProgressReport", "ProgressReportLine",
                   "PlanningYearSummary", "PlanningStrategySummary")))
PY

if [ "$rebuild" = 1 ]; then
  # On a copy: the rebuild recomputes budgeted/disbursed from Budgeting's lines, which the national dataset does not link to plans.
  real="$db"; db="$work/rebuild.db"; cp "$real" "$db"
  t0=$(ms); host rebuild planning-summaries | grep -E "rebuilt" || true; t1=$(ms)
  echo "rebuild planning-summaries (copy of the database), whole command: $((t1 - t0)) ms"
  rm -f "$db"; db="$real"
fi

serve
province=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select Id from org_Province where Code='26'\").fetchone()[0])" "$db")
laos26=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from org_Lao where ProvinceId=?',(int(sys.argv[2]),)).fetchone()[0])" "$db" "$province")
login dla "$work/dla.txt"
login province "$work/province.txt"
echo "province progress page (province 26, $laos26 LAOs):          $(percentiles "$work/province.txt" "/Planning/Rollups/Province/$province")"
echo "province page sorted by disbursement rate, descending:      $(percentiles "$work/province.txt" "/Planning/Rollups/Province/$province?sort=rate&desc=true")"
echo "national page (77 provinces, by national strategy):          $(percentiles "$work/dla.txt" /Planning/Rollups)"
echo "province Excel export (province 26):                         $(percentiles "$work/province.txt" "/Planning/Rollups/Province/$province/Export")"
echo "national Excel export:                                       $(percentiles "$work/dla.txt" /Planning/Rollups/ExportNational)"
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
strategies = "select NationalStrategy, count(*), sum(Projects), sum(PlannedAmount) from planning_PlanningStrategySummary where FiscalYear = ?{w} group by NationalStrategy"
bench("raw SQL, national aggregates (by province; by national strategy)", [
    ("select ProvinceId, count(*), sum(ProjectsInPlan), sum(ProjectsInActionPlan), sum(PlannedAmount), sum(BudgetedAmount), sum(DisbursedAmount), sum(PercentCompleteTotal), sum(ReportsLate) "
     "from planning_PlanningYearSummary where FiscalYear = ? group by ProvinceId", (fy,)), (strategies.format(w=""), (fy,))])
bench("raw SQL, province rows (LAO summary rows; by national strategy)", [
    ("select * from planning_PlanningYearSummary where ProvinceId = ? and FiscalYear = ?", (p, fy)), (strategies.format(w=" and ProvinceId = ?"), (fy, p))])
PY
rm -rf "$work"/logs "$work"/*.txt "$work/app.log" "$work/national.db"; rmdir "$work" 2>/dev/null || true
