# iaicount --call-graph=yes against callgrind and cachegrind on programs
# with recursion, mutual recursion, calls through pointers, qsort's
# callbacks, longjmp, a signal handler, C++ exceptions, tail calls and
# threads:
# - the flat profile (total and self Ir per function) still equals
#   cachegrind's;
# - every call edge into or out of the program's own functions has
#   callgrind's call count exactly;
# - the program's functions' inclusive Ir (callgrind_annotate
#   --inclusive=yes on both files, recursion levels as callgrind splits
#   them) is within 0.1% of callgrind's; with VEX's chasing off (as
#   callgrind runs), equal to it.  Except for a function's ".cold" part
#   (code GCC moves out of line), which callgrind keeps on its stack
#   after the jump back into the function's hot part, until the function
#   returns, so that its inclusive cost there includes the hot part's
#   last instructions; ours returns to the hot part's frame: ours is
#   lower, by a few instructions a call;
# - callgrind_annotate reads our file and its PROGRAM TOTALS are our
#   total; the folded stacks sum to it.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs
command -v callgrind_annotate >/dev/null || skip "callgrind_annotate missing"

# only_own LIST: the edges (stdin) with one of LIST's functions at an end
only_own() {
   awk -F'\t' 'NR == FNR { own[$0] = 1; next } ($1 in own) || ($2 in own)' "$1" -
}

# incl_of_own LIST FILE: level-1 inclusive Ir of LIST's functions
incl_of_own() {
   cga_inclusive "$2" | awk -F'\t' -v OFS='\t' 'NR == FNR { own[$0] = 1; next } ($1 in own)' "$1" -
}

# check LABEL SOURCE [--chase-too] PROG ARGS...
check() {
   label=$1 src=$2; shift 2
   chase_too=no
   [ "$1" = --chase-too ] && { chase_too=yes; shift; }
   vg "$label.ic" --tool=iaicount --call-graph=yes \
      --iaicount-out-file="$work/$label.xml" \
      --callgrind-out-file="$work/$label.icg" \
      --folded-out-file="$work/$label.folded" "$@"
   vg "$label.cl" --tool=callgrind --callgrind-out-file="$work/$label.clg" "$@"
   vg "$label.cg" --tool=cachegrind --cache-sim=no \
      --cachegrind-out-file="$work/$label.cgo" "$@"
   for f in "$label.xml" "$label.icg" "$label.folded" "$label.clg" "$label.cgo"; do
      [ -s "$f" ] || { fail "$label: $f missing"; return; }
   done
   compare_files "$label" "$label.xml" "$label.cgo"
   total=$(summary_metric "$label.xml")
   [ "$(folded_total "$label.folded")" = "$total" ] \
      || fail "$label: folded stacks sum to $(folded_total "$label.folded"), total $total"
   [ "$(cga_total "$label.icg")" = "$total" ] \
      || fail "$label: callgrind_annotate's PROGRAM TOTALS $(cga_total "$label.icg"), total $total"

   own_functions "$label.cgo" "$src" >"$label.own"
   [ "$(wc -l <"$label.own")" -ge 3 ] || fail "$label: own functions: $(cat "$label.own")"
   cg_edges "$label.icg" | only_own "$label.own" >"$label.edges.ours"
   cg_edges "$label.clg" | only_own "$label.own" >"$label.edges.callgrind"
   if diff "$label.edges.callgrind" "$label.edges.ours" >"$label.edges.diff"; then
      note "$label: $(wc -l <"$label.edges.ours") edges of its own functions, call counts == callgrind"
   else
      fail "$label: call counts differ from callgrind's (< callgrind, > ours):"
      head -10 "$label.edges.diff"
   fi

   incl_of_own "$label.own" "$label.icg" >"$label.incl.ours"
   incl_of_own "$label.own" "$label.clg" >"$label.incl.callgrind"
   bad=$(join -t "$(printf '\t')" -a 2 "$label.incl.ours" "$label.incl.callgrind" |
         while IFS="$(printf '\t')" read -r f a b; do
            case $f in
            *'[clone .cold]'*)
               within 0.2 "${a:-0}" "$b" || echo "$f: $a vs callgrind's $b" ;;
            *) within 0.1 "${a:-0}" "$b" || echo "$f: $a vs callgrind's $b" ;;
            esac
         done)
   [ -z "$bad" ] && note "$label: inclusive Ir of $(wc -l <"$label.incl.callgrind") functions within 0.1% of callgrind's" \
      || fail "$label: inclusive Ir off by more than 0.1%: $bad"

   [ "$chase_too" = yes ] || return
   vg "$label.nc" --tool=iaicount --call-graph=yes --vex-guest-chase=no \
      --iaicount-out-file="$work/$label.nc.xml" \
      --callgrind-out-file="$work/$label.nc.icg" "$@"
   incl_of_own "$label.own" "$label.nc.icg" >"$label.incl.nochase"
   bad=$(join -t "$(printf '\t')" -a 2 "$label.incl.nochase" "$label.incl.callgrind" |
         while IFS="$(printf '\t')" read -r f a b; do
            case $f in
            *'[clone .cold]'*)
               [ "${a:-0}" -le "$b" ] && within 0.2 "${a:-0}" "$b" \
                  || echo "$f: $a vs callgrind's $b" ;;
            *) [ "${a:-0}" = "$b" ] || echo "$f: $a vs callgrind's $b" ;;
            esac
         done)
   [ -z "$bad" ] && note "$label: with --vex-guest-chase=no, inclusive Ir == callgrind's" \
      || fail "$label: with --vex-guest-chase=no, inclusive Ir differs from callgrind's: $bad"
}

check calls cg_calls.c --chase-too "$p/cg_calls"
check except cg_except.cc --chase-too "$p/cg_except"
check tail cg_tail.c "$p/cg_tail"

# tail calls: counted as calls from the function that jumps, as callgrind
# counts them (middle -> leaf, not top -> leaf); a jump to the running
# function's own entry is a call (spin -> spin, 25 times)
cg_edges tail.icg >tail.all.ours
cg_edges tail.clg >tail.all.callgrind
for e in "middle	leaf	150" "spin	spin	25"; do
   grep -qx "$e" tail.all.callgrind || fail "tail: callgrind has no edge '$e'"
   grep -qx "$e" tail.all.ours || fail "tail: edge '$e' missing: $(grep "^${e%%	*}	" tail.all.ours)"
done
grep -q "^top	leaf" tail.all.ours && fail "tail: top calls leaf"

# threads: each thread's stack is its own; the call counts of the
# workers' code are callgrind's (thread start-up varies by a few
# instructions from run to run, so inclusive costs are not compared)
vg thr.ic --tool=iaicount --call-graph=yes --iaicount-out-file="$work/thr.xml" \
   --callgrind-out-file="$work/thr.icg" --folded-out-file="$work/thr.folded" "$p/threads"
vg thr.cl --tool=callgrind --callgrind-out-file="$work/thr.clg" "$p/threads"
[ "$(folded_total thr.folded)" = "$(summary_metric thr.xml)" ] || fail "threads: folded stacks do not sum to the total"
cg_edges thr.clg >thr.edges.callgrind
cg_edges thr.icg >thr.edges.ours
for e in "start_thread	worker	4" "main	pthread_create@@GLIBC_2.34	4" "main	pthread_join@@GLIBC_2.34	4"; do
   grep -qx "$e" thr.edges.callgrind || { note "threads: callgrind has no edge '$e' here; skipped"; continue; }
   grep -qx "$e" thr.edges.ours || fail "threads: edge '$e' missing: $(grep "^${e%%	*}	" thr.edges.ours | head -3)"
done
grep -q '^clone[^;]*;start_thread;worker ' thr.folded || fail "threads: no clone;start_thread;worker stack"
finish
