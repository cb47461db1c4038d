#!/usr/bin/env bash
# Thanrak against Hugo and the floors, on the same plans, in one run.
#
#   Benchmarks/compare.sh [--write] [THANRAK_BINARY]   (default .build/release/thanrak)
#
# Environment:
#   SIZES="1000 10000 50000"   communities per corpus
#   RUNS=3                     rounds; every figure is the median over them
#   RUNS_LARGE=1               rounds for corpora of LARGE (50000) communities
#                              or more (one round there takes half an hour)
#   BENCH_DIR=/tmp/thanrak-bench   corpora, their Hugo twins, and (OUT_DIR,
#                              default $BENCH_DIR/compare) the built sites
#   SHM_DIR=/dev/shm/thanrak-compare   where the tmpfs builds go
#   DISK=auto                  image: each round on a freshly formatted,
#                              journaled ext4 (loop-mounted image in OUT_DIR);
#                              folder: OUT_DIR as it is; auto: image when
#                              OUT_DIR is on ext4 without a journal (see lib.sh)
#   SETTLE=6                   DISK=folder: seconds to wait after deletions
#   SEED=1, PERF_DOC=docs/performance.md, HUGO=hugo
#
# For each size: generate the Thanrak corpus and its Hugo twin
# (generate.py --hugo) unless BENCH_DIR holds them for the same N, seed and
# generator, warm the page cache once, then RUNS rounds of, alternating and
# each under /usr/bin/time -f '%e %U %S %M' (wall, user+sys, peak RSS):
#   thanrak check --content DIR              (must exit 0; the content is
#                                            read once untimed before it)
#   read floor: tar cf - DIR | cat > /dev/null
#   libyaml floor: yaml-floor DIR (Benchmarks/yaml-floor.c, built here with
#     cc: every YAML file read and parsed into events on every core, no
#     model; the least `check` can cost with libyaml's event API)
#   thanrak build into a new folder          (disk)
#   hugo --source HUGO_DIR --destination NEW (disk, same plans, same pages)
#   create floor: cp -r of Thanrak's output into a new folder (disk)
#   thanrak build into a new folder on tmpfs, then cp -r floor onto tmpfs
#   unchanged rebuild (thanrak build into the folder of the clean build)
#   rebuild after one plan changed (members of one community + 1), after
#     which the plan is restored and rebuilt outside the timing.
# Each round starts on a fresh disk (DISK=image) or after the previous
# round's folders were deleted, synced and given SETTLE seconds (DISK=folder);
# the disk is synced (untimed) after each build.
# Prints Markdown tables of the medians and ratios; --write replaces the
# compare-bench section of docs/performance.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${RUNS:-3}
source "$ROOT/Benchmarks/lib.sh" "$@"
RUNS_LARGE=${RUNS_LARGE:-1}
LARGE=${LARGE:-50000}
if ! [[ "$RUNS_LARGE" =~ ^[1-9][0-9]*$ && "$LARGE" =~ ^[0-9]+$ ]]; then echo "compare.sh: RUNS_LARGE must be a positive integer, LARGE a number" >&2; exit 2; fi
OUT_DIR=${OUT_DIR:-"$BENCH_DIR/compare"}
SHM_DIR=${SHM_DIR:-/dev/shm/thanrak-compare}
HUGO=${HUGO:-hugo}
if ! [[ "$SETTLE" =~ ^[0-9]+$ ]]; then echo "compare.sh: SETTLE must be a whole number of seconds" >&2; exit 2; fi

if ! command -v "$HUGO" >/dev/null 2>&1; then
  echo "compare.sh: installing Hugo (apt-get install hugo)" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq hugo >&2
  else sudo apt-get update -qq && sudo apt-get install -y -qq hugo >&2; fi
fi
HUGO_VERSION=$("$HUGO" version | head -n 1 | awk '{print $2}')
build_yaml_floor

# The plan that the "one plan changed" rebuild edits; restored on exit.
PLAN_FILE=""
restore_plan() {
  if [[ -n "$PLAN_FILE" && -f "$TMP/plan.bak" ]]; then cp -p "$TMP/plan.bak" "$PLAN_FILE"; fi
  PLAN_FILE=""
}
trap 'restore_plan; disk_release; rm -rf "$SHM_DIR" "$TMP"' EXIT
disk_setup "$OUT_DIR"

# The Hugo twin: generated from the same plans; stale when the generator,
# its vocabulary or the twin's layouts (hugo-twin/) change.
TWIN_HASH=$(cd "$ROOT/Benchmarks" && { cat generate.py corpus_vocab.py
  find hugo-twin -type f | LC_ALL=C sort | while read -r f; do echo "$f"; cat "$f"; done; } | sha256sum | cut -c1-16)

# ensure_twin N: generate (or reuse) the Hugo twin of the N corpus; sets HDIR, HFILES, HBYTES.
ensure_twin() {
  local N=$1
  HDIR="$BENCH_DIR/n$N/hugo"
  generated "$HDIR/hugo.toml" "$BENCH_DIR/n$N/hugo.stamp" "communities=$N seed=$SEED twin=$TWIN_HASH" "the Hugo twin $HDIR" \
    --communities "$N" --seed "$SEED" --hugo "$HDIR"
  HFILES=$(find "$HDIR/content" -type f | wc -l)
  HBYTES=$(count_bytes "$HDIR/content")
  echo "   Hugo twin content: $HFILES files, $HBYTES bytes" >&2
}

# site_size DIR: "html_pages files bytes" of a built site
site_size() {
  echo "$(find "$1" -type f -name '*.html' | wc -l) $(find "$1" -type f | wc -l)" \
    "$(count_bytes "$1")"
}

# timed_or_note NAME WHEN CMD...: as timed, but a failure (say Hugo killed
# for want of memory at 50,000 communities) becomes a note under the table.
timed_or_note() {
  local name=$1 when=$2; shift 2
  local rc=0 why
  timed_run "$name" "$@" || rc=$?
  [[ $rc -ne 0 ]] || return 0
  why=$(grep -v '^Command ' "$TMP/stderr" | tail -n 1 | cut -c1-160)
  echo "   $name failed ($when, exit status $rc): $why" >&2
  NOTES+=("$name did not finish ($when): exit status $rc, peak RSS $(tail -n 1 "$TMP/time" | awk '{printf "%.0f", $NF / 1024}') MB${why:+; it said: $why}.")
  return 1
}

med() { awk -v c="$2" '{print $c}' "$TMP/$1.txt" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || a == "nan" || b == "nan" || b + 0 <= 0) print "—"; else printf "%.2f×", a / b}'; }
int() { awk -v x="$1" 'BEGIN {s = sprintf("%.0f", x); n = ""
  while (length(s) > 3) {n = "," substr(s, length(s) - 2) n; s = substr(s, 1, length(s) - 3)}
  print s n}'; }

# Files left in tmpfs are memory the kernel cannot reclaim: with 2.7 GB of
# an earlier build there, Hugo (20.8 GB at 50,000 communities on a 23.5 GB
# VM) was killed for want of memory. Say so before the run, not after.
shm_used=$(df --output=used -B1 /dev/shm 2>/dev/null | tail -n 1 | tr -d ' ')
if [[ -n "$shm_used" ]] && ((shm_used > 500000000)); then
  echo "   note: /dev/shm already holds $((shm_used / 1000000)) MB, memory no program can use;" \
    "Hugo may be killed for want of memory on large corpora (empty /dev/shm first)" >&2
fi

ROWS=()
ROUND_COUNTS=()
RATIOS=()
CORPORA=()
NOTES=()
NAMES="check build hugo read yaml cp shm_build shm_cp unchanged changed"
for N in $SIZES; do
  ensure_corpus "$N"
  ensure_twin "$N"
  ROUNDS="$DISK_ROOT/n$N"
  for name in $NAMES; do rm -f "$TMP/$name.txt"; done
  echo "   warm-up (page cache): check, read both content trees" >&2
  timed warm "$BIN" check --content "$DIR"
  if [[ -s "$TMP/stdout" ]]; then
    echo "   note: check printed $(wc -l <"$TMP/stdout") diagnostic lines; first:" >&2
    head -n 3 "$TMP/stdout" >&2
  fi
  timed warm sh -c 'tar cf - "$1" | cat > /dev/null' sh "$DIR"
  timed warm sh -c 'tar cf - "$1" | cat > /dev/null' sh "$HDIR"
  timed warm "$YAML_FLOOR" "$DIR"
  # the plan the "changed" rebuild edits: the first community, members + 1
  PLAN=$(find "$DIR/communities" -mindepth 1 -maxdepth 1 -type d | LC_ALL=C sort | sed -n 1p)/community.yaml
  SHM_OK=""
  rounds=$RUNS
  ((N < LARGE)) || rounds=$RUNS_LARGE
  ROUND_COUNTS+=("$(int "$N"): $rounds")
  for ((r = 1; r <= rounds; r++)); do
    echo "   round $r/$rounds" >&2
    rm -rf "$SHM_DIR"
    disk_fresh "$ROUNDS"
    R="$ROUNDS/r$r"
    mkdir -p "$R"
    # The content back in the page cache (untimed): the last round's
    # builds may have pushed it out; check and the read floor measure a
    # warm read, as the table's floor says.
    sh -c 'tar cf - "$1" 2>/dev/null | cat > /dev/null' sh "$DIR"
    timed check "$BIN" check --content "$DIR"
    timed read sh -c 'tar cf - "$1" | cat > /dev/null' sh "$DIR"
    timed yaml "$YAML_FLOOR" "$DIR"
    timed build "$BIN" build --content "$DIR" --output "$R/thanrak"
    sync
    # Hugo may not finish a large corpus (memory): noted, not fatal.
    if ! timed_or_note hugo "N = $(int "$N"), round $r" "$HUGO" --source "$HDIR" --destination "$R/hugo" --quiet; then
      mkdir -p "$R/hugo"
    fi
    sync
    timed cp cp -r "$R/thanrak" "$R/cp"
    sync
    if [[ $r -eq 1 ]]; then
      read -r T_PAGES T_FILES T_BYTES < <(site_size "$R/thanrak")
      read -r H_PAGES H_FILES H_BYTES < <(site_size "$R/hugo")
      # tmpfs (memory) holds one copy of the site at a time, while thanrak
      # runs: leave a margin of half the site and 2 GB
      shm_free=$(df --output=avail -B1 /dev/shm 2>/dev/null | tail -n 1 | tr -d ' ')
      mem_free=$(awk '/MemAvailable/ {printf "%.0f", $2 * 1024}' /proc/meminfo)
      if [[ -n "$shm_free" ]] && ((shm_free > T_BYTES * 3 / 2 && mem_free > T_BYTES * 3 / 2 + 2000000000)); then
        SHM_OK=1
      else
        NOTES+=("N = $N: tmpfs figures left out: /dev/shm or memory too small for a $((T_BYTES / 1000000)) MB site.")
      fi
    fi
    # On a journaled ext4 deleting is harmless: make room for the next sizes.
    if [[ "$DISK" == image ]]; then rm -rf "$R/cp" "$R/hugo"; sync; fi
    if [[ -n "$SHM_OK" ]]; then
      mkdir -p "$SHM_DIR"
      timed shm_build "$BIN" build --content "$DIR" --output "$SHM_DIR/thanrak"
      rm -rf "$SHM_DIR/thanrak"
      timed shm_cp cp -r "$R/thanrak" "$SHM_DIR/cp"
      rm -rf "$SHM_DIR/cp"
    fi
    timed unchanged "$BIN" build --content "$DIR" --output "$R/thanrak"
    sync
    cp -p "$PLAN" "$TMP/plan.bak"
    PLAN_FILE="$PLAN"
    awk '/^members: [0-9]+$/ {print "members: " $2 + 1; next} {print}' "$TMP/plan.bak" >"$PLAN"
    cmp -s "$PLAN" "$TMP/plan.bak" && { echo "compare.sh: could not change $PLAN" >&2; exit 1; }
    timed changed "$BIN" build --content "$DIR" --output "$R/thanrak"
    restore_plan
    timed restore "$BIN" build --content "$DIR" --output "$R/thanrak"  # not reported
    sync
  done
  rm -rf "$SHM_DIR"
  if [[ "$DISK" == image ]]; then disk_release; else disk_fresh "$ROUNDS"; fi

  n=$(int "$N")
  row() {  # row NAME LABEL [pages files bytes]
    local name=$1 label=$2
    if [[ ! -s "$TMP/$name.txt" ]]; then ROWS+=("| $n | $label | — | — | — | | | |"); return; fi
    local sz=" | | |"
    if [[ $# -gt 2 ]]; then sz=" $(int "$3") | $(int "$4") | $(int "$(awk -v b="$5" 'BEGIN {printf "%.0f", b / 1e6}')") |"; fi
    ROWS+=("| $n | $label | $(med "$name" 1) | $(med "$name" 2) | $(int "$(awk '{print $3 / 1024}' "$TMP/$name.txt" | median)") |$sz")
  }
  row check "\`thanrak check\`"
  row build "\`thanrak build\`, new folder" "$T_PAGES" "$T_FILES" "$T_BYTES"
  row hugo "Hugo, new folder" "$H_PAGES" "$H_FILES" "$H_BYTES"
  row read "floor: read the content (\`tar cf - content \\| cat\`)"
  row yaml "floor: libyaml's events alone (\`Benchmarks/yaml-floor.c\`)"
  row cp "floor: \`cp -r\` of Thanrak's site, new folder" "$T_PAGES" "$T_FILES" "$T_BYTES"
  row shm_build "\`thanrak build\` on tmpfs, new folder"
  row shm_cp "floor: \`cp -r\` onto tmpfs, new folder"
  row unchanged "\`thanrak build\`, unchanged rebuild"
  row changed "\`thanrak build\`, one plan changed"

  get() { [[ -s "$TMP/$1.txt" ]] && med "$1" "$2" || echo ""; }
  RATIOS+=("| $n | $(ratio "$(get build 1)" "$(get hugo 1)") | $(ratio "$(get build 2)" "$(get hugo 2)") | $(ratio "$(get build 3)" "$(get hugo 3)") | $(ratio "$(get build 1)" "$(get cp 1)") | $(ratio "$(get shm_build 1)" "$(get shm_cp 1)") | $(ratio "$(get check 1)" "$(get read 1)") | $(ratio "$(get check 1)" "$(get yaml 1)") | $(ratio "$(get unchanged 1)" "$(get build 1)") | $(ratio "$(get changed 1)" "$(get build 1)") |")
  CORPORA+=("N = $n: Thanrak content $(int "$FILES") files, $(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB; Hugo twin content $(int "$HFILES") files, $(awk -v b="$HBYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB.")
done

VERSION=$("$BIN" --version 2>/dev/null | head -n 1 || true)
{
  echo "### Thanrak and Hugo on the same plans, with the floors"
  echo
  machine_line
  echo "Thanrak: \`${BIN#"$ROOT"/}\`${VERSION:+ (version $VERSION)}. Hugo: $HUGO_VERSION (\`hugo --source TWIN --destination NEW --quiet\`)."
  echo "Corpus: \`Benchmarks/generate.py --seed $SEED\`; the Hugo twin (\`--hugo\`) holds the same plans and"
  echo "renders the same community pages (community page, canvas, handout; Thai and English)."
  for c in "${CORPORA[@]}"; do echo "$c"; done
  echo
  echo "Rounds per size ($(IFS=';'; echo "${ROUND_COUNTS[*]}" | sed 's/;/, /g')): figures are medians over the rounds (one round: a single run); in each round every command once, alternating, each"
  echo "build into a new folder; CPU = user + sys; RSS = peak resident set."
  echo "$DISK_NOTE"
  echo
  echo "| communities | what | wall s | CPU s | peak RSS MB | pages | files | MB written |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "| communities | build / Hugo, wall | build / Hugo, CPU | build / Hugo, peak RSS | build / \`cp -r\` (disk) | build / \`cp -r\` (tmpfs) | check / read floor | check / libyaml floor | unchanged / clean | one changed / clean |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${RATIOS[@]}"
  echo
  for note in "${NOTES[@]+"${NOTES[@]}"}"; do echo "$note"; done
  echo "Reproduce: \`SIZES=\"$SIZES\" RUNS=$RUNS RUNS_LARGE=$RUNS_LARGE$([[ $DISK == image ]] || echo " DISK=$DISK")$([[ $DISK == image || $SETTLE == 6 ]] || echo " SETTLE=$SETTLE") Benchmarks/compare.sh --write\`."
} >"$TMP/table.md"
cat "$TMP/table.md"
if [[ $WRITE -eq 1 ]]; then write_section compare-bench "$TMP/table.md"; fi
