# Issue 17 item 5: the output name is fixed at start-up.  A client that
# unsets or rewrites a %q{VAR} variable changes nothing (it used to lose
# the profile, or choose the path); a '%' in the value stays literal; and
# whether the file can be written is only found out at exit (a directory
# the client creates is fine).
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/outfiles/of-lib.sh"
cd "$work" || exit 1
c=$tests_builddir/progs/outname_client

VG_ENV="OUT_TAG=good" vg unset --tool=iaicount \
   --iaicount-out-file="$work/u.%q{OUT_TAG}.xml" "$c" unset OUT_TAG \
   || fail "unset: exit status $?"
validate u.good.xml || fail "unset: no u.good.xml: $(ls)"

mkdir elsewhere s.x
VG_ENV="OUT_TAG=good" vg set --tool=iaicount \
   --iaicount-out-file="$work/s.%q{OUT_TAG}.xml" "$c" set OUT_TAG x/../elsewhere/hijacked \
   || fail "set: exit status $?"
validate s.good.xml || fail "set: no s.good.xml: $(ls)"
[ -z "$(ls elsewhere)" ] || fail "set: the client chose the path: $(ls elsewhere)"

# cachetrace's two names, heapcount's
VG_ENV="OUT_TAG=good" vg ct --tool=cachetrace \
   --cachetrace-out-file="$work/ct.%q{OUT_TAG}.xml" \
   --cachegrind-out-file="$work/cg.%q{OUT_TAG}" "$c" unset OUT_TAG \
   || fail "ct: exit status $?"
validate ct.good.xml && grep -q '^summary:' cg.good || fail "ct: files missing: $(ls)"
VG_ENV="OUT_TAG=good" vg hc --tool=heapcount \
   --heapcount-out-file="$work/hc.%q{OUT_TAG}.xml" "$c" set OUT_TAG bad \
   || fail "hc: exit status $?"
validate hc.good.xml || fail "hc: no hc.good.xml: $(ls)"

# a '%' in the value is not a pattern character
VG_ENV="OUT_TAG=a%pb" vg pct --tool=iaicount \
   --iaicount-out-file="$work/p.%q{OUT_TAG}.xml" "$c" exit 0 \
   || fail "pct: exit status $?"
validate 'p.a%pb.xml' || fail "pct: no p.a%pb.xml: $(ls)"

# the directory need only exist at exit
vg later --tool=iaicount --iaicount-out-file="$work/later/out.xml" \
   "$c" mkdir "$work/later" || fail "later: exit status $?"
validate later/out.xml || fail "later: no later/out.xml"
finish
