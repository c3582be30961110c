#!/bin/sh
# quickstart.sh: set up benchgrind on a Debian machine and run it.
#
#   ./quickstart.sh demo    install what the build and the demo lack, build,
#                           run iaicount on the bundled example benchmark
#   ./quickstart.sh test    install that and what the tests lack, build,
#                           run the tests
#   ./quickstart.sh install install what the build lacks, build, and
#                           install benchgrind (make install; CI uses this)
#
# Safe to rerun: installs only missing packages (without the packages
# they merely recommend), reconfigures only when needed.
set -e
cd "$(dirname "$0")"

# The build and the demo: compiler, autotools, Valgrind (whose Debian
# package holds the tool headers and libraries) and libxml2 for the viewers.
DEMO_PACKAGES="gcc make autoconf automake pkg-config valgrind libxml2-dev"
# Only the tests: C++ and clang for iai.h and the C++ programs, the XML
# tools, jq for DHAT's and Bencher's JSON, Chromium and jsonschema for
# heapview's exports, time for the benchmarks, strace to see how output
# files are opened, git, cmark-gfm (GitHub's Markdown renderer) and
# python3-yaml for iai-gate and its CI files; gcc-multilib and g++-multilib
# for the x86 tools and their tests.
TEST_PACKAGES="g++ clang libxml2-utils xsltproc jq chromium python3-jsonschema
time strace git cmark-gfm python3-yaml gcc-multilib g++-multilib"

install_missing() {
   missing=
   for p in "$@"; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
         missing="$missing $p"
   done
   [ -z "$missing" ] && return 0
   echo "quickstart: installing$missing"
   if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
   $sudo apt-get update -qq
   # shellcheck disable=SC2086
   DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
      --no-install-recommends $missing
}

build() {
   [ -x configure ] || autoreconf -fi
   [ -f Makefile ] || ./configure
   make -j"$(nproc)"
}

# shellcheck disable=SC2086
case "${1:-}" in
demo) install_missing $DEMO_PACKAGES; build; make demo ;;
test) install_missing $DEMO_PACKAGES $TEST_PACKAGES; build; make -j"$(nproc)" check ;;
install)
      install_missing $DEMO_PACKAGES; build
      if [ "$(id -u)" = 0 ]; then make install; else sudo make install; fi ;;
*)    echo "usage: $0 demo|test|install" >&2; exit 2 ;;
esac
