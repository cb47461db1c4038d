#!/usr/bin/env bash
# Benchmark `thanrak check` against the read floor on generated corpora.
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
# read floor `sh -c 'tar cf - DIR | cat > /dev/null'`, each under
# `/usr/bin/time -f '%e %U %S %M'`. Prints a Markdown table of medians;
# --write also replaces the section between <!-- check-bench:start --> and
# <!-- check-bench:end --> in docs/performance.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GEN="$ROOT/Benchmarks/generate.py"
BIN=".build/release/thanrak"
WRITE=0
for arg in "$@"; do
  case "$arg" in
    --write) WRITE=1 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "check.sh: unknown option $arg" >&2; exit 2 ;;
    *) BIN="$arg" ;;
  esac
done
SIZES=${SIZES:-"1000 10000 50000"}
RUNS=${RUNS:-5}
BENCH_DIR=${BENCH_DIR:-/tmp/thanrak-bench}
SEED=${SEED:-1}
PERF_DOC=${PERF_DOC:-"$ROOT/docs/performance.md"}

# The binary: as given (relative to the current folder), else relative to the repo.
if [[ "$BIN" != /* ]]; then
  if [[ -e "$BIN" ]]; then BIN="$(pwd)/$BIN"; else BIN="$ROOT/$BIN"; fi
fi
if [[ ! -x "$BIN" ]]; then
  echo "check.sh: no executable thanrak at $BIN (build it: swift build -c release)" >&2
  exit 2
fi
if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then echo "check.sh: RUNS must be a positive integer" >&2; exit 2; fi

if [[ ! -x /usr/bin/time ]]; then
  echo "check.sh: installing GNU time (/usr/bin/time)" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq time >&2
  else sudo apt-get update -qq && sudo apt-get install -y -qq time >&2; fi
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "nan"; exit}
  if (NR%2) printf "%.2f", a[(NR+1)/2]; else printf "%.2f", (a[NR/2]+a[NR/2+1])/2}'; }

# timed NAME CMD...: run under /usr/bin/time, append "wall cpu rss_kb" to $TMP/NAME.txt
timed() {
  local name=$1; shift
  local rc=0
  /usr/bin/time -f '%e %U %S %M' -o "$TMP/time" "$@" >"$TMP/stdout" 2>"$TMP/stderr" || rc=$?
  if [[ $rc -ne 0 ]]; then
    echo "check.sh: '$*' exited with status $rc" >&2
    echo "--- stderr:" >&2; cat "$TMP/stderr" >&2
    echo "--- stdout (first 40 lines):" >&2; head -n 40 "$TMP/stdout" >&2
    exit 1
  fi
  tail -n 1 "$TMP/time" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' >>"$TMP/$name.txt"
}

GEN_HASH=$(cat "$GEN" "$ROOT/Benchmarks/corpus_vocab.py" | sha256sum | cut -c1-16)
ROWS=()
for N in $SIZES; do
  DIR="$BENCH_DIR/n$N/content"
  STAMP="$BENCH_DIR/n$N/stamp"
  WANT="communities=$N seed=$SEED generator=$GEN_HASH"
  if [[ -f "$DIR/site.yaml" && -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" ]]; then
    echo "== N=$N: reusing $DIR" >&2
  else
    echo "== N=$N: generating $DIR" >&2
    mkdir -p "$BENCH_DIR/n$N"
    rm -f "$STAMP"
    python3 "$GEN" --communities "$N" --seed "$SEED" --out "$DIR" --force
    echo "$WANT" >"$STAMP"
  fi
  FILES=$(find "$DIR" -type f | wc -l)
  BYTES=$(find "$DIR" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%d", s}')
  echo "   corpus: $FILES files, $BYTES bytes" >&2

  rm -f "$TMP/check.txt" "$TMP/floor.txt"
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
  done
  cw=$(awk '{print $1}' "$TMP/check.txt" | median)
  cc=$(awk '{print $2}' "$TMP/check.txt" | median)
  cm=$(awk '{print $3 / 1024}' "$TMP/check.txt" | median)
  fw=$(awk '{print $1}' "$TMP/floor.txt" | median)
  fc=$(awk '{print $2}' "$TMP/floor.txt" | median)
  ratio=$(awk -v a="$cw" -v b="$fw" 'BEGIN {if (b > 0) printf "%.1f×", a / b; else print "—"}')
  mb=$(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}')
  ROWS+=("| $N | $FILES | $mb | $cw | $cc | $(printf '%.0f' "$cm") | $fw | $fc | $ratio |")
done

CPU=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)
MEM=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo 2>/dev/null || true)
VERSION=$("$BIN" --version 2>/dev/null | head -n 1 || true)
{
  echo "### \`thanrak check\` on generated corpora"
  echo
  echo "Machine: $(nproc) cores, ${CPU:-unknown CPU}, ${MEM:-unknown memory}; $(date -u '+%Y-%m-%d')."
  echo "Binary: \`${BIN#"$ROOT"/}\`${VERSION:+ (version $VERSION)}. Corpus: \`Benchmarks/generate.py --seed $SEED\` (communities, networks,"
  echo "partners, one knowledge set). Median of $RUNS runs after one warm-up, \`check\` and the read"
  echo "floor (\`tar cf - DIR | cat > /dev/null\`) alternating in the same run; CPU = user + sys."
  echo
  echo "| communities | files | MB | check wall s | check CPU s | check peak RSS MB | read floor wall s | floor CPU s | check / floor |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Reproduce: \`SIZES=\"$SIZES\" RUNS=$RUNS Benchmarks/check.sh --write\`."
} >"$TMP/table.md"
cat "$TMP/table.md"

if [[ $WRITE -eq 1 ]]; then
  mkdir -p "$(dirname "$PERF_DOC")"
  if [[ ! -f "$PERF_DOC" ]]; then
    printf '# Performance\n\n<!-- check-bench:start -->\n<!-- check-bench:end -->\n' >"$PERF_DOC"
  fi
  python3 - "$PERF_DOC" "$TMP/table.md" <<'PY'
import sys
doc, table = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(doc, encoding="utf-8").read()
start, end = "<!-- check-bench:start -->", "<!-- check-bench:end -->"
if start in text and end in text and text.index(start) < text.index(end):
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
else:
    head, tail = text.rstrip("\n") + "\n\n", "\n"
with open(doc, "w", encoding="utf-8") as f:
    f.write(head + start + "\n" + table.rstrip("\n") + "\n" + end + tail)
PY
  echo "check.sh: updated $PERF_DOC" >&2
fi
