#!/usr/bin/env bash
# Runs the benchmarks in Release. Extra arguments go to BenchmarkDotNet, e.g.
#   build/bench/run.sh --job short
#   build/bench/run.sh --filter '*VenueRanking*' --job short     (only those; every benchmark without --filter)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
filter=(--filter '*')
for argument in "$@"; do [[ "$argument" == --filter || "$argument" == -f ]] && filter=(); done
exec dotnet run -c Release --project build/bench/CapRural.Benchmarks -- "${filter[@]}" "$@"
