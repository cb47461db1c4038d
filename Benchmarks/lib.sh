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
trap 'disk_release; rm -rf "$TMP"' EXIT

# build_yaml_floor: compiles Benchmarks/yaml-floor.c (libyaml's events
# alone, the least `check` can cost) into TMP; sets YAML_FLOOR.
build_yaml_floor() {
  YAML_FLOOR="$TMP/yaml-floor"
  # shellcheck disable=SC2046
  cc -O2 -pthread -o "$YAML_FLOOR" "$ROOT/Benchmarks/yaml-floor.c" $(pkg-config --cflags --libs yaml-0.1)
}

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "nan"; exit}
  if (NR%2) printf "%.2f", a[(NR+1)/2]; else printf "%.2f", (a[NR/2]+a[NR/2+1])/2}'; }

# timed_run NAME CMD...: run under /usr/bin/time; on success append
# "wall cpu rss_kb" to $TMP/NAME.txt. Returns the command's status (its
# output stays in $TMP/stdout, $TMP/stderr and $TMP/time).
timed_run() {
  local name=$1; shift
  local rc=0
  /usr/bin/time -f '%e %U %S %M' -o "$TMP/time" "$@" >"$TMP/stdout" 2>"$TMP/stderr" || rc=$?
  [[ $rc -eq 0 ]] || return $rc
  tail -n 1 "$TMP/time" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' >>"$TMP/$name.txt"
}

# timed NAME CMD...: timed_run, and a failing command ends the script.
timed() {
  local rc=0
  timed_run "$@" || rc=$?
  if [[ $rc -ne 0 ]]; then
    shift
    echo "$(basename "$0"): '$*' exited with status $rc" >&2
    echo "--- stderr:" >&2; cat "$TMP/stderr" >&2
    echo "--- stdout (first 40 lines):" >&2; head -n 40 "$TMP/stdout" >&2
    exit 1
  fi
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

# The disk the timed builds write to (compare.sh, build.sh).
#
# On ext4 without a journal (the root filesystem of this project's VMs),
# the inode allocator skips every inode freed in the last 60 s, or 360 s
# when its inode-table block is dirty, testing them one by one
# (recently_deleted() in fs/ext4/ialloc.c; a journaled ext4 never does).
# Creating files after a large tree was deleted then costs up to 6× the
# kernel time, depending on what was deleted when: the same build measured
# 5.5, 21 and 37 s of sys time in three rounds (profile: find_get_block_common
# 18 %, recently_deleted 18 %). So with DISK=image every round writes into a
# freshly formatted, journaled ext4 (a sparse image file, loop-mounted), as a
# CI runner's clean disk would be; DISK=folder writes into OUT_DIR as it is,
# waiting SETTLE seconds after deletions; DISK=auto (the default) takes image
# when OUT_DIR is on a journal-less ext4 and this user can mount (root,
# losetup, mkfs.ext4), else folder.
DISK=${DISK:-auto}
SETTLE=${SETTLE:-6}
DISK_MOUNTED=""

# journal_less_ext4 DIR: true when DIR is on ext4 mounted without a journal.
journal_less_ext4() {
  local src fstype
  read -r src fstype < <(findmnt -no SOURCE,FSTYPE -T "$1" 2>/dev/null) || return 1
  [[ "$fstype" == ext4 ]] || return 1
  [[ "$(cat "/sys/fs/ext4/$(basename "$src")/journal_task" 2>/dev/null)" == "<none>" ]]
}

# disk_setup DIR: chooses the disk mode for output below DIR; sets DISK_ROOT
# (where each round's folders go) and DISK_NOTE (for the tables).
disk_setup() {
  local dir=$1
  mkdir -p "$dir"
  if [[ "$DISK" == auto ]]; then
    DISK=folder
    if journal_less_ext4 "$dir"; then
      if [[ $(id -u) -eq 0 ]] && command -v losetup >/dev/null && command -v mkfs.ext4 >/dev/null && losetup -f >/dev/null 2>&1; then
        DISK=image
      else
        echo "   note: $dir is on ext4 without a journal and no fresh disk can be mounted here; disk figures will depend on recent deletions (see Benchmarks/lib.sh)" >&2
      fi
    fi
  fi
  case "$DISK" in
    image)
      DISK_IMAGE="$dir/disk.img"
      DISK_ROOT="$dir/disk"
      local free
      free=$(df --output=avail -B1 "$dir" | tail -n 1 | tr -d ' ')
      DISK_BYTES=$(( free - 4 * 1024 * 1024 * 1024 ))
      (( DISK_BYTES > 512 * 1024 * 1024 * 1024 )) && DISK_BYTES=$(( 512 * 1024 * 1024 * 1024 ))
      (( DISK_BYTES > 2 * 1024 * 1024 * 1024 )) || { echo "$(basename "$0"): too little free space in $dir for a disk image" >&2; exit 2; }
      mkdir -p "$DISK_ROOT"
      DISK_NOTE="Disk: each round on a freshly formatted, journaled ext4 (a sparse image on the VM disk behind a loop device with direct I/O; DISK=image), so no round pays for an earlier one's deletions."
      ;;
    folder)
      DISK_ROOT="$dir"
      DISK_NOTE="Disk: folders in $dir as they are (DISK=folder), $SETTLE s of settling after deletions."
      ;;
    *) echo "$(basename "$0"): DISK must be auto, image or folder" >&2; exit 2 ;;
  esac
  echo "   disk: $DISK ($DISK_ROOT)" >&2
}

# disk_fresh [FOLDER...]: before a round. image: a new filesystem at
# DISK_ROOT; folder: the named folders deleted, synced, SETTLE seconds.
disk_fresh() {
  if [[ "$DISK" == image ]]; then
    disk_release
    rm -f "$DISK_IMAGE"
    truncate -s "$DISK_BYTES" "$DISK_IMAGE"
    mkfs.ext4 -q -F "$DISK_IMAGE"
    # Direct I/O on the loop device: the image file's pages are not cached
    # a second time beside the mounted file system's, which had pushed the
    # content out of memory after Hugo's 50,000-community run.
    DISK_LOOP=$(losetup --direct-io=on -f --show "$DISK_IMAGE")
    # noinit_itable: no background zeroing of inode tables during the round.
    mount -o noinit_itable "$DISK_LOOP" "$DISK_ROOT"
    DISK_MOUNTED=1
  else
    rm -rf "$@"
  fi
  sync
  [[ "$DISK" == image ]] || sleep "$SETTLE"
}

# disk_release: unmounts and deletes the image (at the end, and on exit).
disk_release() {
  if [[ -n "$DISK_MOUNTED" ]]; then
    umount "$DISK_ROOT" 2>/dev/null || umount -l "$DISK_ROOT" 2>/dev/null || true
    [[ -z "${DISK_LOOP:-}" ]] || losetup -d "$DISK_LOOP" 2>/dev/null || true
    DISK_MOUNTED=""
    DISK_LOOP=""
  fi
  [[ -z "${DISK_IMAGE:-}" ]] || rm -f "$DISK_IMAGE"
}

# machine_line: the machine, for the tables.
machine_line() {
  local cpu mem
  cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)
  mem=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo 2>/dev/null || true)
  echo "Machine: $(nproc) cores, ${cpu:-unknown CPU}, ${mem:-unknown memory}; $(date -u '+%Y-%m-%d')."
  echo "One core's speed: $(core_speed) (\`sha256sum\` of 256 MB of zeros, best of 3; VMs of the same kind differ by 2× or more, so compare absolute times only within one table)."
}

# core_speed: MB/s of sha256sum on one core, best of three, as a yardstick
# for absolute times (seconds on one VM are not seconds on another).
core_speed() {
  local best=0 t
  for _ in 1 2 3; do
    t=$( { /usr/bin/time -f '%U %S' sha256sum <(head -c 268435456 /dev/zero) >/dev/null; } 2>&1 | awk '{print $1 + $2}')
    best=$(awk -v b="$best" -v t="$t" 'BEGIN {v = (t > 0) ? 256 / t : 0; print (v > b) ? v : b}')
  done
  printf '%.0f MB/s' "$best"
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
