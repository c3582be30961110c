# cachetrace --branch-sim=yes equals cachegrind --cache-sim=yes
# --branch-sim=yes on all 13 events, in total and per function, and
# iaicount --cache-sim=yes on its 9, on system programs the tests have
# never seen: perl and python3, with their hash seeds fixed, where
# cachegrind itself gives the same figures twice.  (The g++ driver is no
# oracle here: glibc's temporary-file names come from getrandom, so its
# counts move by a few dozen instructions from run to run.)
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
cd "$work" || exit 1
EV="Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw"
# iaicount's default geometry, so one cachegrind run serves all three
FIXED="--I1=32768,8,64 --D1=32768,8,64 --LL=8388608,16,64"

system_oracle() {
   label=$1; shift
   run_pair "$label" "$FIXED --branch-sim=yes" "$@"
   vg "$label.cg2" --tool=cachegrind --cache-sim=yes $FIXED --branch-sim=yes \
      --cachegrind-out-file="$work/$label.cg2.out" "$@"
   repeatable "$label" "$(cg_summary "$label.cg.out")" "$(cg_summary "$label.cg2.out")" \
      || return 0
   compare_pair "$label"
   vg "$label.ic" --tool=iaicount --cache-sim=yes \
      --iaicount-out-file="$work/$label.ic.xml" "$@"
   validate "$label.ic.xml" || return 0
   # shellcheck disable=SC2086
   a=$(xml_summary "$label.ic.xml" $EV)
   b=$(cg_summary "$label.cg.out" | cut -d' ' -f1-9)
   [ "$a" = "$b" ] && note "$label, iaicount --cache-sim=yes: $EV = $b" \
      || fail "$label: iaicount --cache-sim=yes '$a', cachegrind '$b' ($EV)"
}

VG_ENV="PERL_HASH_SEED=0 PERL_PERTURB_KEYS=0" system_oracle perl \
   /usr/bin/perl -e 'my $x = 1; my %h = map { $_ => $x } 1 .. 2000; print scalar(keys %h), "\n"'
VG_ENV="PYTHONHASHSEED=0" system_oracle python3 \
   /usr/bin/python3 -c 'print(sorted({str(i): i for i in range(500)})[:3])'
finish
