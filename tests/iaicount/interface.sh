# The user interface: stderr summary, --help, output-file patterns, bad
# options refused with Valgrind's usual message, the file written before
# an exec, and the atomic write.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs

vg sum --tool=iaicount --iaicount-out-file="$work/sum.xml" "$p/example_bench"
total=$(summary_metric sum.xml)
shown=$(cg_stderr_total sum.stderr)
[ "$shown" = "$total" ] || fail "stderr summary '$shown' != file total $total"
grep -Eq '^==[0-9]+==   region fib_20: [0-9]{1,3}(,[0-9]{3})*$' sum.stderr \
   || fail "no thousands-separated region line on stderr"
ls sum.xml.tmp.* 2>/dev/null && fail "temporary file left behind"

vg help --tool=iaicount --help
for o in --iaicount-out-file --collect-atstart; do
   grep -q -- "$o" help.stdout || fail "--help does not list $o"
done

VG_ENV="BENCH_ID=xyz" vg pat --tool=iaicount --iaicount-out-file="$work/out.%q{BENCH_ID}.%p.xml" "$p/recursion" 10
set -- out.xyz.*.xml; [ -f "$1" ] && validate "$1" || fail "%q{VAR}/%p not expanded: $(ls)"

bad() {
   vg bad "$@" "$p/recursion" 5 && fail "accepted: $*"
   grep -q "Bad option" bad.stderr || fail "no 'Bad option' message for: $*"
   grep -qi "assert\|panic\|host stacktrace" bad.stderr && fail "crash on: $*"
}
bad --tool=iaicount --collect-atstart=maybe
bad --tool=iaicount --iaicount-out-file=
bad --tool=iaicount --iaicount-out-file=x.%z
bad --tool=iaicount "--iaicount-out-file=x.%q{NO_SUCH_VARIABLE_HERE}"
bad --tool=iaicount --iaicount-out-file=x.%q{UNCLOSED
vg unknown --tool=iaicount --no-such-option=1 "$p/recursion" 5 && fail "accepted --no-such-option"
grep -q "Unknown option" unknown.stderr || fail "unknown option not reported"

# execve: the counts before the exec are kept in a file of their own
vg exec --tool=iaicount --iaicount-out-file="$work/ex.%p.xml" "$p/execer" /bin/true
set -- ex.*.exec.xml
if [ -f "$1" ]; then
   validate "$1"
   [ "$(partial_reason "$1")" = exec ] || fail "exec file not marked partial"
   [ "$(summary_metric "$1")" -gt 10000 ] || fail "exec file counts $(summary_metric "$1")"
else
   fail "no file written before execve"
fi
vg exec2 --tool=iaicount --trace-children=yes --iaicount-out-file="$work/tc.%p.xml" "$p/execer" /bin/true
set -- tc.*.exec.xml; [ -f "$1" ] || fail "no pre-exec file with --trace-children=yes"
pid=$(profile_pid "$1")
[ -f "tc.$pid.xml" ] && validate "tc.$pid.xml" || fail "the exec'd image wrote no file of its own"
# an execve that fails leaves no pre-exec file: the final file says it all
vg exec3 --tool=iaicount --iaicount-out-file="$work/fe.%p.xml" "$p/execer" /nonexistent/program
set -- fe.*.xml; [ $# -eq 1 ] && validate "$1" || fail "failed execve: expected one file, got: $*"
finish
