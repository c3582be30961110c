# A forking program: parent and child each write their own file (%p),
# each equal to DHAT's file for the same process.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
cd "$work" || exit 1
prog=$tests_builddir/progs/hc_fork
vg hc --tool=heapcount --heapcount-out-file="$work/hc.%p.xml" "$prog"
vg dh --tool=dhat --fullpath-after= --dhat-out-file="$work/dh.%p.json" "$prog"
set -- hc.*.xml; [ $# -eq 2 ] || fail "expected 2 heapcount files, got $#: $*"
set -- dh.*.json; [ $# -eq 2 ] || fail "expected 2 DHAT files, got $#: $*"
# parent and child: the child's <ppid> is the parent's <pid>
set -- hc.*.xml
if [ "$(profile_pid "$1")" = "$(profile_ppid "$2")" ]; then hp=$1 hcf=$2; else hp=$2 hcf=$1; fi
set -- dh.*.json; a=${1#dh.}; a=${a%.json}; b=${2#dh.}; b=${b%.json}
if [ "$a" -lt "$b" ]; then dp=dh.$a.json dc=dh.$b.json; else dp=dh.$b.json dc=dh.$a.json; fi
compare_with_dhat parent "$hp" "$dp" sites
compare_with_dhat child "$hcf" "$dc" sites
[ "$(summary_metric "$hp" TotalBytes)" != "$(summary_metric "$hcf" TotalBytes)" ] \
   || fail "parent and child report the same heap"
finish
