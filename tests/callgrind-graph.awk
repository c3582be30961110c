# callgrind-graph.awk: reads a callgrind-format file (ours or callgrind's)
# and prints, for its first event (or -v event=NAME), tab-separated:
#   F  name  self  inclusive     per function as the file names it (a
#                                recursion level apart: "fib", "fib'2"),
#                                inclusive = self + the costs of its calls,
#                                as callgrind_annotate --inclusive=yes
#   E  caller  callee  calls     per edge, recursion levels merged
# Names compressed as "(id) name" are expanded.
BEGIN { OFS = "\t"; col = 2 }
/^events:/ { if (event != "") for (i = 2; i <= NF; i++) if ($i == event) col = i; next }
function name_of(tag, v,   id, rest) {
   if (match(v, /^\([0-9]+\)/)) {
      id = substr(v, 2, RLENGTH - 2); rest = substr(v, RLENGTH + 1)
      sub(/^ /, "", rest)
      if (rest != "") names[tag, id] = rest
      return names[tag, id]
   }
   return v
}
function base(n) { sub(/'[0-9]+$/, "", n); return n }
/^fn=/ { fn = name_of("fn", substr($0, 4)); seen[fn] = 1; in_call = 0; next }
/^cfn=/ { cfn = name_of("fn", substr($0, 5)); next }
/^calls=/ { split(substr($0, 7), a, " "); n_calls = a[1]; in_call = 1; next }
/^[0-9+*-]/ {
   if (fn == "") next
   if (in_call) {
      incl[fn] += $col
      calls[base(fn) SUBSEP base(cfn)] += n_calls
      in_call = 0
   } else {
      self[fn] += $col; incl[fn] += $col
   }
}
END {
   for (f in seen) print "F", f, self[f] + 0, incl[f] + 0
   for (k in calls) { split(k, p, SUBSEP); print "E", p[1], p[2], calls[k] }
}
