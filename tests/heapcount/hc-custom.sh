# Custom allocators declared with VALGRIND_MALLOCLIKE_BLOCK,
# VALGRIND_FREELIKE_BLOCK and VALGRIND_RESIZEINPLACE_BLOCK count like
# malloc'd blocks, inside the malloc'd arena they are carved from.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
cd "$work" || exit 1
vg hc --tool=heapcount --heapcount-out-file="$work/hc.xml" "$tests_builddir/progs/hc_custom"
validate hc.xml
# s FUNCTION METRIC: METRIC summed over the sites allocated in FUNCTION
s() { sites hc.xml "" "$2" | awk -F'\t' -v f="$1" 'index($1, f) == 1 { n += $2 } END { print n + 0 }'; }
[ "$(s pool_alloc TotalBlocks)" = 102 ] || fail "pool blocks: $(s pool_alloc TotalBlocks)"
[ "$(s pool_alloc TotalBytes)" = 3296 ] || fail "pool bytes: $(s pool_alloc TotalBytes)"
[ "$(s pool_alloc EndBlocks)" = 1 ] || fail "pool live at end: $(s pool_alloc EndBlocks)"
[ "$(s pool_alloc EndBytes)" = 64 ] || fail "pool bytes at end: $(s pool_alloc EndBytes)"
[ "$(s pool_alloc WriteBytes)" = 3200 ] || fail "pool writes: $(s pool_alloc WriteBytes)"
[ "$(s pool_alloc ReadBytes)" = 800 ] || fail "pool reads: $(s pool_alloc ReadBytes)"
[ "$(summary_metric hc.xml BadCustomRequests)" = 1 ] || fail "bad FREELIKE not counted"
# large custom blocks (kept in the block map's tree) inside a large
# malloc'd one: 2 x 100,000 bytes, and a resize each (a block more, as
# DHAT counts a realloc); 2 x 25 x 8 bytes written, 2 x 2 x 8 read; the
# arena sees only the 8 bytes written outside them
[ "$(s big_pool_alloc TotalBlocks)" = 4 ] || fail "big pool blocks: $(s big_pool_alloc TotalBlocks)"
[ "$(s big_pool_alloc TotalBytes)" = 300000 ] || fail "big pool bytes: $(s big_pool_alloc TotalBytes)"
[ "$(s big_pool_alloc WriteBytes)" = 400 ] || fail "big pool writes: $(s big_pool_alloc WriteBytes)"
[ "$(s big_pool_alloc ReadBytes)" = 32 ] || fail "big pool reads: $(s big_pool_alloc ReadBytes)"
[ "$(s big_pools WriteBytes)" = 8 ] || fail "big arena writes: $(s big_pools WriteBytes)"
[ "$(s big_pools ReadBytes)" = 0 ] || fail "big arena reads: $(s big_pools ReadBytes)"
grep -q '^done$' hc.stdout || fail "the program did not finish"
finish
