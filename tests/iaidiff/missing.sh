#!/bin/sh
# A region of OLD missing from NEW fails the gate (exit 1) and is named in
# every report: text, --xml and --junit.  --allow-missing accepts it.
. "$tests_srcdir/iaidiff/common.sh"

xml=$scratch/diff.xml junit=$scratch/junit.xml
expect_status 1 "$IAIDIFF" --color=never --xml="$xml" --junit="$junit" old.xml new.xml
expect_line '  removed_one: in the old profile, not in the new one'
expect_line 'iaidiff result: Failed. 3 without regressions; 0 regressed; 1 missing'
validate "$DIFF_SCHEMA" "$xml"
expect_xpath "$xml" "/iaidiff/@result" failed
expect_xpath "$xml" "/iaidiff/@regions-missing" 1
expect_xpath "$xml" "/iaidiff/region[@missing='true']/@name" removed_one
expect_xpath "$xml" "count(/iaidiff/region[@missing='true'])" 1
validate "$JUNIT_SCHEMA" "$junit"
expect_xpath "$junit" "/testsuites/@failures" 1
expect_xpath "$junit" "/testsuites/testsuite/@failures" 1
expect_xpath "$junit" "//testcase[failure]/@name" removed_one
expect_xpath "$junit" "//testcase[@name='removed_one']/failure/@type" missing
expect_xpath "$junit" "count(//skipped)" 0
# with a regression too, both are listed and the result says Regressed
expect_status 1 "$IAIDIFF" --color=never --regression=Ir=2 --xml="$xml" --junit="$junit" old.xml new.xml
expect_line '  parse_small: Ir (1,200,000 -> 1,234,567) regressed by +2.88% (>+2.00%)'
expect_line '  removed_one: in the old profile, not in the new one'
expect_line 'iaidiff result: Regressed. 2 without regressions; 1 regressed; 1 missing'
expect_xpath "$xml" "/iaidiff/@result" regressed
expect_xpath "$junit" "/testsuites/@failures" 2
# --allow-missing: a removed region, skipped in JUnit
expect_status 0 "$IAIDIFF" --color=never --allow-missing --xml="$xml" --junit="$junit" old.xml new.xml
expect_line 'iaidiff result: Ok. 4 without regressions; 0 regressed'
validate "$DIFF_SCHEMA" "$xml"
expect_xpath "$xml" "/iaidiff/@result" ok
expect_xpath "$xml" "/iaidiff/@regions-missing" 0
expect_xpath "$xml" "/iaidiff/region[@name='removed_one']/@missing" false
expect_xpath "$junit" "/testsuites/@failures" 0
expect_xpath "$junit" "count(//testcase[@name='removed_one']/skipped)" 1
# a region only in NEW is never a failure
expect_status 0 "$IAIDIFF" --color=never new.xml new.xml
expect_status 2 "$IAIDIFF" --allow-missing --merge -o "$scratch/m.xml" old.xml
finish
