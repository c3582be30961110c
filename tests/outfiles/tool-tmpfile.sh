# Issue 17 item 3, for the tools: the temporary file cannot be hijacked.
# A symlink planted where the temporary used to go (<name>.tmp.<pid>,
# the pid known in advance by exec'ing Valgrind from a known shell) must
# not lead the tool to write through it; and the temporary is created
# with O_EXCL|O_NOFOLLOW under a name that changes from run to run and
# does not contain the pid (seen with strace).
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/outfiles/of-lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs

# the planted-link attack, for the file at exit and the pre-exec one
echo secret >victim
vg_as_pid attack 'ln -s "$PWD/victim" "$PWD/out.xml.tmp.$pid"' \
   --tool=iaicount --iaicount-out-file="$work/out.xml" "$p/recursion" 5 \
   || fail "attack: exit status $?"
[ "$(cat victim)" = secret ] || fail "attack: the planted link's target was written"
[ -f out.xml ] && [ ! -L out.xml ] && validate out.xml \
   || fail "attack: out.xml is not the profile: $(ls -l out.xml)"
vg_as_pid attackx 'ln -s "$PWD/victim" "$PWD/x.$pid.exec.xml.tmp.$pid"' \
   --tool=heapcount --heapcount-out-file="$work/x.xml" "$p/execer" /bin/true
[ "$(cat victim)" = secret ] || fail "attackx: the planted link's target was written"
set -- x.*.exec.xml; [ -f "$1" ] && [ ! -L "$1" ] && validate "$1" \
   || fail "attackx: no pre-exec profile: $*"
rm -f ./*.tmp.*   # the planted links

# the temporary's flags and names, as the kernel saw them
if command -v strace >/dev/null 2>&1; then
   for run in 1 2; do
      strace -f -qq -e trace=open,openat -o "trace$run.log" \
         env -i PATH=/usr/bin:/bin VALGRIND_LIB="$VGLIB" "$VALGRIND" \
         --command-line-only=yes --tool=iaicount \
         --iaicount-out-file="$work/s.xml" "$p/recursion" 5 \
         >/dev/null 2>"strace$run.err" || fail "strace run $run failed"
      grep "\"$work/s\.xml\.tmp\." "trace$run.log" >"open$run.log"
      [ "$(wc -l <"open$run.log")" = 1 ] \
         || { fail "run $run: expected one temporary: $(cat "open$run.log")"; continue; }
      for flag in O_CREAT O_EXCL O_NOFOLLOW; do
         grep -q "$flag" "open$run.log" || fail "run $run: temporary opened without $flag"
      done
      sed 's/.*s\.xml\.tmp\.\([^"]*\)".*/\1/' "open$run.log" >"tmpname$run"
      pid=$(awk '{ print $1; exit }' "open$run.log")
      grep -q "$pid" "tmpname$run" && fail "run $run: the temporary's name holds the pid"
   done
   [ -s tmpname1 ] && cmp -s tmpname1 tmpname2 \
      && fail "two runs used the same temporary name: $(cat tmpname1)"
   note "temporaries: $(cat tmpname1 tmpname2 2>/dev/null | tr '\n' ' ')"
else
   note "strace missing: the temporary's flags and name untested"
fi
no_temps .
finish
