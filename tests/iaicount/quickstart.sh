# ./quickstart.sh installs for the demo only what the build and the demo
# need, and the test-only packages (Chromium, jq, jsonschema, the XML
# tools, C++ compilers, git, cmark-gfm, python3-yaml) only for the tests,
# and "install" the demo's packages and make install: run with apt-get, dpkg-query
# (nothing installed), sudo and make replaced by stubs that log their
# arguments.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
mkdir stubs
for cmd in apt-get make; do
   printf '#!/bin/sh\necho "%s $*" >>"%s/calls"\n' "$cmd" "$work" >stubs/$cmd
done
printf '#!/bin/sh\nexit 1\n' >stubs/dpkg-query
printf '#!/bin/sh\n"$@"\n' >stubs/sudo
chmod +x stubs/*

# installed MODE: the packages ./quickstart.sh MODE asks apt-get for
installed() {
   rm -f calls
   PATH=$work/stubs:$PATH sh "$top_srcdir/quickstart.sh" "$1" >"$1.out" 2>&1 \
      || fail "quickstart.sh $1: $(tail -2 "$1.out")"
   cp calls "$1.calls"
   grep '^apt-get install' calls | tr ' ' '\n' | grep -v '^-\|^apt-get$\|^install$' | sort
}
installed demo >demo.pkgs
installed test >test.pkgs
installed install >install.pkgs
note "demo: $(tr '\n' ' ' <demo.pkgs)"
for p in gcc make valgrind libxml2-dev; do
   grep -qx "$p" demo.pkgs || fail "the demo does not install $p"
done
for p in chromium jq python3-jsonschema xsltproc libxml2-utils g++ clang time \
   git cmark-gfm python3-yaml; do
   grep -qx "$p" demo.pkgs && fail "the demo installs the test-only package $p"
   grep -qx "$p" test.pkgs || fail "the tests do not install $p"
done
comm -23 demo.pkgs test.pkgs | grep -q . && fail "the tests lack packages of the demo"
grep -q -- '--no-install-recommends' demo.calls || fail "apt-get installs recommended packages too"
grep -qx 'make demo' demo.calls || fail "the demo does not run make demo"
grep -q '^make .*check' test.calls || fail "the tests do not run make check"
# install: what the build needs, then make install (the CI files' step)
cmp -s demo.pkgs install.pkgs || fail "install does not install the demo's packages alone"
grep -qx 'make install' install.calls || fail "install does not run make install"
finish
