#!/usr/bin/env bash
# Runs the benchmarks in Release. Extra arguments go to BenchmarkDotNet,
# e.g. build/bench/run.sh --job short, or --filter '*OneToAll*' to narrow.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
exec dotnet run -c Release --project build/bench/CapRural.Benchmarks -- --filter '*' "$@"
