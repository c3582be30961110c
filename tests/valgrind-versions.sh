#!/bin/bash
# valgrind-versions.sh: build and test benchgrind against other Valgrinds.
#
#   tests/valgrind-versions.sh [OPTIONS] SUITE...
#
# SUITE is a Debian suite whose source package of valgrind is built:
# bookworm (3.19), trixie (3.24), sid (3.27 at the time of writing); the
# versions 3.19, 3.24 and 3.27 name those suites.  For each:
#
#  1. the source package is fetched with 'apt-get source', through an apt
#     state directory of this script's own (in the cache), whose deb-src
#     line is made from the Debian archive this machine's own apt sources
#     already use: no host is named here, nothing in the system's apt
#     configuration changes;
#  2. Valgrind is built and installed into the cache (--prefix), and later
#     runs reuse it (the build tree is removed; one installation is about
#     200 MB);
#  3. benchgrind is copied from this tree (the files git knows, committed
#     or not), configured with --with-valgrind=that prefix, built, and its
#     'make check' run.
#
# It prints one line per suite, "valgrind-versions: SUITE VERSION: N passed,
# N failed, N skipped", and exits 0 when every suite passed.
#
# Options:
#   --cache=DIR    where Valgrinds are built and kept, and benchgrind is
#                  built and tested (default: $BENCHGRIND_CACHE, else
#                  ${XDG_CACHE_HOME:-$HOME/.cache}/benchgrind)
#   --jobs=N       parallel make jobs (default: the number of CPUs)
#   --refresh      ask the archive for the suite's current version even when
#                  a build for the suite is cached
#   --build-only   build (or find) the Valgrinds, print their prefixes, stop
#   --tests='...'  run only these tests (make check TESTS='...')
#
# Needs: apt-get and dpkg-source (dpkg-dev), gcc, g++, make, autoconf,
# automake, pkg-config, libxml2-dev and what 'make check' needs.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)

cache=${BENCHGRIND_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/benchgrind}
jobs=$(nproc 2>/dev/null || echo 2)
refresh=no build_only=no tests=
suites=()
for a in "$@"; do
   case $a in
   --cache=*) cache=${a#*=} ;;
   --jobs=*) jobs=${a#*=} ;;
   --refresh) refresh=yes ;;
   --build-only) build_only=yes ;;
   --tests=*) tests=${a#*=} ;;
   3.19) suites+=(bookworm) ;;
   3.24) suites+=(trixie) ;;
   3.27) suites+=(sid) ;;
   -*) echo "valgrind-versions: unknown option $a" >&2; exit 2 ;;
   *) suites+=("$a") ;;
   esac
done
[ ${#suites[@]} -gt 0 ] || { sed -n '2,/^set -u/p' "$0" | sed 's/^# \{0,1\}//; $d' >&2; exit 2; }
mkdir -p "$cache" && cache=$(cd "$cache" && pwd) || exit 2

say() { echo "valgrind-versions: $*" >&2; }
die() { say "$*"; exit 1; }

for t in apt-get dpkg-source gcc make autoreconf pkg-config flock; do
   command -v "$t" >/dev/null 2>&1 || die "$t is missing (install apt, dpkg-dev, gcc, make, autoconf, automake, pkg-config, util-linux)"
done

# ---- 1. the source package, through a private apt state -------------------

# The Debian archive of this machine's apt sources: the repository that
# serves the machine's own release.
debian_archive() {
   codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
   apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null |
      awk -v c="$codename" '$2 == c { print $1; exit }'
}

# apt_private SUITE ARGS...: apt-get (or apt-cache, by $APT) on a state of
# its own whose only source is SUITE's deb-src from that archive.
apt_private() {
   suite=$1; shift
   a=$cache/apt/$suite
   "${APT:-apt-get}" -o Dir::State="$a/state" -o Dir::Cache="$a/cache" \
      -o Dir::Etc::SourceList="$a/sources.list" -o Dir::Etc::SourceParts="$a/none" \
      -o Dir::Etc::Preferences="$a/none/preferences" \
      -o Dir::Etc::PreferencesParts="$a/none" \
      -o Acquire::Languages=none -o APT::Sandbox::User="$(id -un)" "$@"
}

# source_version SUITE: the version of valgrind's source package in SUITE
# (updating the private index).
source_version() {
   suite=$1 a=$cache/apt/$1
   mkdir -p "$a/state/lists/partial" "$a/cache/archives/partial" "$a/none"
   uri=$(debian_archive)
   [ -n "$uri" ] || die "no Debian archive in this machine's apt sources (apt-get indextargets): cannot fetch $suite"
   echo "deb-src $uri $suite main" >"$a/sources.list"
   apt_private "$suite" -qq update >"$a/update.log" 2>&1 \
      || die "apt-get update for $suite failed: $(tail -2 "$a/update.log")"
   APT=apt-cache apt_private "$suite" showsrc valgrind 2>/dev/null |
      awk '/^Version:/ { print $2; exit }'
}

# ---- 2. Valgrind, built once into the cache ---------------------------------

# valgrind_prefix SUITE: prints the prefix of a complete build of SUITE's
# valgrind, building it first when the cache has none.
valgrind_prefix() {
   suite=$1 link=$cache/valgrind-$1
   if [ "$refresh" = no ] && [ -e "$link/.complete" ]; then
      readlink -f "$link"; return
   fi
   version=$(source_version "$suite") || exit 1
   [ -n "$version" ] || die "no valgrind source package in $suite"
   key=${version#*:}
   prefix=$cache/valgrind-$key
   exec 9>"$cache/.lock-$key"
   flock 9
   if [ ! -e "$prefix/.complete" ]; then
      build_valgrind "$suite" "$version" "$prefix" || exit 1
   fi
   exec 9>&-
   ln -sfn "valgrind-$key" "$link"
   echo "$prefix"
}

build_valgrind() {
   suite=$1 version=$2 prefix=$3
   b=$cache/build-${version#*:}
   rm -rf "$b" "$prefix"
   mkdir -p "$b"
   say "$suite: fetching valgrind $version"
   (cd "$b" && apt_private "$suite" -qq source "valgrind=$version") >"$b/source.log" 2>&1 \
      || die "apt-get source valgrind=$version failed: $(tail -2 "$b/source.log")"
   src=$(find "$b" -mindepth 1 -maxdepth 1 -type d -name 'valgrind-*' | head -1)
   [ -n "$src" ] || die "apt-get source unpacked nothing (see $b/source.log)"
   say "$suite: building valgrind $version into $prefix (a few minutes)"
   log=$cache/build-${version#*:}.log
   if ! (cd "$src" && ./configure --prefix="$prefix" && make -j"$jobs" && make install) \
         >"$log" 2>&1; then
      tail -20 "$log" >&2
      die "building valgrind $version failed (log: $log)"
   fi
   touch "$prefix/.complete"
   rm -rf "$b"
}

# ---- 3. benchgrind against it ----------------------------------------------

# copy_tree DIR: the files of this tree that git knows (or all of it, when
# it is no git checkout), without anything a build made.
copy_tree() {
   rm -rf "$1"; mkdir -p "$1"
   if git -C "$here" rev-parse --git-dir >/dev/null 2>&1; then
      (cd "$here" && git ls-files -z -co --exclude-standard | xargs -0 tar cf -) | tar xf - -C "$1"
   else
      (cd "$here" && tar cf - --exclude=./tests/work .) | tar xf - -C "$1"
      (cd "$1" && { [ ! -f Makefile ] || make distclean; }) >/dev/null 2>&1
   fi
}

# test_against SUITE PREFIX: prints "N passed, N failed, N skipped".
test_against() {
   suite=$1 prefix=$2 w=$cache/work/$1
   copy_tree "$w"
   if ! (cd "$w" && autoreconf -fi && ./configure --with-valgrind="$prefix" \
           && make -j"$jobs") >"$w/build.log" 2>&1; then
      tail -20 "$w/build.log" >&2
      say "$suite: benchgrind did not build against $prefix (log: $w/build.log)"
      echo "0 passed, 1 failed, 0 skipped"; return
   fi
   grep -E 'warning:' "$w/build.log" >&2
   (cd "$w" && make -j"$jobs" -k check ${tests:+TESTS="$tests"}) >"$w/check.log" 2>&1
   # the failed tests' logs, as .ci/run shows them
   for f in $(grep -lE '^:test-result: (FAIL|ERROR)' $(find "$w/tests" -name '*.trs') 2>/dev/null); do
      echo "---- $suite: ${f#"$w"/}" >&2; tail -40 "${f%.trs}.log" >&2
   done
   pass=$(grep -cE '^(PASS|XFAIL):' "$w/check.log")
   failed=$(grep -cE '^(FAIL|XPASS|ERROR):' "$w/check.log")
   skipped=$(grep -cE '^SKIP:' "$w/check.log")
   if [ "$pass" -eq 0 ] && [ "$failed" -eq 0 ]; then
      tail -20 "$w/check.log" >&2; failed=1
   fi
   echo "$pass passed, $failed failed, $skipped skipped"
}

status=0
for s in "${suites[@]}"; do
   prefix=$(valgrind_prefix "$s") || { echo "valgrind-versions: $s: 0 passed, 1 failed"; status=1; continue; }
   v=$("$prefix/bin/valgrind" --version)
   if [ "$build_only" = yes ]; then echo "$s $v $prefix"; continue; fi
   start=$(date +%s)
   result=$(test_against "$s" "$prefix")
   echo "valgrind-versions: $s ${v#valgrind-}: $result ($(( $(date +%s) - start )) s)"
   case $result in *" 0 failed"*) ;; *) status=1 ;; esac
done
exit $status
