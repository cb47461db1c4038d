# Shared by the benchmark scripts: settings, timing helpers, corpus reuse,
# and writing a section of docs/performance.md. Source it after setting BIN.
# shellcheck shell=bash
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Arguments of every script: [--write] [THANRAK_BINARY]; -h prints the header.
BIN=${BIN:-.build/release/thanrak}
WRITE=${WRITE:-0}
for arg in "$@"; do
  case "$arg" in
    --write) WRITE=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "$(basename "$0"): unknown option $arg" >&2; exit 2 ;;
    *) BIN="$arg" ;;
  esac
done
GEN="$ROOT/Benchmarks/generate.py"
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
  echo "$(basename "$0"): no executable thanrak at $BIN (build it: swift build -c release)" >&2
  exit 2
fi
if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then echo "$(basename "$0"): RUNS must be a positive integer" >&2; exit 2; fi

if [[ ! -x /usr/bin/time ]]; then
  echo "$(basename "$0"): installing GNU time (/usr/bin/time)" >&2
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
    echo "$(basename "$0"): '$*' exited with status $rc" >&2
    echo "--- stderr:" >&2; cat "$TMP/stderr" >&2
    echo "--- stdout (first 40 lines):" >&2; head -n 40 "$TMP/stdout" >&2
    exit 1
  fi
  tail -n 1 "$TMP/time" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' >>"$TMP/$name.txt"
}

GEN_HASH=$(cat "$GEN" "$ROOT/Benchmarks/corpus_vocab.py" | sha256sum | cut -c1-16)

# generated MARKER STAMP WANT LABEL GENERATOR-ARGS...: runs the generator
# unless MARKER exists and STAMP holds WANT (same N, seed, generator).
generated() {
  local marker=$1 stamp=$2 want=$3 label=$4; shift 4
  if [[ -f "$marker" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    echo "   reusing $label" >&2
    return
  fi
  echo "   generating $label" >&2
  mkdir -p "$(dirname "$stamp")"
  rm -f "$stamp"
  python3 "$GEN" "$@" --force
  echo "$want" >"$stamp"
}

# count_bytes DIR: total size of the files below DIR (past 2^31: %.0f, not %d).
count_bytes() { find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s}'; }

# ensure_corpus N: generate (or reuse) the corpus of N communities; sets DIR, FILES, BYTES.
ensure_corpus() {
  local N=$1
  DIR="$BENCH_DIR/n$N/content"
  echo "== N=$N" >&2
  generated "$DIR/site.yaml" "$BENCH_DIR/n$N/stamp" "communities=$N seed=$SEED generator=$GEN_HASH" "$DIR" \
    --communities "$N" --seed "$SEED" --out "$DIR"
  FILES=$(find "$DIR" -type f | wc -l)
  BYTES=$(count_bytes "$DIR")
  echo "   corpus: $FILES files, $BYTES bytes" >&2
}

# machine_line: the machine, for the tables.
machine_line() {
  local cpu mem
  cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)
  mem=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo 2>/dev/null || true)
  echo "Machine: $(nproc) cores, ${cpu:-unknown CPU}, ${mem:-unknown memory}; $(date -u '+%Y-%m-%d')."
}

# write_section NAME TABLE_FILE: replace <!-- NAME:start --> … <!-- NAME:end --> in $PERF_DOC.
write_section() {
  local name=$1 table=$2
  mkdir -p "$(dirname "$PERF_DOC")"
  if [[ ! -f "$PERF_DOC" ]]; then
    printf '# Performance\n\n<!-- %s:start -->\n<!-- %s:end -->\n' "$name" "$name" >"$PERF_DOC"
  fi
  python3 - "$PERF_DOC" "$table" "$name" <<'PY'
import sys
doc, table = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(doc, encoding="utf-8").read()
start, end = "<!-- " + sys.argv[3] + ":start -->", "<!-- " + sys.argv[3] + ":end -->"
if start in text and end in text and text.index(start) < text.index(end):
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
else:
    head, tail = text.rstrip("\n") + "\n\n", "\n"
with open(doc, "w", encoding="utf-8") as f:
    f.write(head + start + "\n" + table.rstrip("\n") + "\n" + end + tail)
PY
  echo "updated $PERF_DOC ($name)" >&2
}
