#!/bin/sh
# End to end: iaicount profiles two builds of one benchmark, the second
# doing ~3% more work in region sum_large; iaidiff gates on them.
. "$tests_srcdir/iaidiff/common.sh"

[ -x "$top_builddir/.in_place/iaicount-amd64-linux" ] \
   || { echo "SKIP: in-place iaicount not built"; exit 77; }
prog_a=$tests_builddir/iaidiff/e2e_a
prog_b=$tests_builddir/iaidiff/e2e_b
for p in "$prog_a" "$prog_b"; do
   [ -x "$p" ] || { echo "FAIL: $p not built"; exit 1; }
done

profile() {
   (cd "$scratch" && env -i PATH=/usr/bin:/bin LC_ALL=C \
      "$top_builddir/vg-in-place" --tool=iaicount \
      --iaicount-out-file="$scratch/$1.xml" "$2" \
      >"$scratch/$1.stdout" 2>"$scratch/$1.stderr" </dev/null) \
      || { fail "iaicount failed on $2"; sed 's/^/  /' "$scratch/$1.stderr"; finish; }
   validate "$PROFILE_SCHEMA" "$scratch/$1.xml"
}
profile a "$prog_a"
profile b "$prog_b"

# the unchanged regions count exactly the same
expect_status 0 "$IAIDIFF" --color=never "$scratch/a.xml" "$scratch/b.xml"
for r in sum_small words; do
   grep -A1 -x "$r" "$scratch/out" | grep -q '^  Instructions: .*(No change)$' \
      || fail "region $r changed between the two builds"
done
grep -A1 -x sum_large "$scratch/out" | grep -q '^  Instructions: .*(+[0-9.]*%) \[+1\.03x\]$' \
   || fail "sum_large does not show a +1.03x growth"

# a 2% limit: exit 1, only sum_large regressed, the JUnit report validates
junit=$scratch/junit.xml
expect_status 1 "$IAIDIFF" --color=never --regression=Ir=2 --junit="$junit" \
   "$scratch/a.xml" "$scratch/b.xml"
n=$(grep -c 'regressed by' "$scratch/out")
[ "$n" = 1 ] || fail "expected one regression, got $n"
grep -q '^  sum_large: Ir (.* -> .*) regressed by +[23]\.[0-9][0-9]% (>+2\.00%)$' "$scratch/out" \
   || fail "the regression is not sum_large's Ir"
expect_line 'iaidiff result: Regressed. 2 without regressions; 1 regressed'
validate "$JUNIT_SCHEMA" "$junit"
expect_xpath "$junit" "count(//testcase)" 3
expect_xpath "$junit" "//testcase[failure]/@name" sum_large

# a 5% limit: within limits
expect_status 0 "$IAIDIFF" --color=never --regression=Ir=5 --junit="$junit" \
   "$scratch/a.xml" "$scratch/b.xml"
expect_line 'iaidiff result: Ok. 3 without regressions; 0 regressed'
validate "$JUNIT_SCHEMA" "$junit"
expect_xpath "$junit" "count(//failure)" 0

# the baseline workflow on real output
expect_status 0 "$IAIDIFF" --color=never --baseline-dir="$scratch/iai" --save-baseline=main "$scratch/a.xml"
expect_status 1 "$IAIDIFF" --color=never --baseline-dir="$scratch/iai" --baseline=main --regression=Ir=2 "$scratch/b.xml"
finish
