#!/usr/bin/env bash
# Benchmarking on the national dataset (issue 9, "Scale and speed"): generates the national dataset (seed national:
# 7,850 LAOs; budgets, plans and five years of synthetic summary figures of Budgeting, Finance, Revenue and Planning;
# then BenchmarkingNationalSeeder recomputes the indicators of the five years), adds the benchmark accounts
# (`seed benchmark-users`), times `recompute indicators --year Y` (the full recomputation of one year), then measures
# p50/p95 over 50 signed-in requests after 5 warm-ups: the national ranking of one indicator, the national dashboard
# (as `dla`), the province dashboard of province 26 (as `province`) and an LAO card (as `dla` and `province`).
# Prints figures; no pass/fail. Targets: pages p95 < 300 ms, recomputation < 30 s.
# Usage: bash benchmarks/benchmarking.sh [--laos N] [--db FILE] [--year Y] [--indicator CODE] [--no-recompute]
#   --laos N         LAOs to generate (default 7850)
#   --db FILE        keep the generated database in FILE; when FILE exists already, skip generation and only measure
#   --year Y         fiscal year (B.E.) to recompute and show (default: the last complete fiscal year)
#   --indicator CODE indicator of the ranking and dashboards (default OSR_SHARE)
#   --no-recompute   skip timing the recomputation
set -euo pipefail
cd "$(dirname "$0")/.."
laos=7850
keep=""
year=""
indicator=OSR_SHARE
recompute=1
while [ $# -gt 0 ]; do
  case "$1" in
    --laos) laos=$2; shift 2 ;;
    --db) keep=$2; shift 2 ;;
    --year) year=$2; shift 2 ;;
    --indicator) indicator=$2; shift 2 ;;
    --no-recompute) recompute=0; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
# The last complete fiscal year (1 Oct – 30 Sep, B.E.): the current one minus one.
year=${year:-$(python3 -c "import datetime; t=datetime.date.today(); print(t.year + 543 + (1 if t.month >= 10 else 0) - 1)")}
work=$(mktemp -d)
port=5394
bin="$PWD/src/LocalGov.Web/bin/Release/net10.0"
dotnet build src/LocalGov.Web -c Release -v quiet -nologo >/dev/null
db="${keep:-$work/national.db}"
source benchmarks/lib.sh
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "$keep" ] && [ -f "$keep" ]; then echo "reusing $keep"; else
t0=$(ms); host seed national --laos "$laos" | grep -E "National (budgets|budget summaries|planning|finance|revenue|indicators|dataset)" || true; t1=$(ms)
echo "seed national ($laos LAOs: organisations, budgets, planning, synthetic summaries, indicators of five years), whole command: $((t1 - t0)) ms"
host seed benchmark-users >/dev/null
fi
python3 - "$db" "$year" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); y = int(sys.argv[2])
one = lambda sql, *a: c.execute(sql, a).fetchone()[0]
tables = {r[0] for r in c.execute("select name from sqlite_master where type='table'")}
print("summary rows %d–%d: budget %d, finance %d, revenue %d (LAO-years %d), planning %d" % (
    y - 3, y + 1,
    one("select count(*) from budgeting_Summary where FiscalYear between ? and ?", y - 3, y + 1),
    one("select count(*) from finance_FinanceSummary where FiscalYear between ? and ?", y - 3, y + 1),
    one("select count(*) from revenue_Summary where FiscalYear between ? and ?", y - 3, y + 1),
    one("select count(*) from (select distinct LaoId, FiscalYear from revenue_Summary where FiscalYear between ? and ?)", y - 3, y + 1),
    one("select count(*) from planning_PlanningYearSummary where FiscalYear between ? and ?", y - 3, y + 1)))
if "benchmarking_IndicatorValue" in tables:
    print("indicator values: %d (year %d: %d, null %d, outliers %d); statistics %d; file %.0f MB" % (
        one("select count(*) from benchmarking_IndicatorValue"), y, one("select count(*) from benchmarking_IndicatorValue where FiscalYear = ?", y),
        one("select count(*) from benchmarking_IndicatorValue where FiscalYear = ? and Value is null", y),
        one("select count(*) from benchmarking_IndicatorValue where FiscalYear = ? and IsOutlier = 1", y),
        one("select count(*) from benchmarking_IndicatorStatistic"),
        one("pragma page_count") * one("pragma page_size") / 1e6))
PY

if [ "$recompute" = 1 ]; then
  # `recompute indicators` comes with the indicator engine; an older build would start the web server instead.
  if grep -q '"recompute"' src/LocalGov.Web/Infrastructure/CommandLine.cs; then
    t0=$(ms); host recompute indicators --year "$year" | grep -iE "recomput|indicator" || true; t1=$(ms)
    echo "recompute indicators --year $year (all indicators, all LAOs), whole command: $((t1 - t0)) ms"
  else
    echo "recompute indicators: not in this build (the engine adds the host command); skipped"
  fi
fi

serve
read -r province lao lao26 <<<"$(python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
p = c.execute("select Id from org_Province where Code='26'").fetchone()[0]
# A large municipality elsewhere (the card of an LAO with many peers) and the first LAO of province 26.
lao = c.execute("select Id from org_Lao where ProvinceId <> ? order by Population desc limit 1 offset 10", (p,)).fetchone()[0]
lao26 = c.execute("select Id from org_Lao where ProvinceId = ? order by Code limit 1", (p,)).fetchone()[0]
print(p, lao, lao26)
PY
)"
login dla "$work/dla.txt"
login province "$work/province.txt"
# Sanity: a benchmark of an error page or of the sign-in page would be meaningless.
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/dla.txt" "http://127.0.0.1:$port/Benchmarking/Rankings?indicator=$indicator&year=$year")
[ "$code" = 200 ] || echo "warning: the ranking page answered $code (is the Benchmarking module merged? did sign-in work?)"
echo "national ranking, $indicator $year, page 1 (dla):              $(percentiles "$work/dla.txt" "/Benchmarking/Rankings?indicator=$indicator&year=$year")"
echo "national ranking filtered to province 26 (dla):                $(percentiles "$work/dla.txt" "/Benchmarking/Rankings?indicator=$indicator&year=$year&provinceId=$province")"
echo "national dashboard, $indicator $year (dla):                     $(percentiles "$work/dla.txt" "/Benchmarking/Dashboards?indicator=$indicator&year=$year")"
echo "province dashboard, province 26 (province):                    $(percentiles "$work/province.txt" "/Benchmarking/Dashboards/Province?provinceId=$province&indicator=$indicator&year=$year")"
echo "LAO card, LAO $lao (dla):                                      $(percentiles "$work/dla.txt" "/Benchmarking/Cards?laoId=$lao&year=$year")"
echo "LAO card, LAO $lao26 of province 26 (province):               $(percentiles "$work/province.txt" "/Benchmarking/Cards?laoId=$lao26&year=$year")"
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$work"/logs "$work"/*.txt "$work/app.log" "$work/national.db"; rmdir "$work" 2>/dev/null || true
