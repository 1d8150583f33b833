#!/usr/bin/env bash
# The one test command: installs what the browser tests need (first run on a fresh machine), restores,
# builds in Release and runs every test project, then prints a per-project breakdown and, as its last
# line, "N passed, N failed[, N skipped]" summed over all test projects.
# Exits non-zero if any test failed, if `dotnet test` failed, or if no test ran at all.
set -euo pipefail

cd "$(dirname "$0")/.."
repo_root="$(pwd)"
results_dir="$repo_root/TestResults"

log() { printf '[test.sh] %s\n' "$*"; }

# ---------------------------------------------------------------------------------------------------------
# 1. Browser prerequisites: Debian's Chromium + ChromeDriver and a Thai font (fonts-thai-tlwg).
# ---------------------------------------------------------------------------------------------------------
have_thai_font() {
    command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi -E 'tlwg|garuda|loma|sarabun'
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        log "need root (or sudo) to run: $*"
        return 1
    fi
}

# Other processes may hold the apt/dpkg locks for a while: wait for them, and retry a couple of times.
apt_retry() {
    local attempt
    for attempt in 1 2 3; do
        if as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 "$@"; then
            return 0
        fi
        log "apt-get $1 failed (attempt $attempt), retrying in 10 s"
        sleep 10
    done
    return 1
}

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! have_thai_font; then
    log "installing chromium, chromium-driver and fonts-thai-tlwg (missing on this machine)"
    apt_retry update -q
    apt_retry install -y -q --no-install-recommends chromium chromium-driver fonts-thai-tlwg
fi
log "$(/usr/bin/chromium --version 2>/dev/null || echo 'chromium: not found')"
log "$(/usr/bin/chromedriver --version 2>/dev/null || echo 'chromedriver: not found')"

# ---------------------------------------------------------------------------------------------------------
# 2. Restore, build, test.
# ---------------------------------------------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log "dotnet restore"
dotnet restore LocalGov.sln
log "dotnet build (Release)"
dotnet build LocalGov.sln -c Release --no-restore

rm -rf "$results_dir"
log "dotnet test"
test_exit=0
dotnet test LocalGov.sln -c Release --no-build \
    --logger "trx;LogFilePrefix=tr" \
    --results-directory "$results_dir" || test_exit=$?
log "dotnet test exited with $test_exit"

# ---------------------------------------------------------------------------------------------------------
# 3. Summary from every .trx file: per project, then the closing "N passed, N failed" line.
# ---------------------------------------------------------------------------------------------------------
summary_exit=0
python3 - "$results_dir" <<'PY' || summary_exit=$?
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
SKIPPED = {"NotExecuted", "Inconclusive", "Pending", "Disconnected", "NotRunnable"}
results_dir = sys.argv[1]
files = sorted(glob.glob(os.path.join(results_dir, "**", "*.trx"), recursive=True))


def assembly_name(path):
    name = os.path.basename(path or "")
    return name[:-4] if name.lower().endswith(".dll") else name


per_project = {}  # project -> [passed, failed, skipped]
for path in files:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        print(f"  {os.path.basename(path)}: unreadable trx ({error}), counted as 1 failure")
        per_project.setdefault(os.path.basename(path), [0, 0, 0])[1] += 1
        continue
    # testId -> test assembly (TestMethod's codeBase keeps the file name's case; storage is lower-cased)
    project_of = {}
    for test in root.iterfind("t:TestDefinitions/t:UnitTest", NS):
        method = test.find("t:TestMethod", NS)
        code_base = method.get("codeBase") if method is not None else None
        project_of[test.get("id")] = assembly_name(code_base or test.get("storage")) or os.path.basename(path)
    if not project_of:
        # A project without tests still leaves a trx: name it from the runner's messages.
        text = open(path, encoding="utf-8-sig", errors="replace").read()
        match = re.search(r"No test is available in (\S+?\.dll)", text) or re.search(r"Discovering: (\S+)", text)
        per_project.setdefault(assembly_name(match.group(1)) if match else os.path.basename(path), [0, 0, 0])
    for result in root.iterfind("t:Results/t:UnitTestResult", NS):
        counts = per_project.setdefault(project_of.get(result.get("testId"), os.path.basename(path)), [0, 0, 0])
        outcome = result.get("outcome")
        if outcome == "Passed":
            counts[0] += 1
        elif outcome in SKIPPED:
            counts[2] += 1
        else:  # Failed, Error, Timeout, Aborted, ...
            counts[1] += 1

passed = sum(c[0] for c in per_project.values())
failed = sum(c[1] for c in per_project.values())
skipped = sum(c[2] for c in per_project.values())

print(f"Test results ({len(files)} trx file(s) in {results_dir}):")
for project in sorted(per_project):
    p, f, s = per_project[project]
    print(f"  {project}: " + ("no tests" if p + f + s == 0 else f"{p} passed, {f} failed" + (f", {s} skipped" if s else "")))
if passed + failed == 0:
    print("  no test ran")
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
sys.exit(1 if failed > 0 or passed + failed == 0 else 0)
PY

if [ "$test_exit" -ne 0 ] || [ "$summary_exit" -ne 0 ]; then
    exit 1
fi
exit 0
