#!/usr/bin/env bash
# Load test of the partners' list of method sheets, against a bare baseline, on loopback.
#
#   build/load/public-sheets.sh                    10 s per endpoint, 32 connections, 2 threads
#   DURATION=30s CONNECTIONS=64 SHEETS=50 build/load/public-sheets.sh
#
# Builds the host in Release and starts it on 127.0.0.1 with a throw-away data directory, rate
# limits lifted and Diagnostics:BareEndpoint=true. That setting (used by this script only, never in
# production) maps GET /api/diagnostics/bare-method-sheets: anonymous, absent from the OpenAPI
# document, it reads the first page of the public list once through the real query and then serves
# those bytes from memory — the framework's own cost for the same answer. The script publishes
# SHEETS method sheets, checks that both endpoints answer the same bytes, then measures with wrk
# (installed with apt-get when missing), one endpoint after the other in the same host:
#
#   bare   GET /api/diagnostics/bare-method-sheets
#   list   GET /api/public/method-sheets              (a page of 20)
#   304    GET /api/public/method-sheets with If-None-Match: the list's ETag
#
# and reports requests per second and the ratios list/bare (target ≥ 0.50) and 304/bare
# (target ≥ 0.80). Exits non-zero when a target is missed or an answer is wrong.
set -euo pipefail

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
SHEETS="${SHEETS:-30}"
PORT="${PORT:-5198}"
KEEP="${KEEP:-0}"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
host_out="$repo/src/CapRural.Host/bin/Release/net10.0"
base_url="http://127.0.0.1:$PORT"
work="$(mktemp -d "${TMPDIR:-/tmp}/caprural-sheets-load.XXXXXX")"
server_log="$work/server.log"
server_pid=""

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export Data__Directory="$work/data"
export RateLimits__PublicWritesPerMinute=100000000
export RateLimits__PublicReadsPerMinute=100000000
export RateLimits__PartnerReadsPerMinute=100000000
export Diagnostics__BareEndpoint=true
export ASPNETCORE_ENVIRONMENT=Production

stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$server_pid" 2>/dev/null && kill -9 "$server_pid"
  fi
  server_pid=""
}

finish() {
  local status=$?
  stop_server
  if [[ $status -eq 0 && "$KEEP" != 1 ]]; then rm -rf "$work"; else echo "Data directory and server log kept in $work"; fi
  exit $status
}
trap finish EXIT

if ! command -v wrk >/dev/null; then
  echo "== Installing wrk"
  if [[ "$(id -u)" -eq 0 ]]; then apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else sudo apt-get install -y wrk >/dev/null; fi
fi

if curl -s -o /dev/null --max-time 2 "$base_url/health/live"; then
  echo "Something already listens on $base_url; choose another PORT." >&2
  exit 2
fi

echo "== Building the host (Release)"
dotnet build "$repo/src/CapRural.Host/CapRural.Host.csproj" -c Release --nologo -v quiet

echo "== Creating a coordinator key in $Data__Directory"
key="$(cd "$host_out" && dotnet CapRural.Host.dll api-keys create --role coordinator --name "Test de charge" | tail -n 1)"
[[ "$key" == cr_* ]] || { echo "Could not create an API key: $key" >&2; exit 1; }

echo "== Starting the host on $base_url (log: $server_log)"
(cd "$host_out" && exec dotnet CapRural.Host.dll --urls "$base_url") >"$server_log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$base_url/health/ready" && break
  kill -0 "$server_pid" 2>/dev/null || { echo "The host stopped:" >&2; tail -n 20 "$server_log" >&2; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null "$base_url/health/ready" || { echo "The host is not ready after 60 s." >&2; exit 1; }

echo "== Publishing $SHEETS method sheets"
body='## Étapes\n\n1. Réunir les acteurs du territoire\n2. Croiser les données sociales et économiques\n3. Écrire une synthèse partagée\n\n> Une méthode du groupe de travail, avec **du Markdown** et [un lien](https://www.caprural.org).'
for i in $(seq 1 "$SHEETS"); do
  created="$(curl -sf -X POST "$base_url/api/method-sheets" -H "X-Api-Key: $key" -H 'Content-Type: application/json' -d @- <<JSON
{ "title": "Fiche de test de charge $i", "summary": "Une méthode pour mesurer l'API partenaires.", "body": "$body",
  "themes": ["mobilité", "convention territoriale globale"], "authors": ["Camille Martin", "CCAS de Thiers"] }
JSON
)"
  id="$(sed -n 's/.*"sheetId":"\([0-9a-f-]*\)".*/\1/p' <<<"$created")"
  [[ -n "$id" ]] || { echo "Could not create a sheet: $created" >&2; exit 1; }
  curl -sf -o /dev/null -X POST "$base_url/api/method-sheets/$id/submit" -H "X-Api-Key: $key"
  curl -sf -o /dev/null -X POST "$base_url/api/method-sheets/$id/publish" -H "X-Api-Key: $key"
done

list="$base_url/api/public/method-sheets"
bare="$base_url/api/diagnostics/bare-method-sheets"
curl -sf -D "$work/list.headers" -o "$work/list.json" "$list"
curl -sf -o "$work/bare.json" "$bare"
cmp -s "$work/list.json" "$work/bare.json" || { echo "The bare endpoint does not serve the list's bytes." >&2; exit 1; }
etag="$(sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p' "$work/list.headers")"
[[ -n "$etag" ]] || { echo "The list has no ETag." >&2; exit 1; }
status_304="$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$list")"
[[ "$status_304" == 304 ]] || { echo "If-None-Match gave $status_304, not 304." >&2; exit 1; }
echo "   page of 20: $(wc -c <"$work/list.json") bytes, ETag $etag"

# Requests/s of one wrk run; fails when anything but 2xx/3xx came back or sockets failed.
measure() {
  local name="$1"; shift
  local out="$work/wrk-$name.txt"
  wrk --latency -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" "$@" >"$out"
  if grep -qE 'Non-2xx or 3xx|Socket errors' "$out"; then
    echo "wrk saw errors on $name:" >&2; cat "$out" >&2; exit 1
  fi
  awk '/^Requests\/sec:/ { print $2 }' "$out"
}

echo "== Measuring ($DURATION per endpoint, $CONNECTIONS connections, $THREADS threads)"
echo "   load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors"
measure warmup-bare "$bare" >/dev/null
measure warmup "$list" >/dev/null
bare_rps="$(measure bare "$bare")"
list_rps="$(measure list "$list")"
fresh_rps="$(measure not-modified -H "If-None-Match: $etag" "$list")"
p99() { awk '/ 99%/ { print $2 }' "$work/wrk-$1.txt"; }

verdict=0
report() {
  local name="$1" rps="$2" target="$3" latency="$4"
  local ratio; ratio="$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN { printf "%.2f", a / b }')"
  local ok; ok="$(awk -v r="$ratio" -v t="$target" 'BEGIN { print (r >= t) ? "ok    " : "FAILED" }')"
  [[ "$ok" == ok* ]] || verdict=1
  printf '  %s  %-28s %10.0f req/s  p99 %-9s ratio %s (target ≥ %s)\n' "$ok" "$name" "$rps" "$latency" "$ratio" "$target"
}
echo
printf '  %s  %-28s %10.0f req/s  p99 %s\n' "      " "bare (same bytes, memory)" "$bare_rps" "$(p99 bare)"
report "list, page of 20" "$list_rps" 0.50 "$(p99 list)"
report "list, If-None-Match → 304" "$fresh_rps" 0.80 "$(p99 not-modified)"
echo "  load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"

errors="$(grep -c '"@l":"Error"' "$server_log" || true)"
[[ "$errors" -eq 0 ]] || { echo "The server logged $errors error(s)." >&2; verdict=1; }
[[ $verdict -eq 0 ]] && echo "Load test passed." || echo "Load test FAILED."
exit $verdict
