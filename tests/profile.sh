# profile.sh: reading values out of a benchgrind profile (format version 2,
# docs/profile.rng), for every test: the tool tests (through lib.sh) and
# the viewer tests.  Tests read profiles only through these helpers and
# the .xsl files beside this one, so that the layout is known here alone.
#
# Metrics are attributes of <summary>, <region>, <function> and <site>;
# on a function or a site an absent metric is 0.  A site's stack lists ids
# of /profile/frames/frame.

: "${XMLLINT:=xmllint}" "${XSLTPROC:=xsltproc}"
PROFILE_XSL_DIR=$tests_srcdir

# xpath FILE EXPR: the string value of an XPath expression.
xpath() { "$XMLLINT" --xpath "string($2)" "$1" 2>/dev/null; }

# summary_metric FILE [METRIC]: the whole run's METRIC (default Ir).
summary_metric() { xpath "$1" "/profile/summary/@${2:-Ir}"; }
# region_metric FILE REGION [METRIC]
region_metric() { xpath "$1" "/profile/region[@name='$2']/@${3:-Ir}"; }
# region_count FILE [METRIC]: the regions (that carry METRIC, if given).
region_count() {
   if [ -n "${2:-}" ]; then xpath "$1" "count(/profile/region[@$2])"
   else xpath "$1" "count(/profile/region)"; fi
}
# region_names FILE: one a line, in file order.
region_names() {
   "$XSLTPROC" "$PROFILE_XSL_DIR/region-names.xsl" "$1"
}
# regions FILE [METRIC]: sorted "region<TAB>value" lines, one per region.
regions() {
   n=$(xpath "$1" "count(/profile/region)") i=1
   while [ "$i" -le "$n" ]; do
      printf '%s\t%s\n' "$(xpath "$1" "/profile/region[$i]/@name")" \
         "$(xpath "$1" "/profile/region[$i]/@${2:-Ir}")"
      i=$((i + 1))
   done | sort
}
# metrics_list FILE: the metrics attribute of <profile>.
metrics_list() { xpath "$1" "/profile/@metrics"; }
# option_value FILE NAME: the value of <option name=NAME>.
option_value() { xpath "$1" "/profile/option[@name='$2']/@value"; }
# partial_reason FILE, profile_pid FILE, profile_ppid FILE
partial_reason() { xpath "$1" "/profile/partial/@reason"; }
profile_pid() { xpath "$1" "/profile/pid"; }
profile_ppid() { xpath "$1" "/profile/ppid"; }

# functions FILE [REGION] [METRIC]: sorted "file<TAB>fn<TAB>value" lines
# of the summary's (or REGION's) functions, METRIC default Ir, 0 absent;
# the functions that share a file and a name (code in different objects)
# added up, as cachegrind keys its functions.
functions() {
   "$XSLTPROC" --stringparam region "${2:-}" --stringparam metric "${3:-Ir}" \
      "$PROFILE_XSL_DIR/functions.xsl" "$1" \
      | awk -F'\t' '{ v[$1 "\t" $2] += $3 } END { for (k in v) print k "\t" v[k] }' | sort
}

# functions_in_objects FILE [METRIC]: "object<TAB>file<TAB>fn<TAB>value"
# lines of the summary, one a function as the profile has them.
functions_in_objects() {
   "$XSLTPROC" --stringparam object yes --stringparam metric "${2:-Ir}" \
      "$PROFILE_XSL_DIR/functions.xsl" "$1" | sort
}
# function_count FILE [REGION]
function_count() {
   if [ -n "${2:-}" ]; then xpath "$1" "count(/profile/region[@name='$2']/function)"
   else xpath "$1" "count(/profile/summary/function)"; fi
}
# function_metric FILE NAME SOURCE-FILE METRIC [REGION]: 0 when absent.
function_metric() {
   at=/profile/summary
   [ -n "${5:-}" ] && at="/profile/region[@name='$5']"
   v=$(xpath "$1" "$at/function[@name='$2'][@file='$3']/@$4")
   [ -n "$v" ] || [ "$(xpath "$1" "count($at/function[@name='$2'][@file='$3'])")" = 0 ] || v=0
   printf '%s\n' "$v"
}

# sites FILE [REGION] [METRICS]: one line a site of the summary (or
# REGION), in file order: its frames, innermost first, spelled as DHAT
# spells them without the address ("fn (dir/file:line)", "fn (in
# object)" or "fn"), joined by "|"; a tab; the values of METRICS (names
# separated by spaces, default TotalBytes), 0 where absent.
sites() {
   "$XSLTPROC" --stringparam region "${2:-}" \
      --stringparam metrics "${3:-TotalBytes}" \
      "$PROFILE_XSL_DIR/sites.xsl" "$1"
}
# site_count FILE [REGION] [METRIC]: the number of sites, program-wide or
# in REGION, with a METRIC above 0 when METRIC is given.
site_count() {
   if [ -n "${2:-}" ]; then sel="/profile/region[@name='$2']/site"
   else sel=/profile/summary/site; fi
   [ -n "${3:-}" ] && sel="$sel[@$3 > 0]"
   xpath "$1" "count($sel)"
}

# site_metric FILE FUNCTION [METRIC]: METRIC (TotalBytes) of the one
# program-wide site whose innermost frame is FUNCTION (0 when the site
# leaves it out); empty when there is none, "ambiguous" when there are
# several.
site_metric() {
   sel="/profile/summary/site[/profile/frames/frame[@name='$2']/@id = substring-before(concat(normalize-space(@stack), ' '), ' ')]"
   case $(xpath "$1" "count($sel)") in
   0) echo ;;
   1) v=$(xpath "$1" "$sel/@${3:-TotalBytes}"); echo "${v:-0}" ;;
   *) echo ambiguous ;;
   esac
}
# frame_count FILE: the entries of the frame table.
frame_count() { xpath "$1" "count(/profile/frames/frame)"; }
# profile_tool FILE, profile_command FILE
profile_tool() { xpath "$1" "/profile/@tool"; }
profile_command() { xpath "$1" "/profile/command"; }

# ---- call graphs (iaicount --call-graph=yes) --------------------------

# call_edges FILE [REGION] [METRIC]: sorted "caller<TAB>callee<TAB>calls
# <TAB>value" lines, one per caller->callee edge, value the inclusive
# cost of the calls (METRIC default Ir.incl).
call_edges() {
   "$XSLTPROC" --stringparam region "${2:-}" --stringparam metric "${3:-}" \
      "$PROFILE_XSL_DIR/calls.xsl" "$1" | LC_ALL=C sort
}
# tree_nodes FILE [REGION] [METRIC]: "id<TAB>parent<TAB>name<TAB>calls
# <TAB>self<TAB>inclusive" lines of the call tree, parents first (parent
# 0: the root), of METRIC (default Ir).
tree_nodes() {
   "$XSLTPROC" --stringparam region "${2:-}" --stringparam what nodes \
      --stringparam metric "${3:-}" "$PROFILE_XSL_DIR/calls.xsl" "$1"
}
