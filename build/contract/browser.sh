#!/usr/bin/env bash
# The Swagger UI back office in a real browser (build/contract/browser/swagger-ui.mjs): starts the
# built host on loopback with a throw-away data folder and a coordinator key, then drives Debian's
# Chromium through it with playwright-core. Screenshots go to build/contract/screenshots/.
# Run alone after a build: bash build/contract/browser.sh
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
host="$root/src/CapRural.Host/bin/Debug/net10.0/CapRural.Host.dll"
[ -f "$host" ] || { echo "build the solution first (dotnet build CapRural.sln)"; exit 1; }

if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

work=$(mktemp -d)
port=${PORT:-5799}
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export Data__Directory="$work/data" ASPNETCORE_ENVIRONMENT=Production
key=$(dotnet "$host" api-keys create --role coordinator --name "Test navigateur" | tail -n 1)
dotnet "$host" --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break
  sleep 1
done

rm -rf screenshots
if ! BASE_URL="http://127.0.0.1:$port" COORDINATOR_KEY="$key" MAIL_DIR="$work/data/mail" PROFILE_DIR="$work/profile" \
  SCREENSHOTS="$PWD/screenshots" node browser/swagger-ui.mjs; then
  echo "--- host log (warnings and errors)"; grep -E '"@l":"(Warning|Error|Fatal)"' "$work/host.log" | tail -n 20 || true
  exit 1
fi
echo "browser screenshots: $PWD/screenshots"
