#!/bin/bash
# debian-package.sh: builds benchgrind's .deb from a clean copy of this
# tree with dpkg-buildpackage, checks it with lintian (no errors), installs
# it, and runs the demo from the package alone: a benchmark compiled with
# the installed <valgrind/iai.h>, plain 'valgrind --tool=iaicount' (and
# the other tools, for 64-bit and, where this machine runs them, 32-bit
# programs) and the installed iaidiff and heapview.  Then it removes the
# package again, unless it was installed before.
#
#   tests/debian-package.sh [--keep] [--dir=DIR]
#
# --keep leaves the package installed; --dir is where the copy is built
# (default: a new temporary directory, removed afterwards).  Needs root
# (it installs), dpkg-dev, debhelper and lintian.  Prints one closing line
# "debian-package: N passed, N failed".
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
keep=no dir=
for a in "$@"; do
   case $a in
   --keep) keep=yes ;;
   --dir=*) dir=${a#*=} ;;
   *) echo "debian-package: unknown argument $a" >&2; exit 2 ;;
   esac
done

passed=0 failed=0
ok() { echo "  ok: $*"; passed=$((passed + 1)); }
bad() { echo "  FAILED: $*"; failed=$((failed + 1)); }
finish() { echo "debian-package: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit; }

[ "$(id -u)" = 0 ] || { bad "must run as root (it installs the package)"; finish; }
for t in dpkg-buildpackage dh lintian; do
   command -v $t >/dev/null || { bad "$t missing (install dpkg-dev debhelper lintian)"; finish; }
done
if [ -z "$dir" ]; then dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT; fi
mkdir -p "$dir"

# 1. a clean tree: the files git knows, nothing built
src=$dir/benchgrind
rm -rf "$src"; mkdir -p "$src"
(cd "$here" && git ls-files -z -co --exclude-standard | xargs -0 tar cf -) | tar xf - -C "$src"

# 2. the package
if (cd "$src" && dpkg-buildpackage -us -uc -b) >"$dir/build.log" 2>&1; then
   ok "dpkg-buildpackage"
else
   tail -30 "$dir/build.log"; bad "dpkg-buildpackage failed"; finish
fi
deb=$(ls "$dir"/benchgrind_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { bad "no .deb built"; finish; }
contents=$(dpkg-deb -c "$deb")
for f in ./usr/libexec/valgrind/iaicount-amd64-linux ./usr/libexec/valgrind/cachetrace-amd64-linux \
         ./usr/libexec/valgrind/heapcount-amd64-linux ./usr/libexec/valgrind/vgpreload_heapcount-amd64-linux.so \
         ./usr/libexec/valgrind/iaicount-x86-linux ./usr/libexec/valgrind/heapcount-x86-linux \
         ./usr/bin/iaidiff ./usr/bin/heapview ./usr/bin/iai-gate ./usr/include/valgrind/iai.h \
         ./usr/share/man/man1/iaicount.1.gz ./usr/share/man/man1/iaidiff.1.gz; do
   echo "$contents" | grep -q " $f\$" || bad "the package lacks $f"
done
ok "contents: $(echo "$contents" | grep -c '^-') files"

# 3. lintian: no errors
lintian "$dir"/benchgrind_*.changes >"$dir/lintian.log" 2>&1
if grep -q '^E:' "$dir/lintian.log"; then
   grep '^E:' "$dir/lintian.log"; bad "lintian reports errors"
else
   ok "lintian: no errors ($(grep -c '^W:' "$dir/lintian.log") warnings)"
fi

# 4. installed, the demo from the package alone
was_installed=$(dpkg-query -W -f='${Status}' benchgrind 2>/dev/null | grep -c 'ok installed')
if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$dir/install.log" 2>&1; then
   ok "installed $(basename "$deb")"
else
   tail -5 "$dir/install.log"; bad "the package does not install"; finish
fi
d=$dir/demo
mkdir -p "$d"
# nothing from this tree: the compiler finds iai.h under /usr/include, the
# launcher the tools under its own directory, PATH the viewers
cp "$here/tests/progs/example_bench.c" "$d/"
run() { (cd "$d" && env -i PATH=/usr/bin:/bin "$@"); }
if run cc -O1 -o example_bench example_bench.c 2>"$d/cc.err"; then ok "compiled with /usr/include/valgrind/iai.h"
else bad "the demo does not compile with the installed iai.h: $(head -2 "$d/cc.err")"; fi
run valgrind --tool=iaicount --iaicount-out-file=demo.xml ./example_bench >"$d/demo.out" 2>"$d/demo.err"
if grep -q 'region fib_20' "$d/demo.err" && [ -s "$d/demo.xml" ]; then
   ok "valgrind --tool=iaicount: $(grep -m1 'I *refs' "$d/demo.err" | sed 's/^==[0-9]*== *//')"
else
   tail -5 "$d/demo.err"; bad "valgrind --tool=iaicount did not run the demo"
fi
if run iaidiff demo.xml >"$d/iaidiff.out" 2>&1 && grep -q fib_20 "$d/iaidiff.out"; then
   ok "iaidiff reads the demo's profile"
else
   head -5 "$d/iaidiff.out"; bad "iaidiff failed on the demo's profile"
fi
run iaidiff --regression=Ir=0 demo.xml demo.xml >"$d/iaidiff2.out" 2>&1 \
   && ok "iaidiff compares two profiles (no change: exit 0)" || bad "iaidiff OLD NEW: $(head -3 "$d/iaidiff2.out")"
run valgrind --tool=cachetrace --cachetrace-out-file=ct.xml ./example_bench >/dev/null 2>"$d/ct.err" \
   && [ -s "$d/ct.xml" ] && ok "valgrind --tool=cachetrace" || bad "cachetrace: $(tail -2 "$d/ct.err")"
run valgrind --tool=heapcount --heapcount-out-file=hc.xml ls -l / >/dev/null 2>"$d/hc.err" \
   && [ -s "$d/hc.xml" ] && ok "valgrind --tool=heapcount" || bad "heapcount: $(tail -2 "$d/hc.err")"
run heapview hc.xml >"$d/hv.out" 2>&1 && ok "heapview reads heapcount's profile" || bad "heapview: $(head -2 "$d/hv.out")"
run man -w iaicount >/dev/null 2>&1 && ok "man iaicount" || bad "no man page for iaicount"
run iai-gate --help >"$d/gate.out" 2>&1 && grep -q 'iai-gate' "$d/gate.out" \
   && ok "iai-gate --help" || bad "iai-gate: $(head -2 "$d/gate.out")"
if run cc -m32 -O1 -o example_bench32 example_bench.c 2>/dev/null; then
   if run ./example_bench32 >/dev/null 2>&1; then
      run valgrind --tool=iaicount --iaicount-out-file=demo32.xml ./example_bench32 >/dev/null 2>"$d/demo32.err" \
         && grep -q 'region fib_20' "$d/demo32.err" && ok "valgrind --tool=iaicount on a 32-bit program" \
         || bad "iaicount on a 32-bit program: $(tail -2 "$d/demo32.err")"
   else
      echo "  (this machine cannot run 32-bit programs: the x86 tools were not run)"
   fi
fi

# 5. removed again, unless it was there before
if [ "$keep" = no ] && [ "$was_installed" = 0 ]; then
   dpkg -r benchgrind >/dev/null 2>&1 && ok "removed" || bad "dpkg -r benchgrind failed"
fi
finish
