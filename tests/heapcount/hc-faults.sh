# Options are checked; --track-accesses=no keeps the totals and counts no
# access; a crashing client still gets its file; an execve leaves the
# pre-exec file beside the new image's.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs
for bad in --track-accesses=maybe --heapcount-out-file=x%z.xml --no-such-option=1; do
   vg bad --tool=heapcount "$bad" /bin/true && fail "$bad accepted"
   grep -q 'Bad option\|Unknown option' bad.stderr || fail "$bad: no message: $(head -2 bad.stderr)"
done
vg acc --tool=heapcount --heapcount-out-file="$work/acc.xml" "$p/hc_allocs"
vg noacc --tool=heapcount --track-accesses=no --heapcount-out-file="$work/noacc.xml" "$p/hc_allocs"
validate noacc.xml
for m in TotalBytes TotalBlocks AtGmaxBytes EndBytes; do
   [ "$(summary_metric acc.xml $m)" = "$(summary_metric noacc.xml $m)" ] || fail "--track-accesses=no changed $m"
done
[ "$(summary_metric noacc.xml ReadBytes)" = 0 ] || fail "--track-accesses=no counted reads"
vg crash --tool=heapcount --heapcount-out-file="$work/crash.xml" "$p/crash"
grep -q SIGSEGV crash.stderr || fail "crash: the client did not die of SIGSEGV"
[ -s crash.xml ] && validate crash.xml || fail "crash: no file"
# (the name has no %p, so the pre-exec file gets the pid: exec.<pid>.exec.xml)
vg exec --tool=heapcount --heapcount-out-file="$work/exec.xml" "$p/execer" "$p/hc_allocs"
set -- exec.*.exec.xml
[ -s "$1" ] && validate "$1" || fail "exec: no pre-exec file"
[ "$(partial_reason "$1")" = exec ] || fail "exec: not marked partial"
ls "$work"/*.tmp.* >/dev/null 2>&1 && fail "temporary files left"
# an execve that fails leaves no pre-exec file
vg exec2 --tool=heapcount --heapcount-out-file="$work/fexec.xml" "$p/execer" /nonexistent/program
ls fexec.*exec* >/dev/null 2>&1 && fail "failed execve left a pre-exec file"
[ -s fexec.xml ] && validate fexec.xml || fail "failed execve: final file missing"
finish
