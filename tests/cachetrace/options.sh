# Bad --I1/--D1/--LL values are refused exactly as cachegrind refuses them
# (same message, same exit status), and other bad options are refused.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
cd "$work" || exit 1
strip() { sed -e 's/^==[0-9]*== //' -e 's/^--[0-9]*-- //' "$1" \
   | grep -v -E '^(Cachegrind, a|cachetrace-|Copyright|Using Valgrind|Command:|$)' \
   | sed 's/^Cachegrind: /TOOL: /; s/^cachetrace: /TOOL: /'; }
for o in --I1=48000,12,64 --D1=32768,8,48 --LL=1024,1,8 --I1=64,2,64 \
         --D1=64,1,64 --LL=3145728,16,64 --I1=32768,8 --D1=abc \
         --LL=99999999999,8,64 --I1=32768,8,64,1 --L2=1000,3,64 \
         --I1=32768,8,16 --D1=16384,16,16; do
   vg bad.ct --tool=cachetrace "$o" "$p/ct_indirect" 10; rc_ct=$?
   vg bad.cg --tool=cachegrind --cache-sim=yes "$o" "$p/ct_indirect" 10; rc_cg=$?
   [ $rc_ct -ne 0 ] || fail "accepted: $o"
   [ $rc_ct -eq $rc_cg ] || fail "$o: exit status $rc_ct, cachegrind's $rc_cg"
   strip "$work/bad.ct.stderr" >bad.ct.txt; strip "$work/bad.cg.stderr" >bad.cg.txt
   diff bad.cg.txt bad.ct.txt >bad.diff && note "$o: $(grep -m1 -E 'Bad|cannot' bad.ct.txt)" \
      || { fail "$o: message differs from cachegrind's"; cat bad.diff; }
   grep -qi "assert\|panic\|host stacktrace" "$work/bad.ct.stderr" && fail "crash on: $o"
done
bad() {
   vg bad --tool=cachetrace "$@" "$p/ct_indirect" 10 && fail "accepted: $*"
   grep -q "Bad option" "$work/bad.stderr" || fail "no 'Bad option' message for: $*"
}
bad --cache-sim=maybe
bad --branch-sim=1x
bad --collect-atstart=perhaps
bad --cachetrace-out-file=
bad --cachetrace-out-file=x.%z
bad --cachegrind-out-file=y.%q{NO_SUCH_VARIABLE_HERE}
bad --toggle-collect=
vg help --tool=cachetrace --help
for o in --I1 --D1 --LL --cache-sim --branch-sim --cachetrace-out-file \
         --cachegrind-out-file --collect-atstart --toggle-collect; do
   grep -q -- "$o" "$work/help.stdout" || fail "--help does not list $o"
done
finish
