# hc-lib.sh: helpers of the heapcount tests (sourced after lib.sh).
# heapcount is compared with DHAT run through the same in-place tree and
# fixed environment; DHAT's JSON is read with jq.

[ -x "$VGLIB/heapcount-$VG_PLATFORM" ] || skip "in-place heapcount not built"
command -v jq >/dev/null 2>&1 || { echo "FAIL: jq missing"; exit 1; }
# The order of the metrics compared, in hc_sites and dhat_* below.
HC_METRICS="TotalBytes TotalBlocks AtGmaxBytes AtGmaxBlocks EndBytes EndBlocks ReadBytes WriteBytes"
# With LIFETIMES=yes, LifetimeTotal is compared with DHAT's tl as well:
# the two tools' clocks agree except in the string functions each replaces
# with its own code (hc-lifetimes.sh), so only for programs that call none
# while a block is live.
LIFETIMES=no

# Sums the value columns of "key<TAB>v1 v2 ..." lines by key (sorted).
sum_by_key() {
   awk -F'\t' '{ n = split($2, v, " "); for (i = 1; i <= n; i++) s[$1, i] += v[i];
                 w[$1] = n }
        END { for (k in w) { line = k "\t"; for (i = 1; i <= w[k]; i++)
                 line = line (i > 1 ? " " : "") s[k, i]; print line } }' | sort
}

# DHAT's program points keyed by their frames, with tb tbk gb gbk eb ebk
# rb wb tl.  Frames without addresses (the two tools' preloads differ in
# size, so shared libraries load at other addresses); the preload's
# malloc frames at the top left out, as heapcount leaves them out; a
# preload frame below them (a wrapper such as setenv's) as "NAME
# [preload]", as sites.xsl writes heapcount's.  A preload frame is
# "(in .../vgpreload_dhat-...so)" from a stripped preload (Debian's), or
# names the preload's source file (a Valgrind built from source; with
# --fullpath-after= that is a path, ".../shared/vg_replace_strmem.c").
# DHAT runs with --fullpath-after= (see same_as_dhat), so it spells a
# file "dir/file" as heapcount does, except that Valgrind drops a leading
# "./" of the directory there: hc_sites drops it too.
DHAT_PRELOAD_JQ='def preload: test("vgpreload_|[(/]vg_replace_(strmem|malloc)\\.c:[0-9]+\\)$");'
dhat_sites() {
   jq -r "$DHAT_PRELOAD_JQ"'
      def unwrapped: if length > 0 and (.[0] | preload)
                     then .[1:] | unwrapped else . end;
      .ftbl as $f | .pps[] |
      ([.fs[] | $f[.]] | unwrapped | map(sub("^0x[0-9A-Fa-f]+: "; "")
        | if preload then sub(" \\([^)]*\\)$"; " [preload]")
          else . end) | join("|")) + "\t" +
      ([.tb, .tbk, .gb, .gbk, .eb, .ebk, .rb, .wb, .tl] | map(tostring) | join(" "))' "$1" | sum_by_key
}
hc_sites() { sites "$1" "${2:-}" "$HC_METRICS LifetimeTotal" | sed 's/ (\.\// (/g' | sum_by_key; }

# first_values N: "key<TAB>v1 ... vN" lines, the values after the N-th
# dropped.
first_values() {
   awk -F'\t' -v n="$1" '{ k = split($2, v, " "); s = v[1]
      for (i = 2; i <= n && i <= k; i++) s = s " " v[i]; print $1 "\t" s }'
}

# Program-wide: DHAT's figures are the sums over its program points.
dhat_totals() {
   jq -r '[.pps[] | [.tb, .tbk, .gb, .gbk, .eb, .ebk, .rb, .wb, .tl]] | transpose
          | map(add // 0) | map(tostring) | join(" ")' "$1"
}
hc_totals() {
   out=
   for m in $(compared_metrics); do out="$out${out:+ }$(summary_metric "$1" "$m")"; done
   echo "$out"
}
compared_metrics() {
   if [ "$LIFETIMES" = yes ]; then echo "$HC_METRICS LifetimeTotal"; else echo "$HC_METRICS"; fi
}

# compare_with_dhat LABEL HC.xml DHAT.json [sites]: program-wide figures
# equal, and (with "sites") every site's.
compare_with_dhat() {
   label=$1 hc=$2 dh=$3
   [ -s "$hc" ] || { fail "$label: no heapcount output"; return; }
   [ -s "$dh" ] || { fail "$label: no DHAT output"; return; }
   validate "$hc" || return
   metrics=$(compared_metrics)
   n=$(echo $metrics | wc -w)
   a=$(hc_totals "$hc"); b=$(dhat_totals "$dh" | cut -d' ' -f1-"$n")
   if [ "$a" = "$b" ]; then note "$label: $metrics = $a, as DHAT"
   else fail "$label: heapcount [$a], DHAT [$b] ($metrics)"; fi
   [ "${4:-}" = sites ] || return
   hc_sites "$hc" | first_values "$n" >"$work/$label.hc.sites"
   dhat_sites "$dh" | first_values "$n" >"$work/$label.dhat.sites"
   if diff "$work/$label.dhat.sites" "$work/$label.hc.sites" >"$work/$label.sites.diff"; then
      note "$label: $(wc -l <"$work/$label.hc.sites") sites equal DHAT's"
   else
      fail "$label: sites differ from DHAT's (< DHAT, > heapcount):"
      head -10 "$work/$label.sites.diff"
   fi
}

# same_as_dhat LABEL PROG ARGS...: one run of each tool, compared.
same_as_dhat() {
   label=$1; shift
   vg "$label.hc" --tool=heapcount --heapcount-out-file="$work/$label.hc.xml" "$@"
   vg "$label.dh" --tool=dhat --fullpath-after= --dhat-out-file="$work/$label.dhat.json" "$@"
   compare_with_dhat "$label" "$work/$label.hc.xml" "$work/$label.dhat.json" sites
}
