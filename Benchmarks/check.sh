#!/usr/bin/env bash
# Benchmark `thanrak check` against two floors on generated corpora: reading
# the content, and reading it plus libyaml's events for every YAML file.
#
#   Benchmarks/check.sh [--write] [THANRAK_BINARY]     (default .build/release/thanrak)
#
# Environment:
#   SIZES="1000 10000 50000"   communities per corpus
#   RUNS=5                     measured runs of each command (after one warm-up)
#   BENCH_DIR=/tmp/thanrak-bench   where corpora are generated and kept
#   SEED=1                     generator seed
#   PERF_DOC=docs/performance.md   file that --write updates
#
# For each size: generate the corpus unless BENCH_DIR already holds it (same
# N, seed and generator), run one warm-up of each command, then RUNS rounds
# alternating (a) `thanrak check --content DIR` (must exit 0) and (b) the
# read floor `sh -c 'tar cf - DIR | cat > /dev/null'` and (c) the libyaml
# floor `yaml-floor DIR` (Benchmarks/yaml-floor.c, built here with cc: every
# YAML file read and parsed into events on every core, no model), each under
# `/usr/bin/time -f '%e %U %S %M'`. Prints a Markdown table of medians;
# --write also replaces the section between <!-- check-bench:start --> and
# <!-- check-bench:end --> in docs/performance.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/Benchmarks/lib.sh" "$@"

build_yaml_floor

ROWS=()
for N in $SIZES; do
  ensure_corpus "$N"
  rm -f "$TMP/check.txt" "$TMP/floor.txt" "$TMP/yaml.txt"
  echo "   warm-up" >&2
  timed warm "$BIN" check --content "$DIR"
  if [[ -s "$TMP/stdout" ]]; then
    echo "   note: check printed $(wc -l <"$TMP/stdout") diagnostic lines (warnings); first:" >&2
    head -n 3 "$TMP/stdout" >&2
  fi
  timed warm sh -c 'tar cf - "$1" | cat > /dev/null' sh "$DIR"
  for ((r = 1; r <= RUNS; r++)); do
    echo "   run $r/$RUNS" >&2
    timed check "$BIN" check --content "$DIR"
    timed floor sh -c 'tar cf - "$1" | cat > /dev/null' sh "$DIR"
    timed yaml "$YAML_FLOOR" "$DIR"
  done
  cw=$(awk '{print $1}' "$TMP/check.txt" | median)
  cc=$(awk '{print $2}' "$TMP/check.txt" | median)
  cm=$(awk '{print $3 / 1024}' "$TMP/check.txt" | median)
  fw=$(awk '{print $1}' "$TMP/floor.txt" | median)
  fc=$(awk '{print $2}' "$TMP/floor.txt" | median)
  yw=$(awk '{print $1}' "$TMP/yaml.txt" | median)
  yc=$(awk '{print $2}' "$TMP/yaml.txt" | median)
  ratio=$(awk -v a="$cw" -v b="$fw" 'BEGIN {if (b > 0) printf "%.1f×", a / b; else print "—"}')
  yratio=$(awk -v a="$cw" -v b="$yw" 'BEGIN {if (b > 0) printf "%.1f×", a / b; else print "—"}')
  mb=$(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}')
  ROWS+=("| $N | $FILES | $mb | $cw | $cc | $(printf '%.0f' "$cm") | $fw | $fc | $ratio | $yw | $yc | $yratio |")
done

VERSION=$("$BIN" --version 2>/dev/null | head -n 1 || true)
{
  echo "### \`thanrak check\` on generated corpora"
  echo
  machine_line
  echo "Binary: \`${BIN#"$ROOT"/}\`${VERSION:+ (version $VERSION)}. Corpus: \`Benchmarks/generate.py --seed $SEED\` (communities, networks,"
  echo "partners, one knowledge set). Median of $RUNS runs after one warm-up, \`check\`, the read"
  echo "floor (\`tar cf - DIR | cat > /dev/null\`) and the libyaml floor (\`Benchmarks/yaml-floor.c\`:"
  echo "every YAML file read and parsed into events on every core, nothing built) alternating in"
  echo "the same run; CPU = user + sys."
  echo
  echo "| communities | files | MB | check wall s | check CPU s | check peak RSS MB | read floor wall s | floor CPU s | check / read floor | libyaml floor wall s | libyaml floor CPU s | check / libyaml floor |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Reproduce: \`SIZES=\"$SIZES\" RUNS=$RUNS Benchmarks/check.sh --write\`."
} >"$TMP/table.md"
cat "$TMP/table.md"

if [[ $WRITE -eq 1 ]]; then write_section check-bench "$TMP/table.md"; fi
