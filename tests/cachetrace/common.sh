# common.sh: helpers of the cachetrace tests (sourced after lib.sh).
[ -x "$VGLIB/cachetrace-$VG_PLATFORM" ] || skip "in-place cachetrace not built"
p=$tests_builddir/progs

# Explicit geometries besides the host's: one with an LL smaller than the
# random-access working set, one with small, different-line caches.
GEO_A="--I1=32768,8,64 --D1=32768,8,64 --LL=1048576,16,64"
GEO_B="--I1=16384,4,64 --D1=8192,2,32 --LL=262144,8,64"
# Corner cases of the inline MRU checks: a fully associative I1 (one set),
# a 3-way D1, a small 3-way LL (which wide.sh drives beyond its 32-bit
# encodings); a fully associative
# D1, a direct-mapped LL.  (A D1 of a few lines is no oracle: cachegrind
# itself then varies by a miss or two from run to run.)
GEO_C="--I1=1024,16,64 --D1=1536,3,32 --LL=24576,3,64"
GEO_D="--I1=2048,4,64 --D1=4096,64,64 --LL=65536,1,64"

# run_pair LABEL "OPTIONS" PROG ARGS...: cachetrace and cachegrind
# --cache-sim=yes with the same OPTIONS on the same run.
run_pair() {
   label=$1 opts=$2; shift 2
   # shellcheck disable=SC2086
   vg "$label.ct" --tool=cachetrace $opts \
      --cachetrace-out-file="$work/$label.ct.xml" \
      --cachegrind-out-file="$work/$label.ct.cg" "$@"
   # shellcheck disable=SC2086
   vg "$label.cg" --tool=cachegrind --cache-sim=yes $opts \
      --cachegrind-out-file="$work/$label.cg.out" "$@"
}

cg_summary() { sed -n 's/^summary: //p' "$1"; }
cg_events() { sed -n 's/^events: //p' "$1"; }

# xml_summary FILE EVENTS...: the XML summary's values of EVENTS.
xml_summary() {
   f=$1; shift
   for e in "$@"; do printf '%s ' "$(summary_metric "$f" "$e")"; done | sed 's/ $//'
}

# compare_pair LABEL: every event total and every function's events equal.
compare_pair() {
   label=$1 ct=$work/$1.ct.xml cgf=$work/$1.ct.cg ref=$work/$1.cg.out
   [ -s "$ct" ] && [ -s "$cgf" ] || { fail "$label: no cachetrace output"; return; }
   [ -s "$ref" ] || { fail "$label: no cachegrind output"; return; }
   validate "$ct" || return
   events=$(cg_events "$ref")
   # shellcheck disable=SC2086
   a=$(xml_summary "$ct" $events); b=$(cg_summary "$ref")
   if [ "$a" = "$b" ]; then note "$label: $events = $b"
   else fail "$label: XML totals '$a', cachegrind '$b' ($events)"; fi
   [ "$(cg_summary "$cgf")" = "$b" ] || fail "$label: --cachegrind-out-file summary differs"
   cg_functions_all "$cgf" >"$work/$label.ct.fns"
   cg_functions_all "$ref" >"$work/$label.cg.fns"
   if ! diff "$work/$label.cg.fns" "$work/$label.ct.fns" >"$work/$label.fns.diff"; then
      fail "$label: per-function events differ from cachegrind:"
      head -6 "$work/$label.fns.diff"
   fi
   compare_xml_functions "$label" "$ct" "$ref" "$events"
}

# The XML's per-function values of a few events equal cachegrind's.
compare_xml_functions() {
   label=$1 ct=$2 ref=$3 events=$4 col=3
   for e in $events; do
      case $e in Ir|D1mr|DLmw|Bcm|Bim) ;; *) col=$((col + 1)); continue ;; esac
      functions "$ct" "" "$e" | awk -F'\t' '$3 > 0' >"$work/$label.xml.$e"
      cg_functions_all "$ref" | awk -F'\t' -v c=$col '$c > 0 { print $1 "\t" $2 "\t" $c }' \
         | sort >"$work/$label.cg.$e"
      cmp -s "$work/$label.cg.$e" "$work/$label.xml.$e" \
         || fail "$label: XML per-function $e differs from cachegrind"
      col=$((col + 1))
   done
}
