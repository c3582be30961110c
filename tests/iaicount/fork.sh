# A forking program: parent and child each get their own file (%p), each
# equal to cachegrind's file for the same process.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
vg ic --tool=iaicount --iaicount-out-file="$work/ic.%p.xml" "$tests_builddir/progs/forker"
vg cgrun --tool=cachegrind --cache-sim=no --cachegrind-out-file="$work/cg.%p" "$tests_builddir/progs/forker"
set -- ic.*.xml; [ $# -eq 2 ] || fail "expected 2 iaicount files, got $#: $*"
set -- cg.*;     [ $# -eq 2 ] || fail "expected 2 cachegrind files, got $#: $*"
# Tell parent from child by the pid order: the parent's pid is lower
# unless pids wrapped; use the <ppid> link instead.
role_files() {  # prefix -> prints "parent child"
   a=$1 b=$2
   pa=$(profile_pid "$a"); ppb=$(profile_ppid "$b")
   if [ "$pa" = "$ppb" ]; then echo "$a $b"; else echo "$b $a"; fi
}
set -- ic.*.xml; set -- $(role_files "$1" "$2"); ic_parent=$1 ic_child=$2
pid_parent=$(profile_pid "$ic_parent"); pid_child=$(profile_pid "$ic_child")
note "parent $pid_parent, child $pid_child"
# cachegrind's files of the other run: the child's pid is the larger one
# of the run unless pids wrapped, which we check.
set -- cg.*; c1=${1#cg.} c2=${2#cg.}
if [ "$c1" -lt "$c2" ]; then cg_parent=cg.$c1 cg_child=cg.$c2; else cg_parent=cg.$c2 cg_child=cg.$c1; fi
compare_files parent "$ic_parent" "$cg_parent"
compare_files child "$ic_child" "$cg_child"
[ "$(summary_metric "$ic_parent")" != "$(summary_metric "$ic_child")" ] \
   || fail "parent and child report the same count"
finish
