#!/usr/bin/env bash
# Installs what Thanrak links against when it is missing: Debian's
# libcmark-dev and libyaml-dev (found through pkg-config) and libicu-dev
# (ICU's Thai word breaker, for the search index) and libmimalloc-dev (the
# allocator the thanrak binary links in place of glibc's). Safe to run again.
set -euo pipefail
need=()
for pkg in libcmark-dev libyaml-dev libicu-dev libmimalloc-dev pkg-config "$@"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  echo "installing: ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
