# cachetrace for x86-linux: every cache and branch event, in total and per
# function, equals the stock x86 cachegrind's (--cache-sim=yes) on -m32
# programs, with the host's caches and an explicit geometry.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
. "$tests_srcdir/x86/x86-lib.sh"
cd "$work" || exit 1
run_pair random-auto "--branch-sim=yes"        "$p/ct_random_m32"
run_pair indir-auto  "--branch-sim=yes"        "$p/ct_indirect_m32"
run_pair transp-A    "$GEO_A --branch-sim=yes" "$p/ct_transpose_m32"
run_pair random-B    "$GEO_B"                  "$p/ct_random_m32" 100000
run_pair rep-D       "$GEO_D"                  "$p/repmovs_m32" 5000
for l in random-auto indir-auto transp-A random-B rep-D; do compare_pair "$l"; done
finish
