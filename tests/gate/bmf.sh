#!/bin/sh
# iaidiff --bmf on profiles iaicount writes at test time: valid against
# tests/gate/bmf.schema.json (Bencher's documented format), unchanged by a
# round trip through jq, one benchmark PROGRAM::REGION per region in file
# order, each metric under its documented slug with the value the profile
# holds; per-function benchmarks only with --bmf-functions=N, the N
# costliest; a profile without regions is one benchmark; hostile names
# stay valid, distinct JSON.  The schema itself rejects broken files.
. "$tests_srcdir/gate/common.sh"
need python3:jsonschema python3-jsonschema
need jq jq
BMF_SCHEMA=$GATE_INPUTS/bmf.schema.json
e2e=$tests_builddir/iaidiff/e2e_a
[ -x "$e2e" ] || { echo "FAIL: $e2e not built"; exit 1; }
vg c --tool=iaicount --cache-sim=yes --iaicount-out-file="$work/c.xml" "$e2e"
validate "$work/c.xml"

# check NAME FILE: FILE validates; its measures in $work/NAME.measures
check() {
   python3 "$GATE_INPUTS/bmf-check.py" "$BMF_SCHEMA" "$2" >"$work/$1.measures" \
      2>"$work/$1.check" || fail "$1: $(cat "$work/$1.check")"
   jq -S . "$2" >"$work/$1.jq1" || { fail "$1: jq cannot read it"; return; }
   jq -c . "$2" | jq -S . >"$work/$1.jq2"
   cmp -s "$work/$1.jq1" "$work/$1.jq2" || fail "$1: changed by a round trip through jq"
}

run c "$IAIDIFF" --bmf="$work/c.json" "$work/c.xml"
expect_status c 0
check c "$work/c.json"

# the documented slugs, and the profile's values under them
slugs="Ir:instructions Dr:data-reads Dw:data-writes I1mr:i1-read-misses
D1mr:d1-read-misses D1mw:d1-write-misses ILmr:lli-read-misses
DLmr:lld-read-misses DLmw:lld-write-misses L1hits:l1-hits LLhits:ll-hits
RAMhits:ram-hits TotalRW:total-read-write EstimatedCycles:estimated-cycles"
# (xmllint ends each name with a line feed and region_names adds one)
region_names "$work/c.xml" | sed "/^$/d" >"$work/regions"
while IFS= read -r r; do
   for pair in $slugs; do
      printf 'e2e_a::%s\t%s\t%s\n' "$r" "${pair#*:}" \
         "$(region_metric "$work/c.xml" "$r" "${pair%%:*}")"
   done
done <"$work/regions" >"$work/c.want"
sort "$work/c.want" >"$work/c.want.sorted"
sort "$work/c.measures" | diff -u "$work/c.want.sorted" - >"$work/c.diff" \
   || { fail "measures differ from the profile's metrics"; cat "$work/c.diff"; }
grep -q '	instructions	[1-9]' "$work/c.measures" || fail "no instructions measured"
sed 's/^/e2e_a::/' "$work/regions" >"$work/keys.want"
jq -r 'keys_unsorted[]' "$work/c.json" | diff -u "$work/keys.want" - >"$work/keys.diff" \
   || { fail "benchmarks are not the regions in file order"; cat "$work/keys.diff"; }

# --bmf-functions=2: each region's two costliest functions, with their Ir,
# on the example (whose regions call library code: several functions each)
cp -R "$EXAMPLES/." "$work/example/" 2>/dev/null \
   || { mkdir -p "$work/example" && cp -R "$EXAMPLES/." "$work/example/"; }
(cd "$work/example" && $EXAMPLE_BUILD >/dev/null 2>&1) || { fail "example does not build"; finish; }
profile ex "$work/example/bench"
region_names "$work/ex.xml" | sed "/^$/d" >"$work/ex.regions"
run f "$IAIDIFF" --bmf="$work/f.json" --bmf-functions=2 "$work/ex.xml"
expect_status f 0
check f "$work/f.json"
while IFS= read -r r; do
   functions "$work/ex.xml" "$r" | sort -t '	' -k3,3nr | head -2 \
      | while IFS='	' read -r file fn ir; do
           printf 'bench::%s::%s (%s)\tinstructions\t%s\n' "$r" "$fn" "$file" "$ir"
        done
done <"$work/ex.regions" | sort >"$work/f.want"
grep '::.*::' "$work/f.measures" | sort >"$work/f.got"
diff -u "$work/f.want" "$work/f.got" >"$work/f.diff" \
   || { fail "--bmf-functions=2: not each region's two costliest functions"; cat "$work/f.diff"; }
[ "$(jq length "$work/f.json")" = $(( $(wc -l <"$work/ex.regions") * 3 )) ] \
   || fail "--bmf-functions=2: $(jq length "$work/f.json") benchmarks"
# iaicount writes functions costliest first; a merge keeps them in the
# order first seen, so seq's own functions follow true's loader work.
# (seq is stripped: its nameless code is one "???" per object here and one
# sum in the helper, so only named functions are compared.)
profile none /bin/true
profile seq /usr/bin/seq 20000
run merge "$IAIDIFF" --merge --force -o "$work/merged.xml" "$work/none.xml" "$work/seq.xml"
expect_status merge 0
run fm "$IAIDIFF" --bmf="$work/fm.json" --bmf-functions=5 "$work/merged.xml"
expect_status fm 0
check fm "$work/fm.json"
grep '^true::' "$work/fm.measures" | grep '	instructions	' | grep -v '^true::??? ' \
   | sed 's/ \[[^]]*\]	/	/' | sort >"$work/fm.got"
named=$(wc -l <"$work/fm.got")
[ "$named" -ge 2 ] || fail "--bmf-functions=5 of a merge: $named named functions"
functions "$work/merged.xml" | grep -v '	???	' | sort -t '	' -k3,3nr | head -"$named" \
   | while IFS='	' read -r file fn ir; do
        printf 'true::%s (%s)\tinstructions\t%s\n' "$fn" "$file" "$ir"
     done | sort >"$work/fm.want"
diff -u "$work/fm.want" "$work/fm.got" >"$work/fm.diff" \
   || { fail "--bmf-functions=5 of a merge: not the costliest"; cat "$work/fm.diff"; }

# compared, the file holds NEW's numbers; a profile without regions is one
# benchmark named after its program
run none "$IAIDIFF" --bmf="$work/none.json" "$work/none.xml" "$work/none.xml"
expect_status none 0
check none "$work/none.json"
[ "$(jq -r 'keys[]' "$work/none.json")" = true ] || fail "no-region benchmark: $(jq -c 'keys' "$work/none.json")"
[ "$(jq -r '.true.instructions.value' "$work/none.json")" = "$(summary_metric "$work/none.xml")" ] \
   || fail "no-region benchmark: not the summary's Ir"

# hostile names: valid JSON, one benchmark per region, all distinct
prog=$tests_builddir/gate/mdnames
profile names "$prog"
run names "$IAIDIFF" --bmf="$work/names.json" "$work/names.xml"
expect_status names 0
check names "$work/names.json"
[ "$(jq length "$work/names.json")" = "$(region_count "$work/names.xml")" ] \
   || fail "hostile names: $(jq length "$work/names.json") benchmarks for $(region_count "$work/names.xml") regions"

# usage
run u1 "$IAIDIFF" --bmf-functions=2 "$work/c.xml"
expect_status u1 2
run u2 "$IAIDIFF" --bmf="$work/x.json" --bmf-functions=-1 "$work/c.xml"
expect_status u2 2

# the schema rejects what Bencher would not take
i=0
for bad in '{}' '{"b": {}}' '{"b": {"m": {}}}' '{"b": {"m": {"value": "1"}}}' \
   '{"b": {"m": {"value": 1, "extra": 2}}}' '{"": {"m": {"value": 1}}}' \
   "{\"b\": {\"$(printf '%065d' 0)\": {\"value\": 1}}}" '[1]'; do
   i=$((i + 1))
   printf '%s\n' "$bad" >"$work/bad$i.json"
   python3 "$GATE_INPUTS/bmf-check.py" --reject "$BMF_SCHEMA" "$work/bad$i.json" \
      || fail "the schema accepts $bad"
done
finish
