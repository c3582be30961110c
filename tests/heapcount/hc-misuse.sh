# free() of garbage, of an interior pointer, double free, realloc of
# garbage, calloc overflow, huge and zero sizes: the program runs on as
# under Valgrind's memcheck (glibc's own malloc would abort), each kind is reported once, and the file is valid.
# Alignments above 16 MiB (Valgrind's allocator panics on them, and so do
# DHAT and memcheck) fail with ENOMEM or NULL, are counted as failed, and
# the program goes on.
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
         'realloc()s of an address' 'allocations failed' 'of 0 bytes'; do
   n=$(grep -c "$w" hc.stderr)
   [ "$n" = 1 ] || fail "reported $n times: $w"
done
grep -q 'impossible\|Assertion' hc.stderr && fail "heapcount crashed"
# Zero-size requests: as many in the XML and on stderr as the program made.
made=$(sed -n 's/^zero-size requests: //p' hc.stdout)
said=$(sed -n 's/.*note: \([0-9,]*\) allocations* of 0 bytes.*/\1/p' hc.stderr)
[ -n "$made" ] && [ "$(summary_metric hc.xml ZeroSizeAllocs)" = "$made" ] \
   || fail "ZeroSizeAllocs $(summary_metric hc.xml ZeroSizeAllocs), the program made ${made:-?}"
[ "$said" = "$made" ] || fail "stderr says ${said:-nothing} zero-size allocations, the program made ${made:-?}"
# (DHAT itself aborts on this program: it hands bogus pointers to
# Valgrind's allocator.)

vg align --tool=heapcount --heapcount-out-file="$work/align.xml" \
   "$tests_builddir/progs/hc_bigalign"
cat >align.expected <<'END'
posix_memalign 32 MiB: ENOMEM
memalign 64 MiB: NULL
aligned_alloc 32 MiB: NULL
memalign 16 MiB: aligned
still running
END
cmp -s align.expected align.stdout || fail "big alignments: the program printed: $(cat align.stdout)"
if [ -s align.xml ] && validate align.xml; then
   [ "$(summary_metric align.xml FailedAllocs)" = 3 ] \
      || fail "big alignments: FailedAllocs $(summary_metric align.xml FailedAllocs), not 3"
else
   fail "big alignments: no valid profile ($(grep -m1 -i 'panic\|alignment' align.stderr))"
fi
grep -q 'note: 3 allocations failed' align.stderr || fail "big alignments: not reported on stderr"
finish
