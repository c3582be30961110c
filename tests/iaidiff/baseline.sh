#!/bin/sh
# --save-baseline / --baseline / --baseline-dir: named baselines saved atomically.
. "$tests_srcdir/iaidiff/common.sh"

dir=$scratch/base/nested
# first save: nothing to compare with, the directory is created
expect_status 0 "$IAIDIFF" --allow-missing --color=never --baseline-dir="$dir" --save-baseline=main old.xml
expect_line '  Instructions:                   1,200,000|N/A                  (*********)'
cmp -s old.xml "$dir/main.xml" || fail "baseline main is not a copy of old.xml"
# compare against it
expect_status 1 "$IAIDIFF" --allow-missing --color=never --baseline-dir="$dir" --baseline=main --regression=Ir=2 new.xml
expect_line '  Instructions:                   1,234,567|1,200,000            (+2.88%) [+1.03x]'
expect_line '  parse_small: Ir (1,200,000 -> 1,234,567) regressed by +2.88% (>+2.00%)'
cmp -s old.xml "$dir/main.xml" || fail "--baseline changed the baseline"
# --save-baseline compares with the existing baseline, then replaces it
expect_status 0 "$IAIDIFF" --allow-missing --color=never --baseline-dir="$dir" --save-baseline=main new.xml
expect_line '  Instructions:                   1,234,567|1,200,000            (+2.88%) [+1.03x]'
cmp -s new.xml "$dir/main.xml" || fail "--save-baseline did not replace the baseline"
# compare against one baseline, save another
expect_status 0 "$IAIDIFF" --allow-missing --color=never --baseline-dir="$dir" --baseline=main --save-baseline=feature-1.2_x new.xml
expect_line '  Instructions:                   1,234,567|1,234,567            (No change)'
cmp -s new.xml "$dir/feature-1.2_x.xml" || fail "baseline feature-1.2_x not saved"
leftover=$(find "$scratch/base" -name '*.tmp.*')
[ -z "$leftover" ] || fail "temporary files left: $leftover"
# the default directory is .iai in the current directory
(cd "$scratch" && "$IAIDIFF" --allow-missing --color=never --save-baseline=dflt "$INPUTS/old.xml" >/dev/null) \
   || fail "saving in the default directory"
[ -f "$scratch/.iai/dflt.xml" ] || fail "no .iai/dflt.xml"
# a missing baseline is an error
expect_status 2 "$IAIDIFF" --allow-missing --baseline-dir="$dir" --baseline=nope new.xml
expect_error "iaidiff: no baseline \"nope\" in $dir ($dir/nope.xml is missing)"
# names are restricted
for name in .hidden ../up a/b 'sp ace' ''; do
   expect_status 2 "$IAIDIFF" --allow-missing --baseline-dir="$dir" --save-baseline="$name" new.xml
   grep -q '^iaidiff: bad baseline name' "$scratch/err" || fail "name '$name' accepted"
done
# --baseline with two files is a usage error
expect_status 2 "$IAIDIFF" --allow-missing --baseline-dir="$dir" --baseline=main old.xml new.xml
# a broken NEW is not saved
expect_status 2 "$IAIDIFF" --allow-missing --baseline-dir="$dir" --save-baseline=main bad/truncated.xml
cmp -s new.xml "$dir/main.xml" || fail "a malformed file replaced the baseline"
finish
