# iaidiff on profiles with a call graph (iaicount --call-graph=yes on
# cg_calls, fib(13) against fib(15)): the inclusive metrics are diffed
# like the others once they are present, and are absent otherwise.
# - the text and Markdown reports give "Instructions (incl)" with both
#   runs' Ir.incl; flat profiles (no --call-graph) have no such line;
# - --regression=Ir.incl=PCT fails the grown run (exit 1) and passes a
#   limit above its growth;
# - --bmf-functions ranks functions by inclusive Ir and gives each its
#   "instructions-inclusive": fib's is the profile's Ir.incl, which
#   iaicount/callgraph.sh checks against callgrind's.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs
IAIDIFF=$top_builddir/viewer/iaidiff/iaidiff

vg old --tool=iaicount --call-graph=yes --iaicount-out-file="$work/old.xml" "$p/cg_calls" 1
vg new --tool=iaicount --call-graph=yes --iaicount-out-file="$work/new.xml" "$p/cg_calls" 3
vg flat1 --tool=iaicount --iaicount-out-file="$work/flat1.xml" "$p/cg_calls" 1
vg flat3 --tool=iaicount --iaicount-out-file="$work/flat3.xml" "$p/cg_calls" 3
validate old.xml && validate new.xml || finish
old=$(summary_metric old.xml Ir.incl)
new=$(summary_metric new.xml Ir.incl)
[ -n "$old" ] && [ "$new" -gt "$old" ] 2>/dev/null || fail "Ir.incl: old '$old', new '$new'"

# plain NUMBER: without thousands separators
plain() { echo "$1" | tr -d ','; }

"$IAIDIFF" --markdown=report.md old.xml new.xml >report.txt 2>report.err \
   || fail "iaidiff: exit $?: $(cat report.err)"
line=$(grep 'Instructions (incl):' report.txt)
pair=$(echo "$line" | awk '{ print $3 }')          # NEW|OLD
if [ "$(plain "${pair%%|*}")" = "$new" ] && [ "$(plain "${pair#*|}")" = "$old" ]; then
   note "text report: $line"
else
   fail "text report: '$line', want $new|$old"
fi
grep -qF '#### Instructions \(incl\) (Ir\.incl)' report.md \
   || fail "Markdown report: no Ir.incl table: $(grep '^####' report.md)"
"$IAIDIFF" flat1.xml flat3.xml >flat.txt 2>&1 || fail "flat profiles: exit $?"
grep -q '(incl)' flat.txt && fail "flat profiles: an inclusive line: $(grep '(incl)' flat.txt)"

# --regression on the inclusive count
grown=$(awk -v a="$old" -v b="$new" 'BEGIN { printf "%d", 100 * (b - a) / a }')
"$IAIDIFF" --regression=Ir.incl=1 old.xml new.xml >reg1.txt 2>&1
[ $? = 1 ] || fail "--regression=Ir.incl=1: a growth of ${grown}% passed"
"$IAIDIFF" --regression=Ir.incl=$((grown + 2)) old.xml new.xml >reg2.txt 2>&1
[ $? = 0 ] || fail "--regression=Ir.incl=$((grown + 2)): failed: $(tail -2 reg2.txt)"

# --bmf-functions: fib's inclusive count, the costliest function first
"$IAIDIFF" --bmf=new.json --bmf-functions=1000 old.xml new.xml >/dev/null 2>bmf.err \
   || fail "--bmf-functions: exit $?: $(cat bmf.err)"
fib=$(functions new.xml "" Ir.incl | awk -F'\t' '$2 == "fib" { print $3 }')
python3 - new.json "$fib" <<'EOF' >bmf.out 2>&1 || fail "--bmf-functions: $(cat bmf.out)"
import json, sys
doc = json.load(open(sys.argv[1]))
fns = [(k, v) for k, v in doc.items() if "::" in k]
# a function's code from another file (an inlined header) is an entry
# of its own, without an inclusive cost: ranked by its own
incl = [v.get("instructions-inclusive", v["instructions"])["value"] for _, v in fns]
fib = [v for k, v in fns if k.split("::", 1)[1].startswith("fib (")]
if not fib:
    sys.exit("no fib among %d functions" % len(fns))
if fib[0]["instructions-inclusive"]["value"] != int(sys.argv[2]):
    sys.exit("fib: instructions-inclusive %s, the profile's Ir.incl %s"
             % (fib[0]["instructions-inclusive"]["value"], sys.argv[2]))
if incl != sorted(incl, reverse=True):
    sys.exit("functions not in order of inclusive Ir: %s" % incl[:6])
print("fib: instructions-inclusive %s; %d functions by inclusive Ir"
      % (sys.argv[2], len(fns)))
EOF
note "$(cat bmf.out)"
finish
