#!/usr/bin/env bash
# .ci/snapshot.sh REPO OUTDIR: build pare from REPO and write its output for every
# corpus input (same flags as the scorers) under OUTDIR. Compare two snapshots
# with: diff -r OUT1 OUT2
set -euo pipefail
repo=$(cd "$1" && pwd); out=$2; shared=$(cd "$repo/../shared" && pwd)
mkdir -p "$out"; out=$(cd "$out" && pwd)
bin=$(mktemp -d)/pare
(cd "$repo" && go build -o "$bin" ./cmd/pare)
run() { # name flags... -- dir
  local name=$1; shift
  local dir=${@: -1}; set -- "${@:1:$#-1}"
  rm -rf "$out/$name"; mkdir -p "$out/$name"
  ( cd "$shared" && "$bin" --no-learn --quiet -j 2 "$@" -o "$out/$name/" "$dir/" ) 2>"$out/$name.stderr" || true
}
run corpus-html corpus/html
run corpus-text corpus/text
run corpus-innertext corpus/innertext
run body-html corpus-body/html
run body-text --input text corpus-body/text
echo "snapshot in $out"
