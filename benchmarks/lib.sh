# Shared by the benchmark scripts (source it after setting bin, db, work and port).
# host ARGS...        runs a host command (seed, rebuild) against $db
# ms                  milliseconds since the epoch
# serve               starts the app on 127.0.0.1:$port against $db (no demo data) and waits until it is ready; sets $pid
# login USER JAR      signs USER in (demo password) into cookie jar JAR
# percentiles JAR PATH  50 signed-in requests after 5 warm-ups: "p50 … ms, p95 … ms"
host() { dotnet "$bin/LocalGov.Web.dll" "$@" --contentRoot "$bin" --ConnectionStrings:LocalGov="Data Source=$db" --Serilog:WriteTo:1:Args:path="$work/logs/c-.log"; }
ms() { python3 -c "import time; print(int(time.time()*1000))"; }
serve() {
  ASPNETCORE_ENVIRONMENT=Production Https__Redirect=false Https__SecureCookies=false Database__SeedDemoData=false \
  ConnectionStrings__LocalGov="Data Source=$db" Serilog__WriteTo__1__Args__path="$work/logs/l-.log" \
    dotnet "$bin/LocalGov.Web.dll" --contentRoot "$bin" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 0.05; done
}
login() {
  local token
  token=$(curl -s -c "$2" -b "$2" "http://127.0.0.1:$port/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$2" -b "$2" --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "UserName=$1" \
    --data-urlencode "Password=LocalGov2569" "http://127.0.0.1:$port/Account/Login"
}
percentiles() {
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$1" "http://127.0.0.1:$port$2"; done
  for _ in $(seq 1 50); do curl -s -o /dev/null -b "$1" -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port$2"; done |
    python3 -c "
import sys
rows=[l.split() for l in sys.stdin]
bad=[r[0] for r in rows if r[0]!='200']
v=sorted(float(r[1])*1000 for r in rows)
print(f'p50 {v[len(v)//2]:.1f} ms, p95 {v[int(len(v)*0.95)-1]:.1f} ms' + (f' (non-200: {bad[:3]})' if bad else ''))"
}
