#!/usr/bin/env bash
# Benchmark `thanrak build` against the floor of creating the same files.
#
#   Benchmarks/build.sh [--write] [THANRAK_BINARY]     (default .build/release/thanrak)
#
# Environment as for check.sh (SIZES, RUNS, BENCH_DIR, SEED, PERF_DOC), and
# OUT_DIR (default $BENCH_DIR/out) where sites are built. For each size, in
# one run, alternating, RUNS rounds of:
#   clean build     `thanrak build --content DIR --output NEW` (a new folder)
#   floor           `cp -r` of that clean build into a new folder
#   unchanged       `thanrak build` again into the folder of the clean build
# each under /usr/bin/time (wall, user+sys, peak RSS). Each round starts on
# a fresh disk (DISK=image) or after earlier rounds' folders were removed,
# synced and given SETTLE seconds (DISK=folder); see DISK in lib.sh.
# --write replaces the build-bench section of docs/performance.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/Benchmarks/lib.sh" "$@"
OUT_DIR=${OUT_DIR:-"$BENCH_DIR/out"}

disk_setup "$OUT_DIR"

ROWS=()
for N in $SIZES; do
  ensure_corpus "$N"
  mkdir -p "$OUT_DIR"
  rm -f "$TMP"/{clean,floor,unchanged,pairs}.txt
  W="$DISK_ROOT/n$N"
  disk_fresh "$W"
  mkdir -p "$W"
  echo "   warm-up" >&2
  timed warm "$BIN" build --content "$DIR" --output "$W/warm"
  PAGES=$(grep -o 'built [0-9]* pages' "$TMP/stderr" | grep -o '[0-9]*')
  OUT_FILES=$(find "$W/warm" -type f | wc -l)
  OUT_BYTES=$(count_bytes "$W/warm")
  for ((r = 1; r <= RUNS; r++)); do
    echo "   run $r/$RUNS" >&2
    disk_fresh "$W"
    mkdir -p "$W"
    timed clean "$BIN" build --content "$DIR" --output "$W/clean"
    sync
    timed floor cp -r "$W/clean" "$W/floor"
    sync
    timed unchanged "$BIN" build --content "$DIR" --output "$W/clean"
    # The round's own ratio: the disk's speed drifts between rounds, and a
    # build and a floor measured minutes apart on it are a pair only here.
    clean_s=$(tail -n 1 "$TMP/clean.txt" | awk '{print $1}')
    floor_s=$(tail -n 1 "$TMP/floor.txt" | awk '{print $1}')
    pair=$(awk -v a="$clean_s" -v b="$floor_s" 'BEGIN {printf "%.3f", a / b}')
    echo "$pair" >>"$TMP/pairs.txt"
    echo "   round $r: clean $clean_s s, floor $floor_s s: ${pair}×" >&2
  done
  if [[ "$DISK" == image ]]; then disk_release; else disk_fresh "$W"; fi
  row="| $N | $PAGES | $OUT_FILES | $(awk -v b="$OUT_BYTES" 'BEGIN {printf "%.0f", b / 1e6}')"
  for name in clean unchanged floor; do
    w=$(awk '{print $1}' "$TMP/$name.txt" | median)
    c=$(awk '{print $2}' "$TMP/$name.txt" | median)
    m=$(awk '{print $3 / 1024}' "$TMP/$name.txt" | median)
    row+=" | $w | $c | $(printf '%.0f' "$m")"
    eval "${name}_wall=$w"
  done
  pairs="$(median <"$TMP/pairs.txt")× ($(sort -g "$TMP/pairs.txt" | awk 'NR == 1 {low = $1} {high = $1} END {printf "%.2f–%.2f", low, high}')×)"
  row+=" | $(awk -v a="$clean_wall" -v b="$floor_wall" 'BEGIN {printf "%.2f×", a / b}') | $pairs | $(awk -v a="$unchanged_wall" -v b="$clean_wall" 'BEGIN {printf "%.2f×", a / b}') |"
  ROWS+=("$row")
done

VERSION=$("$BIN" --version 2>/dev/null | head -n 1 || true)
{
  echo "### \`thanrak build\` on generated corpora"
  echo
  machine_line
  echo "Binary: \`${BIN#"$ROOT"/}\`${VERSION:+ (version $VERSION)}; both languages (th, en). Median of $RUNS rounds after"
  echo "one warm-up; in each round a clean build into a new folder, the floor (\`cp -r\` of the same"
  echo "site into a new folder) and an unchanged rebuild, alternating. Wall and CPU (user + sys) in"
  echo "seconds, peak RSS in MB. \"Each round\" divides each round's clean build by the same round's"
  echo "floor (the disk's speed drifts between rounds) and gives the median and range of those ratios."
  echo "$DISK_NOTE"
  echo
  echo "| communities | pages | files | MB | clean wall | clean CPU | clean RSS | unchanged wall | unchanged CPU | unchanged RSS | floor wall | floor CPU | floor RSS | clean / floor | clean / floor, each round (median, min–max) | unchanged / clean |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Reproduce: \`SIZES=\"$SIZES\" RUNS=$RUNS Benchmarks/build.sh --write\`."
} >"$TMP/table.md"
cat "$TMP/table.md"
if [[ $WRITE -eq 1 ]]; then write_section build-bench "$TMP/table.md"; fi
