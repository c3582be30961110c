#!/bin/sh
# iai-gate on bad input: exit 2 with a one-line message on stderr, the
# checkout as it was, no worktree and nothing in TMPDIR left behind, for
# a directory outside git, a revision that does not exist, a benchmark
# that fails at one revision, a benchmark without regions at one
# revision, a failed build, a bad .iai-gate line, bad usage; and when CI
# cancels it (SIGTERM to its process group) in the middle of a build.
. "$tests_srcdir/gate/common.sh"
need git git
need setsid setsid
repo=$work/repo
example_repo "$repo"
B=--build=$EXAMPLE_BUILD V=--valgrind=$VG_IN_PLACE

# bad NAME MESSAGE-REGEX CMD...: exit 2, the one line, nothing left over
bad() {
   name=$1 want=$2; shift 2
   repo_state "$repo" >"$work/$name.before"
   run "$name" "$@"
   expect_status "$name" 2
   one_line_error "$name"
   grep -qE "^iai-gate: $want" "$work/$name.err" \
      || fail "$name: message: $(cat "$work/$name.err")"
   repo_state "$repo" >"$work/$name.after"
   diff -u "$work/$name.before" "$work/$name.after" >"$work/$name.diff" \
      || { fail "$name: the checkout changed"; head -20 "$work/$name.diff"; }
   no_leftovers "$name"
}

mkdir -p "$work/plain"
bad nogit "not in a git repository: $work/plain\$" \
   env -C "$work/plain" "$IAI_GATE" "$B" --run=./bench
bad nobase "unknown revision 'no-such-rev'\$" \
   env -C "$repo" "$IAI_GATE" "$B" "$V" --base=no-such-rev
bad nohead "unknown revision 'no-such-rev'\$" \
   env -C "$repo" "$IAI_GATE" "$B" "$V" --head=no-such-rev
bad empty "base: empty value\$" env -C "$repo" "$IAI_GATE" "$B" "$V" --base=
git -C "$repo" branch -q -m main trunk
bad nomain "no base revision: neither origin/main nor main exists; give --base=REV\$" \
   env -C "$repo" "$IAI_GATE" "$B" "$V"
git -C "$repo" branch -q -m trunk main
run help "$IAI_GATE" --help
expect_status help 0
grep -q '^usage: iai-gate ' "$work/help.out" || fail "--help prints no usage"
bad usage "unknown option or argument 'extra'" env -C "$repo" "$IAI_GATE" "$B" extra
bad both "--baseline or --save-baseline, not both\$" \
   env -C "$repo" "$IAI_GATE" "$B" --baseline=a --save-baseline=b
bad baseandbaseline "--base and a baseline exclude each other" \
   env -C "$repo" "$IAI_GATE" "$B" --base=main --baseline=main
# iaidiff's own check of the limits, before anything is built
run limits env -C "$repo" "$IAI_GATE" "$B" --regression=Ir2
expect_status limits 2
one_line_error limits
grep -q '^iaidiff: --regression: "Ir2" is not METRIC=PERCENT$' "$work/limits.err" \
   || fail "limits: $(cat "$work/limits.err")"
no_leftovers limits

# a .iai-gate line that is no KEY=VALUE, a key that is no option's
printf 'build=make\nrun=./bench\nbild=make\n' >"$work/conf"
cp "$work/conf" "$repo/.iai-gate"
bad conf "\\.iai-gate:3: unknown key 'bild'\$" env -C "$repo" "$IAI_GATE"
git -C "$repo" checkout -q -- .iai-gate

# the benchmark fails at the head: exit status 3 instead of its regions
git -C "$repo" checkout -q -b fails
sed -i 's/^IAI_MAIN()$/int main(void) { return 3; }/' "$repo/bench.c"
git -C "$repo" commit -qam "bench: fail"
bad fails "head [0-9a-f]+: the benchmark failed \\(exit status 3\\): \\./bench\$" \
   env -C "$repo" "$IAI_GATE" "$B" "$V"
grep -q '^iai-gate: base [0-9a-f]*: .*--tool=iaicount \./bench$' "$work/fails.out" \
   || fail "fails: the base did not run"

# no regions at the head: the program runs, marks no benchmark
git -C "$repo" checkout -q -b noregions main
sed -i 's/^IAI_MAIN()$/int main(void) { return 0; }/' "$repo/bench.c"
git -C "$repo" commit -qam "bench: no regions"
bad noregions "head [0-9a-f]+: no regions in the output of \\./bench: mark each benchmark with IAI_BENCH or IAI_REGION_BEGIN\$" \
   env -C "$repo" "$IAI_GATE" "$B" "$V"

# the build fails; valgrind is not there
bad build "base [0-9a-f]+: the build failed \\(exit status 2\\): make no-such-target\$" \
   env -C "$repo" "$IAI_GATE" --build="make no-such-target" "$V" --base=main
bad novalgrind "base [0-9a-f]+: the benchmark failed \\(exit status 127\\): \\./bench\$" \
   env -C "$repo" "$IAI_GATE" "$B" --valgrind="$work/no-such-valgrind" --base=main

# cancelled in the middle of the head's build (after the base's worktree
# and the head's exist): SIGTERM to the process group, as CI sends it
repo_state "$repo" >"$work/cancel.before"
setsid env -C "$repo" "$IAI_GATE" --build="touch $work/building; sleep 60" "$V" --base=main \
   >"$work/cancel.out" 2>&1 </dev/null &
pid=$!
i=0
while [ ! -e "$work/building" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
[ -e "$work/building" ] || fail "cancel: the build never started"
[ "$(git -C "$repo" worktree list | wc -l)" -gt 1 ] || fail "cancel: no worktree while building"
kill -TERM -- "-$pid"
wait "$pid"
status=$?
[ "$status" -gt 128 ] || fail "cancel: exit status $status"
repo_state "$repo" >"$work/cancel.after"
diff -u "$work/cancel.before" "$work/cancel.after" >"$work/cancel.diff" \
   || { fail "cancel: the checkout changed"; head -20 "$work/cancel.diff"; }
no_leftovers cancel
finish
