# Everything is built with the Valgrind configure chose, not with another
# one lying in the compiler's default paths: a client program including
# iai.h sees its valgrind.h, every Valgrind header the tools were compiled
# with comes from its include directory, and the launcher the tests run
# is of its version.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
want=$(echo "$VG_VERSION" | cut -d. -f1,2)

got=$("$tests_builddir/progs/vg_header_version")
if [ "$got" = "$want" ]; then note "client programs: valgrind.h $got"
else fail "a client program including iai.h sees valgrind.h $got, configure chose $VG_VERSION"; fi

# The compiler's dependency files list every header an object was built with.
deps=$(find "$top_builddir/common" "$top_builddir/iaicount" "$top_builddir/cachetrace" \
            "$top_builddir/heapcount" -path '*/.deps/*.Po' 2>/dev/null)
if [ -n "$deps" ]; then
   # shellcheck disable=SC2086
   grep -ho '[^ :]*/\(valgrind\|pub_tool_[a-z0-9_]*\|libvex[a-z0-9_]*\)\.h' $deps \
      | sort -u >vg-headers.txt
   n=$(wc -l <vg-headers.txt)
   [ "$n" -gt 10 ] || fail "only $n Valgrind headers in the tools' dependency files"
   if grep -v "^$VG_INCLUDEDIR/" vg-headers.txt >foreign.txt; then
      fail "tools compiled with headers from outside $VG_INCLUDEDIR: $(head -3 foreign.txt | tr '\n' ' ')"
   else
      note "tools: $n Valgrind headers, all under $VG_INCLUDEDIR"
   fi
else
   note "no dependency files (built with --disable-dependency-tracking): headers of the tools not checked"
fi

v=$("$VALGRIND" --version)
[ "$v" = "valgrind-$VG_VERSION" ] || fail "the tests' launcher $VALGRIND runs $v, not $VG_VERSION"
# the tools run are of that version too
vg ver --tool=iaicount "$tests_builddir/progs/vg_header_version"
grep -q "Using Valgrind-$VG_VERSION " "$work/ver.stderr" \
   || fail "iaicount's banner: $(grep -m1 'Using Valgrind' "$work/ver.stderr")"
finish
