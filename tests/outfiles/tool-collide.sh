# Issue 17 item 4 and issue 16 item 5: every process's file survives.
# - Forks without %p: the parent writes the name given, a forked child
#   adds its pid, and says so once.
# - An exec chain keeps its pid: under --trace-children=yes each image's
#   pre-exec file gets its own number (.exec, .2.exec, ...), for
#   cachetrace's cachegrind-format file too; a stale pre-exec file of an
#   earlier process with the same pid is replaced, not counted.
# - A g++ compile under heapcount --trace-children=yes with a fixed name
#   leaves one .exec file per process that called exec: the driver's
#   children that became the programs `g++ -###` lists.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/outfiles/of-lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs

# cmd_of FILE: the profile's command line.
cmd_of() { profile_command "$1"; }

# ---- forks without %p
for tool in iaicount heapcount; do
   vg "fork-$tool" --tool=$tool --$tool-out-file="$work/f-$tool.xml" "$p/forker"
   set -- f-$tool.*.xml
   if [ $# -ne 1 ] || [ ! -f "$1" ] || [ ! -f f-$tool.xml ]; then
      fail "$tool fork: expected f-$tool.xml and one f-$tool.<pid>.xml: $(ls f-$tool*)"
      continue
   fi
   child=$1 cpid=${1#f-$tool.}; cpid=${cpid%.xml}
   validate "$child" && validate f-$tool.xml || continue
   [ "$(profile_pid "$child")" = "$cpid" ] || fail "$tool fork: $child is not the child's"
   [ "$(profile_ppid "$child")" = "$(profile_pid f-$tool.xml)" ] \
      || fail "$tool fork: f-$tool.xml is not the parent's"
   [ "$(msgs "fork-$tool.stderr" | grep -c '^note: ')" = 1 ] \
      || fail "$tool fork: expected one note: $(msgs "fork-$tool.stderr" | grep '^note')"
   msgs "fork-$tool.stderr" | grep -qxF \
      "note: --$tool-out-file has no %p, so this process adds its pid: $work/$child" \
      || fail "$tool fork: the note does not name $child"
done
[ "$(summary_metric f-iaicount.xml)" != "$(summary_metric f-iaicount.*.xml)" ] \
   || fail "fork: parent and child files are the same"

# ---- an exec chain: execer -> execer -> /bin/true, one pid
vg chain --tool=iaicount --trace-children=yes --iaicount-out-file="$work/c.%p.xml" \
   "$p/execer" "$p/execer" /bin/true
set -- c.*.xml; pid=${1#c.}; pid=${pid%%.*}
[ "$(cmd_of "c.$pid.exec.xml")" = "$p/execer $p/execer /bin/true" ] \
   || fail "chain: first image's file: $(ls c.*)"
[ "$(cmd_of "c.$pid.2.exec.xml")" = "$p/execer /bin/true" ] \
   || fail "chain: second image's file: $(ls c.*)"
[ "$(cmd_of "c.$pid.xml")" = /bin/true ] || fail "chain: last image's file: $(ls c.*)"
set -- c.*; [ $# = 3 ] || fail "chain: expected 3 files: $*"
for f in c.*; do validate "$f"; done

# cachetrace, fixed names: the XML and the cachegrind-format file
vg ctchain --tool=cachetrace --trace-children=yes --cachetrace-out-file="$work/t.xml" \
   --cachegrind-out-file="$work/t.cg" "$p/execer" "$p/execer" /bin/true
set -- t.*.exec.xml; pid=${1#t.}; pid=${pid%%.*}
for f in "t.$pid.exec.xml" "t.$pid.2.exec.xml" "t.$pid.xml"; do
   [ -f "$f" ] && validate "$f" || fail "ctchain: no $f: $(ls t.*)"
done
for f in "t.cg.$pid.exec" "t.cg.$pid.2.exec" "t.cg.$pid"; do
   grep -q '^summary:' "$f" 2>/dev/null || fail "ctchain: no $f: $(ls t.*)"
done

# a stale pre-exec file (older than the process) is replaced; a fresh one
# is an earlier image's (here the shell's, whose process Valgrind
# continues) and kept
vg_as_pid stale 'echo stale >"$PWD/s.$pid.exec.xml"; touch -d "1 hour ago" "$PWD/s.$pid.exec.xml"' \
   --tool=iaicount --iaicount-out-file="$work/s.%p.xml" "$p/execer" /bin/true
pid=$(cat stale.pid)
validate "s.$pid.exec.xml" || fail "stale: the stale file was not replaced"
[ -e "s.$pid.2.exec.xml" ] && fail "stale: counted as an earlier image's"
vg_as_pid fresh 'echo earlier >"$PWD/r.$pid.exec.xml"' \
   --tool=iaicount --iaicount-out-file="$work/r.%p.xml" "$p/execer" /bin/true
pid=$(cat fresh.pid)
[ "$(cat "r.$pid.exec.xml")" = earlier ] || fail "fresh: an earlier image's file was replaced"
validate "r.$pid.2.exec.xml" || fail "fresh: no r.$pid.2.exec.xml"

# ---- g++ -c under heapcount, fixed name
if command -v g++ >/dev/null 2>&1; then
   printf 'int twice(int x) { return 2 * x; }\n' >small.cc
   env -i PATH=/usr/bin:/bin LC_ALL=C g++ -### -c small.cc 2>&1 \
      | awk '/^ / { n = split($1, a, "/"); print a[n] }' | tr -d '"' | sort >want.cmds
   vg gxx --tool=heapcount --trace-children=yes --heapcount-out-file="$work/gxx.xml" \
      g++ -c small.cc || fail "g++: exit status $?"
   : >got.cmds
   for f in gxx.*.exec.xml; do
      [ -f "$f" ] || { fail "g++: no .exec file"; break; }
      validate "$f"
      pid=${f#gxx.}; pid=${pid%.exec.xml}
      [ "$(profile_pid "$f")" = "$pid" ] || fail "g++: $f is not process $pid's"
      # the image that process became wrote gxx.<pid>.xml
      if [ ! -f "gxx.$pid.xml" ]; then
         fail "g++: the image process $pid became wrote no gxx.$pid.xml"
         continue
      fi
      set -- $(cmd_of "gxx.$pid.xml") ""
      basename "$1" >>got.cmds
   done
   sort -o got.cmds got.cmds
   diff want.cmds got.cmds >cmds.diff || fail "g++: .exec files for $(tr '\n' ' ' <got.cmds), expected $(tr '\n' ' ' <want.cmds)"
   note "g++: .exec files of $(wc -l <got.cmds) processes: $(tr '\n' ' ' <got.cmds)"
   # and the driver's own file
   n=0
   for f in gxx.*.xml; do
      case "$f" in *.exec.xml) continue ;; esac
      n=$((n + 1))
      validate "$f"
   done
   [ "$n" = $(($(wc -l <want.cmds) + 1)) ] || fail "g++: $n final files"
else
   note "g++ missing: the compile untested"
fi
no_temps .
finish
