# The --cachegrind-out-file output is cachegrind's format: cg_annotate
# reads it and prints the same totals as for cachegrind's own file.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
cd "$work" || exit 1
command -v cg_annotate >/dev/null 2>&1 || skip "cg_annotate not installed"
for opts in "" "--branch-sim=yes $GEO_B"; do
   run_pair ann "$opts" "$p/ct_indirect"
   cg_annotate ann.ct.cg >ann.ct.txt 2>ann.ct.err || fail "cg_annotate refused our file: $(head -3 ann.ct.err)"
   cg_annotate ann.cg.out >ann.cg.txt 2>&1
   # The totals line: the first line of numbers after the events header.
   tot() { grep -m1 -E '^ *[0-9][0-9,]* ' "$1"; }
   a=$(tot ann.ct.txt); b=$(tot ann.cg.txt)
   [ -n "$a" ] && [ "$a" = "$b" ] && note "cg_annotate totals ($opts): $a" \
      || fail "cg_annotate totals differ ($opts): '$a' vs '$b'"
   # and the function table, apart from the header naming the file
   grep -v -E '^(Command|Data file|cmd|Events|desc)' ann.ct.txt | grep -v "ann\." >ann.ct.body
   grep -v -E '^(Command|Data file|cmd|Events|desc)' ann.cg.txt | grep -v "ann\." >ann.cg.body
   diff ann.cg.body ann.ct.body >ann.diff || { fail "cg_annotate output differs ($opts)"; head -5 ann.diff; }
   head -3 ann.ct.cg | grep -q '^desc: LL cache: ' || fail "no desc: lines"
done
finish
