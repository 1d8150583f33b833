#!/usr/bin/env bash
# Land and building tax assessment run on SQLite (Revenue issue, "Scale and speed"): migrates a fresh database
# (reference data and organisations), generates ~10,000 parcels in one large municipality
# (`seed revenue-benchmark`), then times the annual assessment run (`revenue assess`, the same service as the
# page) twice: the first run (assessments, explanation lines and bills created, audit rows written) and a re-run
# on unchanged data (must change nothing and give the identical result). Compares the stored assessments and
# bills after both runs, and prints a projection for ~30 M parcels nationally. Prints figures; exits 1 when the
# re-run is not identical.
# Usage: bash benchmarks/revenue-assessment.sh [--parcels N] [--year YYYY] [--db FILE]
set -uo pipefail
cd "$(dirname "$0")/.."
parcels=10000
year=2570
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --parcels) parcels=$2; shift 2 ;;
    --year) year=$2; shift 2 ;;
    --db) keep=$2; shift 2 ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
work=$(mktemp -d)
bin="$PWD/src/LocalGov.Web/bin/Release/net10.0"
dotnet build src/LocalGov.Web -c Release -v quiet -nologo >/dev/null
db="${keep:-$work/revenue.db}"
source benchmarks/lib.sh

t0=$(ms); host seed revenue-benchmark --parcels "$parcels" --lao 3260101 --Database:SeedDemoData=true | grep -E "revenue-benchmark" || true; t1=$(ms)
echo "generate: $((t1 - t0)) ms (whole command, including start-up and migration)"
python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
q = lambda s: c.execute(s).fetchone()[0]
print("rows: parcels %d, land uses %d, buildings %d, building uses %d, taxpayers %d" % (
    q("select count(*) from revenue_Parcel"), q("select count(*) from revenue_ParcelUse"), q("select count(*) from revenue_Building"),
    q("select count(*) from revenue_BuildingUse"), q("select count(*) from revenue_Taxpayer")))
PY
snapshot() { python3 - "$db" "$year" <<'PY'
import sqlite3, sys, hashlib
c = sqlite3.connect(sys.argv[1]); y = int(sys.argv[2])
h = hashlib.sha256()
for row in c.execute("select TaxpayerId, Tax, TotalValue, ResultHash from revenue_Assessment where TaxYear=? order by TaxpayerId", (y,)): h.update(repr(row).encode())
for row in c.execute("select l.AssessmentId, l.No, l.Kind, l.Bucket, l.Label, l.Base, l.Amount from revenue_AssessmentLine l join revenue_Assessment a on a.Id=l.AssessmentId where a.TaxYear=? order by l.AssessmentId, l.No", (y,)): h.update(repr(row).encode())
for row in c.execute("select Id, SourceKey, Number, Amount, Status, DueOn from revenue_Bill where TaxYear=? and Kind=1 order by Id", (y,)): h.update(repr(row).encode())
print(h.hexdigest()[:16], c.execute("select count(*) from revenue_Bill where TaxYear=? and Kind=1", (y,)).fetchone()[0],
      c.execute("select count(*) from revenue_AssessmentLine").fetchone()[0], c.execute("select count(*) from platform_AuditEntry").fetchone()[0])
PY
}
line() { sed -E 's/.*elapsed-ms=([0-9]+).*/\1/'; }
read -r _ _ _ audit0 <<<"$(snapshot)"
first=$(host revenue assess --lao 3260101 --year "$year" --Database:SeedDemoData=false | grep "^assess:")
read -r snap1 bills1 lines1 audit1 <<<"$(snapshot)"
second=$(host revenue assess --lao 3260101 --year "$year" --Database:SeedDemoData=false | grep "^assess:")
read -r snap2 bills2 lines2 audit2 <<<"$(snapshot)"
echo "first run:  $first"
echo "re-run:     $second"
echo "stored: $bills1 bills, $lines1 explanation lines; audit rows written by the first run and the re-run: $((audit1 - audit0)), $((audit2 - audit1))"
ms1=$(echo "$first" | line); ms2=$(echo "$second" | line)
h1=$(echo "$first" | sed -E 's/.*hash=([0-9A-F]+).*/\1/'); h2=$(echo "$second" | sed -E 's/.*hash=([0-9A-F]+).*/\1/')
identical=no; [ "$h1" = "$h2" ] && [ "$snap1" = "$snap2" ] && [ "$bills1" = "$bills2" ] && identical=yes
echo "load average while measuring: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores"
echo "assessment of $parcels parcels on SQLite: first run $ms1 ms, re-run $ms2 ms; results identical: $identical (run hash $h1 / $h2, stored snapshot $snap1 / $snap2)"
python3 - "$parcels" "$ms1" "$ms2" <<'PY'
import sys
n, a, b = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
print("projection for ~30 M parcels nationally (7,850 LAOs, each run on its own; linear in parcels): "
      f"first run {a / 1000 / n * 30e6 / 3600:.1f} h of run time in total ({n / a * 1000:,.0f} parcels/s), re-run {b / 1000 / n * 30e6 / 3600:.1f} h; "
      f"a municipality of 10,000 parcels: {a / n * 10000 / 1000:.1f} s")
PY
rm -rf "$work/logs"; [ -z "$keep" ] && rm -f "$work/revenue.db"; rmdir "$work" 2>/dev/null || true
[ "$identical" = yes ]
