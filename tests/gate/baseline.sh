#!/bin/sh
# iai-gate with baselines and the .iai-gate file, on a throwaway
# repository made from examples/: --save-baseline on main stores the head
# in the baseline-dir the file names (relative to the top of the
# repository), builds no base; --baseline on a 3% slower branch compares
# with it under the file's limit (Ir=50: exit 0) or the option's, which
# wins (Ir=2: exit 1); a baseline not saved is exit 2; --save-baseline
# again replaces it with the head's numbers.
. "$tests_srcdir/gate/common.sh"
need git git
repo=$work/repo
example_repo "$repo"
printf '# CI settings\n  run = ./bench\nregression=Ir=50\r\nbaseline-dir=ci-cache/iai\n' \
   >"$repo/.iai-gate"
gate() { env -C "$repo" "$IAI_GATE" --build="$EXAMPLE_BUILD" --valgrind="$VG_IN_PLACE" "$@"; }
saved=$repo/ci-cache/iai/main.xml

run save gate --save-baseline=main
expect_status save 0
grep -q '^iai-gate: base [0-9a-f]' "$work/save.out" && fail "save: a base was built"
[ -s "$saved" ] || { fail "save: no $saved"; finish; }
validate "$saved"
before=$(region_metric "$saved" bench_hash)

git -C "$repo" checkout -q -b slower
sed -i 's|^   return h;$|   h ^= (uint32_t)n;\n   h *= 16777619u;\n   return h;|' "$repo/textlib.c"
git -C "$repo" commit -qam "tl_hash: mix the length in"

run file gate --baseline=main
expect_status file 0
grep -q '^iai-gate: base [0-9a-f]' "$work/file.out" && fail "file: a base was built"
grep -q '^  Instructions: .*(+[0-9.]*%)' "$work/file.out" || fail "file: no comparison printed"
run option gate --baseline=main --regression=Ir=2 --markdown="$work/option.md"
expect_status option 1
head -1 "$work/option.md" | grep -q 'worst <code>bench\\_hash</code> Ir +' \
   || fail "option: headline $(head -1 "$work/option.md")"
[ "$(region_metric "$saved" bench_hash)" = "$before" ] || fail "--baseline changed the baseline"

run missing gate --baseline=nosuch
expect_status missing 2
one_line_error missing
grep -q 'no baseline "nosuch"' "$work/missing.err" || fail "missing: $(cat "$work/missing.err")"

run resave gate --save-baseline=main
expect_status resave 0
after=$(region_metric "$saved" bench_hash)
[ "$after" -gt "$before" ] || fail "resave: bench_hash $before -> $after in the baseline"
no_leftovers baseline
finish
