#!/bin/sh
# The gate fails closed, on profiles the real tools write at test time:
# a bench that did not run (its region lost) fails, exit 1; a profile
# without regions fails even with --allow-missing; profiles of two tools,
# and a limit on a metric that neither profile has and no tool measures,
# are exit 2; changes print with enough decimals to read against limits
# of 0 and 0.5; profiles from two Valgrind versions are compared with a
# note saying so.
. "$tests_srcdir/iaidiff/common.sh"

[ -x "$top_builddir/.in_place/heapcount-amd64-linux" ] \
   || { echo "SKIP: in-place tools not built"; exit 77; }
e2e=$tests_builddir/iaidiff/e2e_a loop=$tests_builddir/progs/loop

# profile NAME TOOL PROG ARGS...: $scratch/NAME.xml
profile() {
   name=$1 tool=$2; shift 2
   (cd "$scratch" && env -i PATH=/usr/bin:/bin LC_ALL=C \
      "$top_builddir/vg-in-place" --tool="$tool" \
      --"$tool"-out-file="$scratch/$name.xml" "$@" \
      >"$scratch/$name.stdout" 2>"$scratch/$name.stderr" </dev/null)
   [ -s "$scratch/$name.xml" ] || { fail "$tool wrote no $name.xml"; finish; }
   validate "$PROFILE_SCHEMA" "$scratch/$name.xml"
}
profile all iaicount "$e2e"
profile two iaicount "$e2e" sum_small words
profile none iaicount /bin/true
profile heap heapcount "$e2e"
cd "$scratch" || exit 1

# a bench not run: its region is missing, in the text, XML and JUnit
expect_status 1 "$IAIDIFF" --color=never --regression=Ir=2 --xml=d.xml --junit=j.xml all.xml two.xml
expect_line 'sum_large (missing region)'
expect_line '  sum_large: in the old profile, not in the new one'
expect_line 'iaidiff result: Failed. 2 without regressions; 0 regressed; 1 missing'
expect_xpath d.xml "/iaidiff/region[@missing='true']/@name" sum_large
expect_xpath j.xml "//testcase[failure/@type='missing']/@name" sum_large
expect_status 0 "$IAIDIFF" --color=never --regression=Ir=2 --allow-missing all.xml two.xml
expect_line 'iaidiff result: Ok. 3 without regressions; 0 regressed'

# no regions at all (a program without benches): a failure, allowed or not
for opt in --color=never --allow-missing; do
   expect_status 1 "$IAIDIFF" --color=never $opt --junit=j.xml all.xml none.xml
   expect_line '  the new profile has no regions; the old one has 3'
   expect_line 'iaidiff result: Failed. 1 without regressions; 0 regressed; 3 missing'
   expect_xpath j.xml "/testsuites/@failures" 3
done

# profiles of two tools
expect_status 2 "$IAIDIFF" --color=never all.xml heap.xml
expect_error "iaidiff: all.xml comes from iaicount and heap.xml from heapcount: compare profiles of one tool"
[ -s out ] && fail "something printed on stdout for two tools"

# a misspelt metric; a known one that these profiles lack is no error
expect_status 2 "$IAIDIFF" --color=never --regression=Irr=2 all.xml all.xml
expect_error 'iaidiff: --regression: unknown metric "Irr" (all.xml has: Ir)'
expect_status 2 "$IAIDIFF" --color=never --regression=Irr=2 all.xml
expect_status 2 "$IAIDIFF" --color=never --baseline-dir=iai --save-baseline=b --regression=Ir=1,bogus=3 all.xml
[ -e iai/b.xml ] && fail "a baseline was saved despite a bad limit"
expect_status 0 "$IAIDIFF" --color=never --regression=Ir=2,EstimatedCycles=5,TotalBytes=1 all.xml all.xml

# check_change LIMIT OLD.xml NEW.xml: the regression line's percentage is
# the true one (from the files' values), to as many decimals as printed,
# and reads neither as 0 nor as the limit.
check_change() {
   expect_status 1 "$IAIDIFF" --color=never --regression=Ir="$1" "$2" "$3"
   old=$(region_metric "$2" loop Ir)
   new=$(region_metric "$3" loop Ir)
   line=$(grep '^  loop: Ir (.*) regressed by ' out)
   shown=$(echo "$line" | sed -n 's/.* regressed by +\([0-9.]*\)% (>+\([0-9.]*\)%)$/\1 \2/p')
   echo "$shown" | awk -v o="$old" -v n="$new" -v lim="$1" '{
      pct = (n - o) / o * 100; split($1, parts, "."); d = length(parts[2])
      ok = d >= 2 && $1 + 0 != 0 && $1 + 0 != lim && $2 + 0 == lim
      diff = $1 - pct; if (diff < 0) diff = -diff
      if (diff > 0.5 * 10 ^ -d + 1e-12) ok = 0
      exit !ok }' || fail "limit $1: '$line' (old $old, new $new)"
}
profile l0 iaicount "$loop" 100000
profile l1 iaicount "$loop" 100001
profile l5 iaicount "$loop" 100502
check_change 0 l0.xml l1.xml
check_change 0.5 l0.xml l5.xml

# two Valgrind versions: the same profile as if another version had
# written it (its valgrind attribute is all that names the version)
ran=$(xpath l0.xml /profile/@valgrind)
[ -n "$ran" ] || fail "the profile does not say which Valgrind wrote it"
sed "s/ valgrind=\"$ran\"/ valgrind=\"9.99.0\"/" l0.xml >other.xml
note="Note: the profiles come from different Valgrind versions (old $ran, new 9.99.0): counts move between versions, so part of any change may be Valgrind's."
expect_status 0 "$IAIDIFF" --color=never --markdown=v.md l0.xml other.xml
expect_line "$note"
grep -qF "> **Note:** the profiles come from different Valgrind versions" v.md \
   || fail "the Markdown report does not say the versions differ"
expect_status 0 "$IAIDIFF" --color=never l0.xml l0.xml
expect_no_line "$note"
finish
