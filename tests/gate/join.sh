#!/bin/sh
# iaidiff --join on profiles iaicount writes at test time: each input's
# regions become RUN::REGION (RUN: the program's file name, or its whole
# command where two inputs ran one program) with the inputs' values; the
# summary adds up; one input is copied; a file without regions, profiles
# of two tools and one command twice are refused with exit 2 and one
# line.  The joined profile validates, and --bmf names its benchmarks by
# the regions alone.
. "$tests_srcdir/gate/common.sh"
a=$tests_builddir/iaidiff/e2e_a b=$tests_builddir/iaidiff/e2e_b
profile a "$a"
profile b "$b"
profile a_small "$a" sum_small
profile a_words "$a" words
profile none /bin/true
vg heap --tool=heapcount --heapcount-out-file="$work/heap.xml" "$a"

# regions_of FILE: "name<TAB>Ir" lines, sorted
regions_of() { regions "$1" | sed '/^	*$/d'; }

run ab "$IAIDIFF" --join -o "$work/ab.xml" "$work/a.xml" "$work/b.xml"
expect_status ab 0
validate "$work/ab.xml"
{ regions_of "$work/a.xml" | sed 's/^/e2e_a::/'
  regions_of "$work/b.xml" | sed 's/^/e2e_b::/'; } | sort >"$work/ab.want"
regions_of "$work/ab.xml" | diff -u "$work/ab.want" - >"$work/ab.diff" \
   || { fail "joined regions differ from the inputs'"; cat "$work/ab.diff"; }
[ "$(summary_metric "$work/ab.xml")" = \
  "$(( $(summary_metric "$work/a.xml") + $(summary_metric "$work/b.xml") ))" ] \
   || fail "the joined summary is not the sum"

# one program, two commands: RUN is the command without the directory
run same "$IAIDIFF" --join -o "$work/same.xml" "$work/a_small.xml" "$work/a_words.xml"
expect_status same 0
regions_of "$work/same.xml" | cut -f1 >"$work/same.names"
printf 'e2e_a sum_small::sum_small\ne2e_a words::words\n' \
   | diff -u - "$work/same.names" >/dev/null || { fail "runs of one program:"; cat "$work/same.names"; }

# one input: a copy
run one "$IAIDIFF" --join -o "$work/one.xml" "$work/a.xml"
expect_status one 0
regions_of "$work/a.xml" >"$work/one.want"
regions_of "$work/one.xml" | diff -u "$work/one.want" - >/dev/null || fail "one input is not copied"

# BMF of a join: the region names already say which program ran them
need jq jq
run bmf "$IAIDIFF" --bmf="$work/ab.json" "$work/ab.xml"
expect_status bmf 0
jq -r 'keys[]' "$work/ab.json" | sort >"$work/ab.keys"
cut -f1 "$work/ab.want" | diff -u - "$work/ab.keys" >"$work/bmf.diff" \
   || { fail "BMF of a join: benchmark names"; cat "$work/bmf.diff"; }

# refused
run noreg "$IAIDIFF" --join -o "$work/x.xml" "$work/a.xml" "$work/none.xml"
expect_status noreg 2
one_line_error noreg
grep -q "none.xml: no regions: " "$work/noreg.err" || fail "no regions: $(cat "$work/noreg.err")"
run tools "$IAIDIFF" --join -o "$work/x.xml" "$work/a.xml" "$work/heap.xml"
expect_status tools 2
one_line_error tools
run twice "$IAIDIFF" --join -o "$work/x.xml" "$work/a.xml" "$work/a.xml"
expect_status twice 2
one_line_error twice
[ -e "$work/x.xml" ] && fail "a refused join wrote its output"
run usage "$IAIDIFF" --join "$work/a.xml"
expect_status usage 2
run usage2 "$IAIDIFF" --join --merge -o "$work/x.xml" "$work/a.xml"
expect_status usage2 2
run usage3 "$IAIDIFF" --join --regression=Ir=2 -o "$work/x.xml" "$work/a.xml"
expect_status usage3 2
finish
