#!/bin/sh
# quickstart.sh: set up benchgrind on a Debian machine and run it.
#
#   ./quickstart.sh demo    install what is missing, build, run iaicount on
#                           the bundled example benchmark
#   ./quickstart.sh test    install what is missing, build, run the tests
#
# Safe to rerun: installs only missing packages, reconfigures only when
# needed.
set -e
cd "$(dirname "$0")"

PACKAGES="gcc g++ make autoconf automake libtool pkg-config valgrind
libxml2-dev libxml2-utils xsltproc time jq chromium python3-jsonschema
gcc-multilib g++-multilib"

install_missing() {
   missing=
   for p in $PACKAGES; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
         missing="$missing $p"
   done
   [ -z "$missing" ] && return 0
   echo "quickstart: installing$missing"
   if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
   $sudo apt-get update -qq
   # shellcheck disable=SC2086
   DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
}

build() {
   [ -x configure ] || autoreconf -fi
   [ -f Makefile ] || ./configure
   make -j"$(nproc)"
}

case "${1:-}" in
demo) install_missing; build; make demo ;;
test) install_missing; build; make -j"$(nproc)" check ;;
*)    echo "usage: $0 demo|test" >&2; exit 2 ;;
esac
