#!/usr/bin/env bash
# Startup time of the published host against a bare ASP.NET Core app built the same way.
#
#   build/load/startup.sh              5 launches of each
#   RUNS=9 TIMEOUT=600 build/load/startup.sh     (TIMEOUT: seconds a launch may take, 300 by default)
#
# Publishes the host (Release, with the publish settings of src/CapRural.Host/CapRural.Host.csproj)
# and a bare app made by `dotnet new web` in a temporary folder, which gets the same publish
# settings, answers GET /health/ready with the framework's health checks and nothing else, and is
# published by the same command. Then, RUNS times in turn, it launches each one (`dotnet X.dll`)
# and measures the time from launch to the first 200 on /health/ready, polled without pause:
#
#   bare       the bare app
#   fresh      the host on an empty data folder (creates and migrates the five databases)
#   existing   the host on the data folder of an earlier launch (what a restart or a deploy sees)
#
# and prints the median of each, the ratios to the bare app and whether they meet the target
# (≤ 3× the bare app, ≤ RATIO to change it). Exits non-zero when a target is missed.
set -euo pipefail

RUNS="${RUNS:-5}"
RATIO="${RATIO:-3}"
TIMEOUT="${TIMEOUT:-300}"
PORT="${PORT:-5199}"
KEEP="${KEEP:-0}"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/caprural-startup.XXXXXX")"
base_url="http://127.0.0.1:$PORT"
pid=""

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production

stop() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  pid=""
}

finish() {
  local status=$?
  stop
  if [[ $status -eq 0 && "$KEEP" != 1 ]]; then rm -rf "$work"; else echo "Work folder kept in $work"; fi
  exit $status
}
trap finish EXIT

if curl -s -o /dev/null --max-time 2 "$base_url/health/live"; then
  echo "Something already listens on $base_url; choose another PORT." >&2
  exit 2
fi

host_project="$repo/src/CapRural.Host/CapRural.Host.csproj"
echo "== Publishing the host (Release)"
dotnet publish "$host_project" -c Release --nologo -v quiet -o "$work/host" >/dev/null

echo "== Creating and publishing a bare app the same way"
dotnet new web -o "$work/bare-src" -n BareApp >/dev/null
# The host's publish settings (ReadyToRun, tiered compilation…), so only the code differs.
settings="$(sed -n '/<!-- publish settings -->/,/<!-- end of publish settings -->/p' "$host_project")"
awk -v settings="$settings" '/<\/PropertyGroup>/ && !done { print settings; done = 1 } { print }' \
  "$work/bare-src/BareApp.csproj" >"$work/bare-src/BareApp.csproj.new"
mv "$work/bare-src/BareApp.csproj.new" "$work/bare-src/BareApp.csproj"
cat >"$work/bare-src/Program.cs" <<'CS'
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHealthChecks();
var app = builder.Build();
app.MapHealthChecks("/health/ready");
app.Run();
CS
dotnet publish "$work/bare-src/BareApp.csproj" -c Release --nologo -v quiet -o "$work/bare" >/dev/null

# Milliseconds from launch to the first 200 on /health/ready.
launch() {
  local folder="$1" dll="$2" data="$3" log="$4"
  local start end
  start="$(date +%s%N)"
  (cd "$folder" && Data__Directory="$data" exec dotnet "$dll" --urls "$base_url") >"$log" 2>&1 &
  pid=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$base_url/health/ready" || true)" == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "$dll stopped:" >&2; tail -n 20 "$log" >&2; exit 1; }
    (( ($(date +%s%N) - start) / 1000000000 < TIMEOUT )) || { echo "$dll not ready after $TIMEOUT s" >&2; exit 1; }
  done
  end="$(date +%s%N)"
  stop
  echo $(( (end - start) / 1000000 ))
}

median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== Launching each $RUNS times, in turn (load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors)"
bare_ms="" fresh_ms="" existing_ms=""
# One launch of each first, unmeasured: the files are then in the page cache for all runs alike.
launch "$work/bare" BareApp.dll "$work/unused" "$work/bare.log" >/dev/null
launch "$work/host" CapRural.Host.dll "$work/data-warm" "$work/host.log" >/dev/null
for run in $(seq 1 "$RUNS"); do
  b="$(launch "$work/bare" BareApp.dll "$work/unused" "$work/bare.log")"
  f="$(launch "$work/host" CapRural.Host.dll "$work/data-$run" "$work/host.log")"
  e="$(launch "$work/host" CapRural.Host.dll "$work/data-$run" "$work/host.log")"
  echo "   run $run: bare $b ms, fresh $f ms, existing $e ms"
  bare_ms+="$b " fresh_ms+="$f " existing_ms+="$e "
done

bare="$(median "$bare_ms")"
verdict=0
report() {
  local label="$1" ms="$2"
  local ratio; ratio="$(awk -v a="$ms" -v b="$bare" 'BEGIN { printf "%.2f", a / b }')"
  local ok; ok="$(awk -v r="$ratio" -v t="$RATIO" 'BEGIN { print (r <= t) ? "ok    " : "FAILED" }')"
  [[ "$ok" == ok* ]] || verdict=1
  printf '  %s  %-34s %6s ms (median)  %s× the bare app (target ≤ %s×)\n' "$ok" "$label" "$ms" "$ratio" "$RATIO"
}
echo
printf '  %s  %-34s %6s ms (median)\n' "      " "bare app (dotnet new web)" "$bare"
report "host, empty data folder" "$(median "$fresh_ms")"
report "host, existing data" "$(median "$existing_ms")"
echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ $verdict -eq 0 ]] && echo "Startup test passed." || echo "Startup test FAILED."
exit $verdict
