#!/bin/sh
# iaidiff --markdown on the hand-made profiles of tests/iaidiff: the
# report is the expected Markdown byte for byte (compare.md), and renders
# with GitHub's renderer (cmark-gfm) to the expected layout: headline,
# limits, one table per metric with regressions and missing regions
# first and in bold, unchanged regions in a <details> block; a single
# profile is one table of values; --tolerance and --allow-missing show
# in the verdicts.
. "$tests_srcdir/gate/common.sh"
need python3 python3
need cmark-gfm "cmark-gfm (GitHub's Markdown renderer)"
IN=$tests_srcdir/iaidiff
cd "$IN" || exit 1

# outline NAME FILE.md: FILE.md rendered, against NAME.outline
outline() {
   if ! python3 "$GATE_INPUTS/md-outline.py" "$2" >"$work/$1.outline" 2>"$work/$1.render"; then
      fail "$1: $(cat "$work/$1.render")"
   fi
   diff -u "$GATE_INPUTS/$1.outline" "$work/$1.outline" >"$work/$1.diff" \
      || { fail "$1: renders otherwise than $1.outline"; cat "$work/$1.diff"; }
}

run compare "$IAIDIFF" --color=never --regression=Ir=2 --markdown="$work/compare.md" old.xml new.xml
expect_status compare 1
diff -u "$GATE_INPUTS/compare.md" "$work/compare.md" >"$work/compare.diff" \
   || { fail "the report differs from compare.md"; cat "$work/compare.diff"; }
outline compare "$work/compare.md"
# the headline is the first line, a level-3 heading
head -1 "$work/compare.md" | grep -q '^### Regressed: 1 of 4 regions regressed; worst <code>parse\\_small</code> Ir +2\.88%; 1 missing$' \
   || fail "headline: $(head -1 "$work/compare.md")"

run single "$IAIDIFF" --color=never --markdown="$work/single.md" new.xml
expect_status single 0
outline single "$work/single.md"

run ok "$IAIDIFF" --color=never --allow-missing --tolerance=3 \
   --regression=Ir=2,EstimatedCycles=5 --markdown="$work/ok.md" old.xml new.xml
expect_status ok 0
outline ok "$work/ok.md"

# the file is written whole or not at all: an unwritable place is exit 2
run unwritable "$IAIDIFF" --color=never --markdown="$work/no/such/dir/r.md" old.xml new.xml
expect_status unwritable 2
one_line_error unwritable
finish
