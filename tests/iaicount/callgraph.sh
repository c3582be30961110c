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
#   total; the folded stacks sum to it;
# - the XML profile holds the same graph: its edges' call counts are
#   callgrind's, its functions' Ir.incl are those of our callgrind-format
#   file, a function that does not recurse costs exactly its Ir plus the
#   Ir.incl of its outgoing edges, and the call tree's nodes add up to
#   the total (self) and to each node's inclusive cost.
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
   call_graph_runs "$label" "$@"
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

   check_xml "$label"
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

# check_xml LABEL: the call graph in LABEL.xml against the callgrind-format
# files of the same runs.
check_xml() {
   validate "$1.xml" || return
   call_edges "$1.xml" | cut -f1-3 | only_own "$1.own" >"$1.xml.edges"
   diff "$1.edges.callgrind" "$1.xml.edges" >"$1.xml.edges.diff" \
      || fail "$1: the XML's edges differ from callgrind's: $(head -4 "$1.xml.edges.diff")"
   # Ir.incl per own function = our callgrind file's level-1 inclusive
   functions "$1.xml" "" Ir.incl | awk -F'\t' -v OFS='\t' '{ print $2, $3 }' \
      | awk -F'\t' 'NR == FNR { own[$0] = 1; next } ($1 in own)' "$1.own" - \
      | LC_ALL=C sort >"$1.xml.incl"
   diff "$1.incl.ours" "$1.xml.incl" >"$1.xml.incl.diff" \
      || fail "$1: the XML's Ir.incl differ from the callgrind-format file's: $(head -4 "$1.xml.incl.diff")"
   # the tree: self costs add up to the total, inclusive = self + children
   tree_nodes "$1.xml" >"$1.nodes"
   bad=$(awk -F'\t' -v total="$(summary_metric "$1.xml")" '
      { self[$1] = $5; incl[$1] = $6; parent[$1] = $2; sum += $5; kids[$2] += $6
        if ($2 == 0) top += $6 }
      END { if (sum != total) print "self sums to " sum " of " total
            if (top != total) print "top nodes sum to " top " of " total
            for (n in self) if (self[n] + kids[n] != incl[n]) { print "node " n ": " self[n] " + " kids[n] " != " incl[n]; exit } }' "$1.nodes")
   [ -z "$bad" ] || fail "$1: call tree: $bad"
   # a function that does not recurse: Ir.incl = Ir + its edges' Ir.incl
   awk -F'\t' 'NR == FNR { own[$0] = 1; next }
      { name[$1] = $3; parent[$1] = $2 }
      END { for (n in name) if (name[n] in own)
               for (p = parent[n]; p != 0; p = parent[p]) if (name[p] == name[n]) { rec[name[n]] = 1; break }
            for (f in own) if (!(f in rec)) print f }' "$1.own" "$1.nodes" | LC_ALL=C sort >"$1.flat"
   functions "$1.xml" | awk -F'\t' -v OFS='\t' '{ print $2, $3 }' | LC_ALL=C sort >"$1.self"
   call_edges "$1.xml" | awk -F'\t' -v OFS='\t' '$1 != $2 { s[$1] += $4 } END { for (f in s) print f, s[f] }' \
      | LC_ALL=C sort >"$1.out"
   bad=$(while read -r f; do
            i=$(awk -F'\t' -v f="$f" '$1 == f { print $2 }' "$1.xml.incl")
            a=$(awk -F'\t' -v f="$f" '$1 == f { print $2 }' "$1.self")
            b=$(awk -F'\t' -v f="$f" '$1 == f { print $2 }' "$1.out")
            [ "${i:-x}" = "$(( ${a:-0} + ${b:-0} ))" ] || echo "$f: $i != $a + $b"
         done <"$1.flat")
   [ -z "$bad" ] && note "$1: $(wc -l <"$1.flat") functions: Ir.incl == Ir + outgoing edges; tree adds up" \
      || fail "$1: Ir.incl is not Ir plus the outgoing edges': $bad"
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
