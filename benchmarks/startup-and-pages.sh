#!/usr/bin/env bash
# Measures what the platform issue asks to record: cold start (fresh SQLite: create, migrate, seed demo),
# first-request time, warm start, the national seed, and p50/p95 of the directory pages on the national
# dataset (7,850 LAOs). Prints figures; no pass/fail. Usage: bash benchmarks/startup-and-pages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
port=5391
bin="$PWD/src/LocalGov.Web/bin/Release/net10.0"
dotnet build src/LocalGov.Web -c Release -v quiet -nologo >/dev/null

ms() { python3 -c "import time; print(int(time.time()*1000))"; }
start_app() { # $1 = database file
  ASPNETCORE_ENVIRONMENT=Production Https__Redirect=false Https__SecureCookies=false \
  ConnectionStrings__LocalGov="Data Source=$1" Serilog__WriteTo__1__Args__path="$work/logs/l-.log" \
    dotnet "$bin/LocalGov.Web.dll" --contentRoot "$bin" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
  pid=$!
}
wait_ready() {
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; then return 0; fi
    sleep 0.05
  done
  echo "app did not become ready"; cat "$work/app.log"; exit 1
}
stop_app() { kill "$pid"; wait "$pid" 2>/dev/null || true; }
first() { curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$1" | python3 -c "import sys; print(round(float(sys.stdin.read())*1000))"; }
percentiles() { # $1 = path, 50 requests after 5 warm-ups
  for _ in 1 2 3 4 5; do curl -s -o /dev/null "http://127.0.0.1:$port$1"; done
  for _ in $(seq 1 50); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$1"; done |
    python3 -c "import sys; v=sorted(float(x)*1000 for x in sys.stdin); print(f'p50 {v[len(v)//2]:.1f} ms, p95 {v[int(len(v)*0.95)-1]:.1f} ms')"
}

t0=$(ms); start_app "$work/demo.db"; wait_ready; t1=$(ms)
echo "cold start (create + migrate + demo seed, until /health/ready): $((t1 - t0)) ms"
echo "first request GET /: $(first /) ms; GET /Organizations/Laos: $(first /Organizations/Laos) ms"
stop_app
t0=$(ms); start_app "$work/demo.db"; wait_ready; t1=$(ms)
echo "warm start (existing database): $((t1 - t0)) ms"
stop_app

t0=$(ms)
dotnet "$bin/LocalGov.Web.dll" seed national --contentRoot "$bin" --ConnectionStrings:LocalGov="Data Source=$work/national.db" --Serilog:WriteTo:1:Args:path="$work/logs/n-.log" >/dev/null
t1=$(ms)
echo "national seed (77 provinces, 928 districts, 7,850 LAOs, with audit rows), whole command: $((t1 - t0)) ms"
start_app "$work/national.db"; wait_ready
echo "national LAO list, page 1:            $(percentiles /Organizations/Laos)"
echo "national LAO search (name contains):  $(percentiles '/Organizations/Laos?q=%E0%B8%AB%E0%B8%99%E0%B8%AD%E0%B8%87')"
echo "national LAO list, one province:      $(percentiles '/Organizations/Laos?provinceId=30')"
echo "province list with counts (GROUP BY): $(percentiles /Organizations/Provinces)"
echo "landing page (counts by type):        $(percentiles /)"
stop_app
rm -rf "$work"
