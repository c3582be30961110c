# iaicount equals cachegrind on programs the tests have never seen: system
# binaries of the machine, large and dynamically linked.  python3, with
# its hash seed fixed, only where cachegrind itself gives the same count
# twice; without the seed it varies (two runs: 32,000,621 and 32,057,550).
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
printf 'pear\napple\nfig\nbanana\n' >fruit.txt
same_as_cachegrind true   /bin/true
same_as_cachegrind ls     /bin/ls -l /usr/include/valgrind
# sort sizes its buffer from the free memory (sysinfo) unless -S fixes it,
# and the arithmetic on that figure moves the count by a few instructions.
same_as_cachegrind sort   /usr/bin/sort -S 1M fruit.txt
same_as_cachegrind gzip   /bin/gzip -c "$top_srcdir/docs/profile.rng"
same_as_cachegrind sed    /bin/sed -e s/element/ELEMENT/g "$top_srcdir/docs/profile.rng"
same_as_cachegrind md5sum /usr/bin/md5sum "$top_srcdir/docs/profile.rng"
# perl randomises its hashes unless told not to
VG_ENV="PERL_HASH_SEED=0 PERL_PERTURB_KEYS=0" \
   same_as_cachegrind perl /usr/bin/perl -e 'my %h = map { $_ => 1 } 1 .. 500; print scalar(keys %h), "\n"'
PY="print(sum(range(100)))"
for run in cg cg2; do
   VG_ENV="PYTHONHASHSEED=0" vg python3.$run --tool=cachegrind --cache-sim=no \
      --cachegrind-out-file="$work/python3.$run.out" /usr/bin/python3 -c "$PY"
done
if repeatable python3 "$(cg_total python3.cg.out)" "$(cg_total python3.cg2.out)"; then
   VG_ENV="PYTHONHASHSEED=0" vg python3.ic --tool=iaicount \
      --iaicount-out-file="$work/python3.ic.xml" /usr/bin/python3 -c "$PY"
   compare_files python3 "$work/python3.ic.xml" "$work/python3.cg.out"
fi
finish
