# free() of garbage, of an interior pointer, double free, realloc of
# garbage, calloc overflow, huge and zero sizes: the program runs on as
# under Valgrind's memcheck (glibc's own malloc would abort), each kind is reported once, and the file is valid.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
cd "$work" || exit 1
prog=$tests_builddir/progs/hc_misuse
vg hc --tool=heapcount --heapcount-out-file="$work/hc.xml" "$prog"
vg mc --tool=memcheck "$prog"
cmp -s hc.stdout mc.stdout || fail "output differs from memcheck's: $(cat hc.stdout)"
grep -q 'still running' hc.stdout || fail "the program did not run to the end"
validate hc.xml
for m in BadFrees DoubleFrees InteriorFrees BadReallocs FailedAllocs ZeroSizeAllocs; do
   v=$(summary_metric hc.xml $m)
   [ "$v" -ge 1 ] 2>/dev/null || fail "$m: ${v:-missing}"
done
for w in 'not a heap block (ignored)' 'double free' 'inside a heap block' \
         'realloc()s of an address' 'allocations failed' 'allocations of 0 bytes'; do
   n=$(grep -c "$w" hc.stderr)
   [ "$n" = 1 ] || fail "reported $n times: $w"
done
grep -q 'impossible\|Assertion' hc.stderr && fail "heapcount crashed"
# (DHAT itself aborts on this program: it hands bogus pointers to
# Valgrind's allocator.)
finish
