# heapcount's preload replaces and wraps the same functions, under the
# same sonames and tags, as the installed DHAT's preload (nm -D of both),
# so the same library calls are redirected; and on a program calling the
# ones DHAT's preload added over the years (strcasestr, the wide-character
# functions, bcopy, the putenv/setenv/unsetenv wrappers) on heap blocks,
# every site's figures equal DHAT's, wrapper frames included.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
cd "$work" || exit 1
command -v nm >/dev/null 2>&1 || { echo "FAIL: nm (binutils) missing"; exit 1; }

# The redirections of a preload: the _vgr/_vgw symbols it defines.
redirections() {
   nm -D --defined-only "$1" | awk '$3 ~ /^_vg[rw][0-9]+Z[UZ]_/ { print $3 }' | sort
}
ours=$VGLIB/vgpreload_heapcount-$VG_PLATFORM.so
dhat=$VGLIB/vgpreload_dhat-$VG_PLATFORM.so
redirections "$ours" >ours.syms
redirections "$dhat" >dhat.syms
[ -s dhat.syms ] || fail "no redirections found in $dhat"
if diff dhat.syms ours.syms >syms.diff; then
   note "preload: the $(wc -l <ours.syms) redirections of DHAT's preload"
else
   fail "preload redirections differ from DHAT's (< DHAT only, > ours only):"
   grep '^[<>]' syms.diff | head -20
fi

same_as_dhat strings "$tests_builddir/progs/hc_strings"
# the wrappers are frames of their own in the stacks, as in DHAT's
for w in putenv setenv; do
   grep -qF "|$w [preload]" strings.hc.sites \
      || fail "strings: no site under the $w wrapper"
done
finish
