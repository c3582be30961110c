# mutate.sh: the viewers against mutated profiles.  A real iaicount profile
# (--cache-sim=yes) and a real heapcount profile are made under Valgrind,
# mutate_profile makes MUTANTS variants of each (repeatable from
# MUTATE_SEED), and every mutant goes through the viewer commands that read
# that kind of profile, each under a timeout.  It fails on a signal, a hang
# (timeout), an exit status iaidiff(1)/heapview(1) do not document, an
# error that is not one line, an output left behind by a command that
# failed, or an output that is incomplete (not valid against its schema,
# not whole JSON or HTML), or anything beside it in its directory.
# MUTATE_MEMCHECK mutants, spread over the run, go through the same
# commands under memcheck as well, which must report nothing.
#
#   MUTANTS=2000 (per profile)  MUTATE_SEED=1  MUTATE_MEMCHECK=50
#   MUTATE_TIMEOUT=10 (seconds; memcheck gets 30 times as long)  MUTATE_JOBS=2
#
# make check runs a quick variant (mutate-quick.sh); the full run is in
# docs/HACKING.md.  The table printed at the end counts the exit statuses
# of each command; a failing mutant is kept in the work directory with the
# mutations it got (mutants.ic, mutants.hc).

# ---- mutants, run by xargs (environment from the main run below) ----
# Forks are counted here: the machine is shared, and a run is about 20,000
# commands.
if [ "${1:-}" = --one ]; then
   kind=$2; shift 2
   # check LABEL OK-STATUSES OUTCHECK CMD...: OK-STATUSES besides 2;
   # OUTCHECK is "" (no output file) or how to check the file "out" in
   # the command's own empty directory (xml:SCHEMA, json, html).
   check() {
      label=$1 okset=$2 outcheck=$3; shift 3
      timeout -k 5 "$TMO" $WRAP "$@" >"$d/stdout" 2>"$d/stderr" </dev/null
      st=$?
      echo "$label $st" >>"$res"
      why=
      case $st in
      124|137) why="hang or killed (timeout $TMO s)" ;;
      99) [ -n "$WRAP" ] && why="memcheck: $(grep -m1 '==[0-9]*== [A-Z]' "$d/stderr")" ;;
      esac
      if [ -z "$why" ] && [ "$st" -ge 128 ]; then
         why="killed by signal $((st - 128))"
      fi
      if [ -z "$why" ]; then
         case " $okset 2 " in
         *" $st "*) ;;
         *) why="exit status $st is not documented" ;;
         esac
      fi
      if [ -z "$why" ] && [ "$st" = 2 ]; then
         # one line, "PROGRAM: ..."
         l1= l2=
         { IFS= read -r l1; IFS= read -r l2; } <"$d/stderr"
         prog=${1##*/}
         case $l1 in "$prog: "?*) ;; *) l2=x ;; esac
         [ -z "$l2" ] || why="error is not one line '$prog: ...'"
      fi
      left=
      for f in "$d/o"/* "$d/o"/.[!.]*; do
         [ -e "$f" ] || [ -L "$f" ] || continue
         left="$left ${f##*/}"
      done
      if [ -z "$why" ] && [ -n "$outcheck" ]; then
         if [ "$st" = 2 ]; then
            [ -z "$left" ] || why="failed, but left$left"
         elif [ "$left" != " out" ]; then
            why="exit $st, its directory holds '$left' instead of out"
         else
            o=$d/o/out
            case $outcheck in
            xml:*) "$XMLLINT" --noout --relaxng "${outcheck#xml:}" "$o" \
                      >"$d/check" 2>&1 || why="half-written: $(head -1 "$d/check")" ;;
            json) jq empty "$o" >"$d/check" 2>&1 \
                      || why="half-written JSON: $(head -1 "$d/check")" ;;
            html) [ "$(tail -c 8 "$o")" = "</html>" ] \
                      || why="half-written HTML (no </html> at the end)" ;;
            esac
         fi
      elif [ -z "$why" ] && [ -n "$left" ]; then
         why="wrote '$left' into its directory"
      fi
      if [ -n "$why" ]; then
         echo "$kind $i $label: $why" >>"$bad"
         cp "$d/stderr" "$MW/badlog/$kind.$i.$label.stderr"
         mkdir "$MW/badlog/$kind.$i.$label.out"
         for f in "$d/o"/* "$d/o"/.[!.]*; do
            [ -e "$f" ] || [ -L "$f" ] || continue
            mv "$f" "$MW/badlog/$kind.$i.$label.out/"
         done
      elif [ -n "$left" ]; then
         rm -f "$d/o/out"
      fi
   }
   d=$MW/run/$kind.$$
   mkdir -p "$d/o" && cd "$d/o" || exit 1     # outputs are written here
   for i in "$@"; do
      m=$MW/mut/$kind/$i.xml
      res=$MW/res/$kind.$i bad=$MW/bad/$kind.$i
      : >"$res"
      if [ "$kind" = ic ]; then
         check iaidiff-one         "0"   ""  "$IAIDIFF" "$m"
         check iaidiff-orig-mutant "0 1" ""  "$IAIDIFF" "$ORIG" "$m"
         check iaidiff-mutant-orig "0 1" ""  "$IAIDIFF" "$m" "$ORIG"
         check iaidiff-merge       "0"   "xml:$PROFILE_RNG" \
                                   "$IAIDIFF" --merge --force -o out "$m" "$OTHER"
         check iaidiff-xml         "0 1" "xml:$DIFF_RNG" \
                                   "$IAIDIFF" --xml=out "$ORIG" "$m"
         check iaidiff-junit       "0 1" "xml:$JUNIT_RNG" \
                                   "$IAIDIFF" --regression=Ir=2,D1mr=5 --junit=out "$ORIG" "$m"
      else
         check heapview-text       "0"   ""  "$HEAPVIEW" "$m"
         check heapview-html       "0"   "html" "$HEAPVIEW" --html=out "$m"
         check heapview-dhat-json  "0"   "json" "$HEAPVIEW" --dhat-json=out "$m"
         check heapview-diff       "0"   ""  "$HEAPVIEW" --diff "$ORIG" "$m"
         check iaidiff-one         "0"   ""  "$IAIDIFF" "$m"
      fi
   done
   rm -rf "$d"
   exit 0
fi

# ---- the run -------------------------------------------------------------
. "$tests_srcdir/lib.sh"
N=${MUTANTS:-2000} SEED=${MUTATE_SEED:-1} MEMCHECK=${MUTATE_MEMCHECK:-50}
TMO=${MUTATE_TIMEOUT:-10} JOBS=${MUTATE_JOBS:-2}
MUTATE=$tests_builddir/mutate_profile
IAIDIFF=$top_builddir/viewer/iaidiff/iaidiff
HEAPVIEW=$top_builddir/viewer/heapview/heapview
for x in "$MUTATE" "$IAIDIFF" "$HEAPVIEW"; do
   [ -x "$x" ] || { echo "FAIL: $x not built"; exit 1; }
done
[ -x "$VGLIB/heapcount-$VG_PLATFORM" ] || skip "in-place heapcount not built"
command -v jq >/dev/null 2>&1 || { echo "FAIL: jq missing"; exit 1; }
command -v timeout >/dev/null 2>&1 || { echo "FAIL: timeout missing"; exit 1; }
cd "$work" || exit 1

# The originals: real profiles of real programs (the merge's second input
# is another program's, since one command given twice is refused).
p=$tests_builddir/progs
vg ic --tool=iaicount --cache-sim=yes --iaicount-out-file="$work/ic.xml" "$p/example_bench"
vg ic-other --tool=iaicount --cache-sim=yes --iaicount-out-file="$work/ic-other.xml" "$p/regions"
vg hc --tool=heapcount --heapcount-out-file="$work/hc.xml" "$p/hc_regions"
# The pids are made fixed: mutants depend on the seed and the bytes of the
# original, so a run can be repeated in the same tree.
for f in ic ic-other hc; do
   [ -s "$f.xml" ] || { fail "no $f.xml"; cat "$f.stderr"; finish; }
   sed -i -e 's|<pid>[0-9]*</pid>|<pid>4242</pid>|' \
          -e 's|<ppid>[0-9]*</ppid>|<ppid>4241</ppid>|' "$f.xml"
   validate "$f.xml" || finish
done
note "originals: $(cksum ic.xml hc.xml | awk '{ printf "%s %s %s; ", $3, $2, $1 }')"
grep -q '<option name="cache-sim" value="yes"/>' ic.xml || fail "ic.xml: no cache simulation"
grep -q '<region' ic.xml || fail "ic.xml has no regions"
grep -q '<site' hc.xml || fail "hc.xml has no sites"

export MW=$work IAIDIFF HEAPVIEW XMLLINT TMO WRAP=
export PROFILE_RNG=$top_srcdir/docs/profile.rng
export DIFF_RNG=$top_srcdir/docs/iaidiff-diff.rng
export JUNIT_RNG=$tests_srcdir/iaidiff/junit.rng
export NO_COLOR=1 LC_ALL=C
self=$tests_srcdir/mutate.sh

# run KIND ORIGINAL OTHER INDEXES...: through xargs, JOBS at a time
run_kind() {
   kind=$1; ORIG=$2 OTHER=$3; shift 3
   export ORIG OTHER
   printf '%s\n' "$@" | xargs -P "$JOBS" -n "$BATCH" "${BASH:-sh}" "$self" --one "$kind"
}

start=$(date +%s) BATCH=25
mkdir -p mut/ic mut/hc res bad badlog run
# The originals first: every command must succeed on them, or the run
# proves nothing.
cp ic.xml mut/ic/00000.xml && cp hc.xml mut/hc/00000.xml
run_kind ic "$work/ic.xml" "$work/ic-other.xml" 00000
run_kind hc "$work/hc.xml" "" 00000
if [ -n "$(cat res/*.00000 | awk '$2 != 0')" ] || [ -n "$(ls bad)" ]; then
   fail "the originals do not pass every command:"; cat res/*.00000 bad/* 2>/dev/null
   finish
fi
rm -f res/*.00000 mut/*/00000.xml

"$MUTATE" "$SEED" 1 "$N" ic.xml mut/ic >mutants.ic || { fail "mutate_profile"; finish; }
"$MUTATE" "$SEED" 1 "$N" hc.xml mut/hc >mutants.hc || { fail "mutate_profile"; finish; }
idx=$(seq -f %05g 1 "$N")
# shellcheck disable=SC2086
run_kind ic "$work/ic.xml" "$work/ic-other.xml" $idx
# shellcheck disable=SC2086
run_kind hc "$work/hc.xml" "" $idx
plain_time=$(( $(date +%s) - start ))

# table FILES...: command x exit status -> count, from result files.
table() {
   cat "$@" | awk '
      { n[$1, $2]++; cmds[$1] = 1; codes[$2] = 1; runs++ }
      END {
         nc = 0; for (c in codes) code[++nc] = c + 0
         for (a = 1; a <= nc; a++) for (b = a + 1; b <= nc; b++)
            if (code[b] < code[a]) { t = code[a]; code[a] = code[b]; code[b] = t }
         printf "  %-22s", "command / exit status"
         for (a = 1; a <= nc; a++) printf " %6s", code[a]
         printf "\n"
         nm = 0; for (c in cmds) name[++nm] = c
         for (a = 1; a <= nm; a++) for (b = a + 1; b <= nm; b++)
            if (name[b] < name[a]) { t = name[a]; name[a] = name[b]; name[b] = t }
         for (a = 1; a <= nm; a++) {
            printf "  %-22s", name[a]
            for (b = 1; b <= nc; b++) printf " %6d", n[name[a], code[b]]
            printf "\n"
         }
         printf "  (%d runs)\n", runs
      }'
}
echo "$N mutants of an iaicount --cache-sim=yes profile (seed $SEED):"
table res/ic.*
echo "$N mutants of a heapcount profile (seed $SEED):"
table res/hc.*
echo "plain runs: $plain_time s"

# memcheck on a sample, spread over the run, of mutants under 1 MB
if [ "$MEMCHECK" -gt 0 ]; then
   mstart=$(date +%s)
   rm -rf res && mkdir res
   WRAP="$VALGRIND --tool=memcheck -q --error-exitcode=99 --leak-check=no"
   TMO=$((TMO * 30)) BATCH=1
   export WRAP TMO
   per=$(( (MEMCHECK + 1) / 2 ))
   step=$(( N / per )); [ "$step" -ge 1 ] || step=1
   # the big mutants (33 MB) that passed go now; memcheck takes none
   find mut -name '*.xml' -size +1024k | while read -r f; do
      b=${f##*/} k=${f%/*}
      [ -e "bad/${k##*/}.${b%.xml}" ] || rm -f "$f"
   done
   for kind in ic hc; do
      sample=$(cd "mut/$kind" && find . -name '*.xml' -size -1024k | sort |
               awk -v step="$step" -v per="$per" '
                  (NR - 1) % step == 0 && n < per { sub(/^\.\//, ""); sub(/\.xml$/, ""); printf " %s", $0; n++ }')
      echo "under memcheck, $kind mutants:$sample"
      case $kind in
      ic) run_kind ic "$work/ic.xml" "$work/ic-other.xml" $sample ;;
      hc) run_kind hc "$work/hc.xml" "" $sample ;;
      esac
   done
   echo "under memcheck, iaicount mutants:"; table res/ic.*
   echo "under memcheck, heapcount mutants:"; table res/hc.*
   echo "memcheck runs: $(( $(date +%s) - mstart )) s"
fi
# the mutants that passed go, the others stay with their mutations
for f in mut/ic/*.xml mut/hc/*.xml; do
   [ -e "$f" ] || continue
   b=${f##*/} k=${f%/*}
   [ -e "bad/${k##*/}.${b%.xml}" ] || rm -f "$f"
done

nbad=$(cat bad/* 2>/dev/null | grep -c . )
if [ "$nbad" -gt 0 ]; then
   fail "$nbad command runs went wrong (mutants kept in $work/mut, mutations in mutants.ic/hc):"
   cat bad/* | head -50
fi
finish
