# iaicount equals cachegrind on programs the tests have never seen: system
# binaries of the machine, large and dynamically linked.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
printf 'pear\napple\nfig\nbanana\n' >fruit.txt
same_as_cachegrind true   /bin/true
same_as_cachegrind ls     /bin/ls -l /usr/include/valgrind
same_as_cachegrind sort   /usr/bin/sort fruit.txt
same_as_cachegrind gzip   /bin/gzip -c "$top_srcdir/docs/profile.rng"
same_as_cachegrind sed    /bin/sed -e s/element/ELEMENT/g "$top_srcdir/docs/profile.rng"
same_as_cachegrind md5sum /usr/bin/md5sum "$top_srcdir/docs/profile.rng"
# perl randomises its hashes unless told not to
VG_ENV="PERL_HASH_SEED=0 PERL_PERTURB_KEYS=0" \
   same_as_cachegrind perl /usr/bin/perl -e 'my %h = map { $_ => 1 } 1 .. 500; print scalar(keys %h), "\n"'
finish
