# The call graph's options and files: --call-graph=no with a call-graph
# file is refused (exit 1, no file); a bad file name is refused when the
# options are read; the files imply --call-graph=yes; a forked child and
# the image before an execve write their own call-graph files, whose
# folded stacks sum to that process's total; --help lists the options.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs

vg no --tool=iaicount --call-graph=no --callgrind-out-file="$work/no.cg" /bin/true
if grep -q 'need --call-graph=yes' no.stderr && [ ! -e no.cg ]; then :; else
   fail "--call-graph=no --callgrind-out-file: $(tail -2 no.stderr); file: $(ls no.cg 2>&1)"
fi
env -i PATH=/usr/bin:/bin VALGRIND_LIB="$VGLIB" "$VALGRIND" --command-line-only=yes \
   --tool=iaicount --call-graph=no --folded-out-file="$work/no.f" /bin/true >/dev/null 2>&1
[ $? -eq 1 ] || fail "--call-graph=no --folded-out-file: exit status not 1"
vg badname --tool=iaicount --folded-out-file='x%z' /bin/true
grep -q "only %p, %n, %q{VAR} and %% may follow" badname.stderr || fail "bad --folded-out-file pattern accepted"
vg help --tool=iaicount --help
for o in --call-graph --callgrind-out-file --folded-out-file --toggle-collect; do
   grep -q -- "$o" help.stdout || fail "--help does not list $o"
done

# the files alone turn the call graph on
vg implied --tool=iaicount --iaicount-out-file="$work/implied.xml" \
   --folded-out-file="$work/implied.folded" "$p/cg_calls"
[ "$(folded_total implied.folded)" = "$(summary_metric implied.xml)" ] \
   || fail "--folded-out-file alone: stacks sum to $(folded_total implied.folded), total $(summary_metric implied.xml)"

# fork: a file per process
vg fork --tool=iaicount --iaicount-out-file="$work/fork.%p.xml" \
   --folded-out-file="$work/fork.%p.folded" --callgrind-out-file="$work/fork.%p.cg" "$p/forker"
set -- fork.*.xml; [ $# -eq 2 ] || fail "fork: $# profiles"
for x in fork.*.xml; do
   pid=${x#fork.}; pid=${pid%.xml}
   [ "$(folded_total "fork.$pid.folded")" = "$(summary_metric "$x")" ] \
      || fail "fork: process $pid's folded stacks do not sum to its total"
   [ "$(cga_total "fork.$pid.cg")" = "$(summary_metric "$x")" ] \
      || fail "fork: process $pid's callgrind file does not total its Ir"
done

# execve: what ran before it, in files of its own
vg exec --tool=iaicount --iaicount-out-file="$work/x.%p.xml" \
   --folded-out-file="$work/x.%p.folded" --callgrind-out-file="$work/x.%p.cg" \
   "$p/execer" /bin/true
set -- x.*.exec.xml
if [ -f "$1" ]; then
   pid=${1#x.}; pid=${pid%.exec.xml}
   [ -f "x.$pid.folded.exec" ] && [ -f "x.$pid.cg.exec" ] \
      || fail "exec: call-graph files before the execve: $(ls)"
   [ "$(folded_total "x.$pid.folded.exec")" = "$(summary_metric "$1")" ] \
      || fail "exec: the pre-exec folded stacks do not sum to the pre-exec total"
else
   fail "exec: no pre-exec profile: $(ls)"
fi
finish
