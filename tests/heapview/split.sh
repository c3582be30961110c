#!/bin/sh
# A profile of 32 MiB or more is read on two cores (viewer/lib/
# profile_load.c): the results are those of one pass (BENCHGRIND_ONE_PASS=1),
# and so is the message for input that is bad in the second half, or that
# hides what looks like a site in a comment.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapview/hv-lib.sh"

GEN=$tests_builddir/heapview/gen_profile
"$GEN" 100000 12 20000 >"$work/big.xml" || { fail "gen_profile"; finish; }
size=$(wc -c <"$work/big.xml")
[ "$size" -gt $((32 << 20)) ] || fail "the generated profile ($size bytes) is under the 32 MiB threshold"
validate "$work/big.xml"

# same COMMAND...: heapview's output read on two cores equals one pass's
same() {
   name=$1; shift
   hv "$name.two" "$@"
   two=$status
   BENCHGRIND_ONE_PASS=1 hv "$name.one" "$@"
   [ "$status" = "$two" ] || fail "$name: exit status $two on two cores, $status in one pass"
   cmp -s "$work/$name.two" "$work/$name.one" || fail "$name: the output differs from one pass's"
   cmp -s "$work/$name.two.err" "$work/$name.one.err" \
      || fail "$name: '$(cat "$work/$name.two.err")' on two cores, '$(cat "$work/$name.one.err")' in one pass"
}
same top --top=5 big.xml
grep -q '^Sites:        100,000;' "$work/top.two" || fail "not every site read: $(grep '^Sites' "$work/top.two")"
same tree --tree --top=3 big.xml
same dhat --dhat-json=big.json big.xml
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert len(d["pps"]) == 100000' "$work/big.json" \
   || fail "--dhat-json lost sites"

# bad input in the second half: an unknown frame id, stray text, a
# summary closed early; and a site in a comment there, which is fine
lines=$(wc -l <"$work/big.xml")
at=$((lines * 4 / 5))
sed "${at}s/stack=\"[0-9]*/stack=\"999999/" "$work/big.xml" >"$work/frame.xml"
same frame frame.xml
grep -q '^heapview: frame.xml:[0-9]*: <site> stack: frame id 999999 is not in <frames>$' "$work/frame.one.err" \
   || fail "unknown frame: $(cat "$work/frame.one.err")"
sed "${at}s/^/oops /" "$work/big.xml" >"$work/text.xml"
same text text.xml
grep -q "^heapview: text.xml:$at: unexpected text" "$work/text.one.err" || fail "stray text: $(cat "$work/text.one.err")"
sed "${at}s|^|</summary><summary>|" "$work/big.xml" >"$work/early.xml"
same early early.xml
[ "$status" = 2 ] || fail "a second summary accepted"
sed "${at}s|^|<!-- <site stack=\"1\"/> -->|" "$work/big.xml" >"$work/comment.xml"
same comment --top=5 comment.xml
sed 1d "$work/comment.two" >"$work/comment.body"; sed 1d "$work/top.two" >"$work/top.body"
cmp -s "$work/comment.body" "$work/top.body" || fail "a comment changed the result"
finish
