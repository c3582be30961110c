#!/bin/sh
# iai-gate end to end, on a throwaway git repository made from examples/:
#
# - a commit that makes bench_hash about 3% slower (tl_hash mixes the
#   length in: two instructions a call), gated with --regression=Ir=2
#   from a subdirectory of a dirty checkout: exit 1, and bench_hash alone
#   in the Markdown headline and as the one JUnit failure; the Bencher
#   JSON holds the numbers a direct iaicount run of that commit gives;
#   the checkout (HEAD, branches, index, status, every file, worktrees)
#   is as it was and nothing is left in TMPDIR; the README shows this
#   report (numbers aside);
# - a commit that changes nothing measurable (a comment, a local renamed),
#   gated with two --run commands: exit 0, regions named RUN::REGION.
#
# The build command is given as an option (the example's .iai-gate says
# "make", which would need an installed <valgrind/iai.h>); run= and
# regression= come from the .iai-gate file.
. "$tests_srcdir/gate/common.sh"
need git git
repo=$work/repo
example_repo "$repo"

# ---- about 3% slower ---------------------------------------------------------
git -C "$repo" checkout -qb slower
sed -i 's|^   return h;$|   h ^= (uint32_t)n;   /* the length too */\n   h *= 16777619u;\n   return h;|' \
   "$repo/textlib.c"
grep -q 'the length too' "$repo/textlib.c" || { fail "the change did not apply"; finish; }
git -C "$repo" commit -qam "tl_hash: mix the length in"
# the user's checkout: a local edit, an untracked and an ignored file
echo '/* a local edit that does not build */ !' >>"$repo/textlib.h"
echo notes >"$repo/notes.txt"
echo stale >"$repo/bench"
mkdir -p "$repo/src/deep"
repo_state "$repo" >"$work/before"

run slower env -C "$repo/src/deep" "$IAI_GATE" --build="$EXAMPLE_BUILD" \
   --valgrind="$VG_IN_PLACE" --regression=Ir=2 --markdown=../../../slower.md \
   --junit=../../../slower.xml --bmf=../../../slower.json
expect_status slower 1
grep -qx 'iaidiff result: Regressed. 2 without regressions; 1 regressed' "$work/slower.out" \
   || fail "slower: no text report on stdout"
headline=$(head -1 "$work/slower.md")
echo "$headline" | grep -q '^### Regressed: 1 of 3 regions regressed; worst <code>bench\\_hash</code> Ir +[0-9.]*%$' \
   || fail "slower: headline: $headline"
pct=$(echo "$headline" | sed 's/.* Ir +\([0-9.]*\)%$/\1/')
awk -v p="$pct" 'BEGIN { exit !(p >= 2.5 && p <= 4) }' || fail "slower: bench_hash grew by $pct%, not about 3%"
for other in bench_sort bench_words; do
   echo "$headline" | grep -q "$other" && fail "slower: headline names $other"
done
# the README's example report is this one, numbers aside
sed -n '/^```markdown$/,/^```$/p' "$top_srcdir/README.md" | sed '1d;$d' \
   | sed 's/[0-9]/#/g' >"$work/readme.md"
sed 's/[0-9]/#/g' "$work/slower.md" | diff -u "$work/readme.md" - >"$work/readme.diff" \
   || { fail "README's example differs from the report"; head -20 "$work/readme.diff"; }
validate_junit() {
   "$XMLLINT" --noout --relaxng "$tests_srcdir/iaidiff/junit.rng" "$1" 2>"$work/junit.err" \
      || fail "$1 is not valid JUnit: $(head -2 "$work/junit.err")"
}
validate_junit "$work/slower.xml"
[ "$(xpath "$work/slower.xml" 'count(//testcase)')" = 3 ] || fail "slower: not 3 testcases"
[ "$(xpath "$work/slower.xml" 'count(//failure)')" = 1 ] || fail "slower: not one failure"
[ "$(xpath "$work/slower.xml" '//testcase[failure]/@name')" = bench_hash ] \
   || fail "slower: the failure is not bench_hash's"
repo_state "$repo" >"$work/after"
diff -u "$work/before" "$work/after" >"$work/state.diff" \
   || { fail "slower: the checkout changed"; head -20 "$work/state.diff"; }
no_leftovers slower

# the Bencher JSON holds what iaicount counts on that commit, run directly
need jq jq
git clone -q "$repo" "$work/direct"
git -C "$work/direct" checkout -q slower
(cd "$work/direct" && $EXAMPLE_BUILD >/dev/null 2>&1) || fail "direct build failed"
profile direct "$work/direct/bench"
for r in bench_hash bench_sort bench_words; do
   got=$(jq -r --arg b "bench::$r" '.[$b].instructions.value' "$work/slower.json")
   want=$(region_metric "$work/direct.xml" "$r")
   [ "$got" = "$want" ] || fail "slower.json: $r has $got instructions, iaicount counts $want"
done

# ---- nothing measurable, two runs -------------------------------------------
git -C "$repo" checkout -q -- textlib.h
git -C "$repo" checkout -q -b noop main
sed -i -e 's|the example library (see textlib.h)|the example library: what textlib.h declares|' \
   -e 's/in_word/inside/g' "$repo/textlib.c"
git -C "$repo" commit -qam "textlib.c: a comment, a local renamed"
run noop env -C "$repo" "$IAI_GATE" --build="$EXAMPLE_BUILD" --valgrind="$VG_IN_PLACE" \
   --run=./bench --run="./bench bench_hash" --regression=Ir=2 \
   --markdown="$work/noop.md" --junit="$work/noop.xml"
expect_status noop 0
head -1 "$work/noop.md" | grep -qx '### Ok: 0 of 4 regions regressed' \
   || fail "noop: headline: $(head -1 "$work/noop.md")"
validate_junit "$work/noop.xml"
xpath "$work/noop.xml" 'count(//failure)' | grep -qx 0 || fail "noop: a JUnit failure"
for name in 'bench::bench_hash' 'bench::bench_sort' 'bench::bench_words' 'bench bench_hash::bench_hash'; do
   [ "$(xpath "$work/noop.xml" "count(//testcase[@name='$name'])")" = 1 ] \
      || fail "noop: no testcase $name"
done
grep -q '^<details><summary>4 unchanged regions</summary>$' "$work/noop.md" \
   || fail "noop: the four regions are not unchanged"
no_leftovers noop
[ "$(git -C "$repo" worktree list | wc -l)" = 1 ] || fail "stray worktrees: $(git -C "$repo" worktree list)"
finish
