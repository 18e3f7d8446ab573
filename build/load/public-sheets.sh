#!/usr/bin/env bash
# Load test of the partners' list of method sheets, against a bare baseline, on loopback.
#
#   build/load/public-sheets.sh                  1,000 sheets; 3 rounds of 5 s per measurement
#   SHEETS=300 ROUNDS=5 DURATION=10s CONNECTIONS=64 build/load/public-sheets.sh
#
# Builds the host in Release and starts it on 127.0.0.1 with a throw-away data directory, rate
# limits lifted and Diagnostics:BareEndpoint=true. That setting (used by this script only, never in
# production) maps GET /api/diagnostics/bare-method-sheets: anonymous, absent from the OpenAPI
# document, it reads the list's answer to its first query once, through the real query, then serves
# those bytes from memory for any query (and 200 with an empty body to a request with If-None-Match):
# the framework's own cost for the same answer. The script publishes SHEETS sheets (8 themes, 4
# title words), then every request asks for the same filtered page: theme=mobilité, q=Diagnostic
# territoire, updatedSince (125 of 1,000 sheets match, a page of 20). build/load/public-sheets.lua
# varies updatedSince, which never changes the bytes but does change the cache key:
#
#   bare   the baseline, same URLs as "miss"          hit    one URL, answered from the page cache
#   miss   a new URL each request: never cached        mix    80 % among 20 popular URLs, 20 % new
#   empty  the baseline with If-None-Match: 200, no body
#   304    the "hit" URL with If-None-Match: its ETag
#
# Warm-up: the mix and the baseline in turn, 3 s each, until the mix's throughput is within 5 % of
# the previous turn (at most 8 turns): the JIT's last tier needs seconds of load, not requests.
# Then ROUNDS rounds, each measuring bare, hit, miss, mix, empty and 304 one after the other, so a
# neighbour's load hits every measurement alike; the ratio of each round is taken against the
# baseline of the same round, and the median over rounds is reported. Targets: hit, miss and mix
# ≥ 0.50 of bare, 304 ≥ 0.80 of empty. Exits non-zero when a target is missed or an answer is wrong.
set -euo pipefail

DURATION="${DURATION:-5s}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
SHEETS="${SHEETS:-1000}"
PORT="${PORT:-5198}"
KEEP="${KEEP:-0}"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lua="$repo/build/load/public-sheets.lua"
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

# One sheet: created, submitted and published. Themes and title words vary with its number.
publish_sheet() {
  local i="$1" themes=("mobilité" "habitat" "emploi" "santé" "jeunesse" "alimentation" "énergie" "culture")
  local words=("diagnostic" "concertation" "mobilisation" "évaluation")
  local body='## Étapes\n\n1. Réunir les acteurs du territoire\n2. Croiser les données sociales et économiques\n3. Écrire une synthèse partagée\n\n> Une méthode du groupe de travail, avec **du Markdown** et [un lien](https://www.caprural.org).'
  local created id
  created="$(curl -sf -X POST "$base_url/api/method-sheets" -H "X-Api-Key: $key" -H 'Content-Type: application/json' -d @- <<JSON
{ "title": "Fiche $i : ${words[i % 4]} partagé", "summary": "Une méthode pour mesurer l'API partenaires.", "body": "$body",
  "themes": ["${themes[i % 8]}", "${themes[(i + 3) % 8]}"], "authors": ["Camille Martin", "CCAS de Thiers"] }
JSON
)"
  id="$(sed -n 's/.*"sheetId":"\([0-9a-f-]*\)".*/\1/p' <<<"$created")"
  [[ -n "$id" ]] || { echo "Could not create a sheet: $created" >&2; return 1; }
  curl -sf -o /dev/null -X POST "$base_url/api/method-sheets/$id/submit" -H "X-Api-Key: $key"
  curl -sf -o /dev/null -X POST "$base_url/api/method-sheets/$id/publish" -H "X-Api-Key: $key"
}
export -f publish_sheet
export base_url key

echo "== Publishing $SHEETS method sheets"
seq 1 "$SHEETS" | xargs -P 4 -I{} bash -c 'publish_sheet {}'

list="$base_url/api/public/method-sheets"
bare="$base_url/api/diagnostics/bare-method-sheets"
query='?theme=mobilit%C3%A9&q=Diagnostic%20territoire&updatedSince='
hit_url="$list${query}2020-01-01T00:00:00Z"
curl -sf -o "$work/bare.json" "$bare${query}2020-01-01T00:00:01Z"
curl -sf -D "$work/list.headers" -o "$work/list.json" "$hit_url"
curl -sf -o "$work/miss.json" "$list${query}2020-02-03T04:05:06Z"
cmp -s "$work/list.json" "$work/bare.json" || { echo "The bare endpoint does not serve the list's bytes." >&2; exit 1; }
cmp -s "$work/miss.json" "$work/bare.json" || { echo "Another updatedSince before every sheet gave other bytes." >&2; exit 1; }
total="$(sed -n 's/.*"total":\([0-9]*\).*/\1/p' "$work/list.json")"
etag="$(sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p' "$work/list.headers")"
[[ -n "$etag" ]] || { echo "The list has no ETag." >&2; exit 1; }
status_304="$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$hit_url")"
[[ "$status_304" == 304 ]] || { echo "If-None-Match gave $status_304, not 304." >&2; exit 1; }
empty="$(curl -s -w ' %{http_code}' -H "If-None-Match: $etag" "$bare${query}2020-01-01T00:00:00Z")"
[[ "$empty" == " 200" ]] || { echo "The bare endpoint with If-None-Match gave '$empty', not an empty 200." >&2; exit 1; }
echo "   page of 20 out of $total matching sheets: $(wc -c <"$work/list.json") bytes, ETag $etag"

# Requests/s of one wrk run; fails when anything but 2xx/3xx came back or sockets failed.
measure() {
  local name="$1" duration="$2"; shift 2
  local out="$work/wrk-$name.txt"
  wrk --latency -t "$THREADS" -c "$CONNECTIONS" -d "$duration" "$@" >"$out"
  if grep -qE 'Non-2xx or 3xx|Socket errors' "$out"; then
    echo "wrk saw errors on $name:" >&2; cat "$out" >&2; exit 1
  fi
  awk '/^Requests\/sec:/ { print $2 }' "$out"
}
p99() { awk '/ 99%/ { print $2 }' "$work/wrk-$1.txt"; }
run() { local name="$1" mode="$2" path="$3"; shift 3; measure "$name" "$DURATION" "$@" -s "$lua" "$base_url" -- "$mode" "$path"; }

echo "== Warming up (mix and baseline in turn, 3 s each, until the mix is stable)"
previous=0 stable=no
for turn in $(seq 1 8); do
  rps="$(measure warmup-mix 3s -s "$lua" "$base_url" -- mix /api/public/method-sheets)"
  measure warmup-bare 3s -s "$lua" "$base_url" -- miss /api/diagnostics/bare-method-sheets >/dev/null
  echo "   turn $turn: mix $rps req/s"
  if awk -v a="$rps" -v b="$previous" 'BEGIN { exit !(b > 0 && a / b > 0.95 && a / b < 1.05) }'; then stable=yes; break; fi
  previous="$rps"
done
[[ "$stable" == yes ]] || echo "   not stable after 8 turns; measuring anyway (see the spread below)"

echo "== Measuring: $ROUNDS rounds of bare, hit, miss, mix, empty, 304 ($DURATION each, $CONNECTIONS connections, $THREADS threads)"
echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors"
declare -A rps series
for round in $(seq 1 "$ROUNDS"); do
  rps[bare]="$(run "bare-$round" miss /api/diagnostics/bare-method-sheets)"
  rps[hit]="$(run "hit-$round" hit /api/public/method-sheets)"
  rps[miss]="$(run "miss-$round" miss /api/public/method-sheets)"
  rps[mix]="$(run "mix-$round" mix /api/public/method-sheets)"
  rps[empty]="$(run "empty-$round" hit /api/diagnostics/bare-method-sheets -H "If-None-Match: $etag")"
  rps[304]="$(run "304-$round" hit /api/public/method-sheets -H "If-None-Match: $etag")"
  line="   round $round:"
  for name in bare hit miss mix empty 304; do
    line+="$(printf ' %s %.0f' "$name" "${rps[$name]}")"
    [[ "$name" == bare || "$name" == empty ]] && continue
    base="${rps[bare]}"; [[ "$name" == 304 ]] && base="${rps[empty]}"
    series[$name]+="$(awk -v a="${rps[$name]}" -v b="$base" 'BEGIN { printf "%.3f ", a / b }')"
  done
  series[bare]+="${rps[bare]} "; series[empty]+="${rps[empty]} "
  echo "$line"
done
median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

verdict=0
report() {
  local name="$1" label="$2" target="$3" against="$4"
  local ratio; ratio="$(median "${series[$name]}")"
  local ok; ok="$(awk -v r="$ratio" -v t="$target" 'BEGIN { print (r >= t) ? "ok    " : "FAILED" }')"
  [[ "$ok" == ok* ]] || verdict=1
  printf '  %s  %-34s p99 %-9s ratio %.2f of %s (target ≥ %s; rounds: %s)\n' "$ok" "$label" "$(p99 "$name-$ROUNDS")" "$ratio" "$against" "$target" "${series[$name]% }"
}
echo
printf '  %s  %-34s %8.0f req/s (median), p99 %s\n' "      " "bare (same bytes, memory)" "$(median "${series[bare]}")" "$(p99 "bare-$ROUNDS")"
printf '  %s  %-34s %8.0f req/s (median), p99 %s\n' "      " "empty (bare, If-None-Match, no body)" "$(median "${series[empty]}")" "$(p99 "empty-$ROUNDS")"
report hit "list, cache hit (one URL)" 0.50 bare
report miss "list, cache miss (new URL each)" 0.50 bare
report mix "list, mix (80 % hits, 20 % misses)" 0.50 bare
report 304 "list, If-None-Match → 304" 0.80 empty
echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

errors="$(grep -c '"@l":"Error"' "$server_log" || true)"
[[ "$errors" -eq 0 ]] || { echo "The server logged $errors error(s)." >&2; verdict=1; }
[[ $verdict -eq 0 ]] && echo "Load test passed." || echo "Load test FAILED."
exit $verdict
