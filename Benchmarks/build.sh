#!/usr/bin/env bash
# Benchmark `thanrak build` against the floor of creating the same files.
#
#   Benchmarks/build.sh [--write] [THANRAK_BINARY]     (default .build/release/thanrak)
#
# Environment as for check.sh (SIZES, RUNS, BENCH_DIR, SEED, PERF_DOC), and
# OUT_DIR (default $BENCH_DIR/out) where sites are built. For each size, in
# one run, alternating, RUNS rounds of:
#   clean build     `thanrak build --content DIR --output NEW` (a new folder)
#   floor           `cp -r` of a built site into a new folder
#   unchanged       `thanrak build` again into the folder of the clean build
# each under /usr/bin/time (wall, user+sys, peak RSS). Folders from earlier
# rounds are removed and the disk synced before each timed command, outside
# the timing. --write replaces the build-bench section of docs/performance.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/Benchmarks/lib.sh" "$@"
OUT_DIR=${OUT_DIR:-"$BENCH_DIR/out"}

# ext4 scans recently freed inodes when files are created within seconds of a
# large delete (measured: 43% of a build profile in the kernel); wait it out
# so the figures measure the tool, not the previous round's clean-up.
fresh() { rm -rf "$@"; sync; sleep "${SETTLE:-6}"; }

ROWS=()
for N in $SIZES; do
  ensure_corpus "$N"
  mkdir -p "$OUT_DIR"
  rm -f "$TMP"/{clean,floor,unchanged}.txt
  REF="$OUT_DIR/reference"
  fresh "$REF"
  echo "   warm-up" >&2
  timed warm "$BIN" build --content "$DIR" --output "$REF"
  PAGES=$(grep -o 'built [0-9]* pages' "$TMP/stderr" | grep -o '[0-9]*')
  OUT_FILES=$(find "$REF" -type f | wc -l)
  OUT_BYTES=$(count_bytes "$REF")
  for ((r = 1; r <= RUNS; r++)); do
    echo "   run $r/$RUNS" >&2
    fresh "$OUT_DIR/clean" "$OUT_DIR/floor"
    timed clean "$BIN" build --content "$DIR" --output "$OUT_DIR/clean"
    fresh "$OUT_DIR/floor"
    timed floor cp -r "$REF" "$OUT_DIR/floor"
    sync
    timed unchanged "$BIN" build --content "$DIR" --output "$OUT_DIR/clean"
  done
  fresh "$OUT_DIR/clean" "$OUT_DIR/floor"
  row="| $N | $PAGES | $OUT_FILES | $(awk -v b="$OUT_BYTES" 'BEGIN {printf "%.0f", b / 1e6}')"
  for name in clean unchanged floor; do
    w=$(awk '{print $1}' "$TMP/$name.txt" | median)
    c=$(awk '{print $2}' "$TMP/$name.txt" | median)
    m=$(awk '{print $3 / 1024}' "$TMP/$name.txt" | median)
    row+=" | $w | $c | $(printf '%.0f' "$m")"
    eval "${name}_wall=$w"
  done
  row+=" | $(awk -v a="$clean_wall" -v b="$floor_wall" 'BEGIN {printf "%.2f×", a / b}') | $(awk -v a="$unchanged_wall" -v b="$clean_wall" 'BEGIN {printf "%.2f×", a / b}') |"
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
  echo "seconds, peak RSS in MB."
  echo
  echo "| communities | pages | files | MB | clean wall | clean CPU | clean RSS | unchanged wall | unchanged CPU | unchanged RSS | floor wall | floor CPU | floor RSS | clean / floor | unchanged / clean |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Reproduce: \`SIZES=\"$SIZES\" RUNS=$RUNS Benchmarks/build.sh --write\`."
} >"$TMP/table.md"
cat "$TMP/table.md"
if [[ $WRITE -eq 1 ]]; then write_section build-bench "$TMP/table.md"; fi
