# cachetrace equals cachegrind when a program touches data and runs code
# far above where Valgrind puts it (2^37 and up): such blocks do not fit
# the simulator's 32-bit way encodings, and the caches they reach switch
# to whole block numbers part way through the run (bg_cachesim.h).  With
# the host's caches, I1 and D1 switch; with GEO_B and GEO_C, the LL too.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
cd "$work" || exit 1

run_pair high-auto "--branch-sim=yes" "$p/ct_highaddr"
run_pair high-B    "$GEO_B"           "$p/ct_highaddr"
run_pair high-C    "$GEO_C --branch-sim=yes" "$p/ct_highaddr"
for l in high-auto high-B high-C; do
   # the mappings must be where the program asked for them
   grep -q '^mid 0x3000000000 high 0x7f0000000000$' "$work/$l.ct.stdout" \
      || fail "$l: the high mappings did not land: $(head -1 "$work/$l.ct.stdout")"
   compare_pair "$l"
done
finish
