#!/bin/sh
# The ready CI files of docs/ci: the YAML parses (python3-yaml) into a
# GitHub Actions workflow whose steps run or use something, and a GitLab
# CI job; every command they and the shell recipe run exists after
# `make install DESTDIR=...` (ours in DESTDIR, quickstart.sh in the source
# tree with its "install" verb, the rest on the machine); and the iai-gate
# step of each, and the recipe, run as CI runs them with the installed
# iai-gate, on a throwaway repository where the head makes bench_hash 3%
# slower: exit 1, the Markdown published (GitHub's step summary, GitLab's
# job log), the note step silent without a token.
. "$tests_srcdir/gate/common.sh"
need python3:yaml python3-yaml
need git git
CI=$top_srcdir/docs/ci
GH=$CI/github-actions.yml GL=$CI/gitlab-ci.yml SH=$CI/iai-gate-ci.sh
cmds() { python3 "$GATE_INPUTS/ci-commands.py" "$@"; }

cmds --snippets "$GH" "$GL" "$SH" >"$work/snippets" 2>"$work/parse.err" \
   || { fail "CI files do not parse: $(cat "$work/parse.err")"; finish; }
for where in 'github-actions.yml:iai-gate.steps' 'gitlab-ci.yml:iai-gate.script' \
   'gitlab-ci.yml:iai-gate.after_script' 'gitlab-ci.yml:iai-gate.before_script'; do
   grep -q "$where" "$work/snippets" || fail "no snippet at $where"
done

dest=$work/dest
make -C "$top_builddir" install DESTDIR="$dest" >"$work/install.log" 2>&1 \
   || { fail "make install DESTDIR failed: $(tail -3 "$work/install.log")"; finish; }
bin=$(dirname "$(find "$dest" -type f -name iaidiff -path '*/bin/*')")
[ -x "$bin/iai-gate" ] || { fail "make install put no iai-gate beside iaidiff"; finish; }

cmds --commands "$GH" "$GL" "$SH" | sort -u >"$work/commands"
grep -qx iai-gate "$work/commands" || fail "the CI files never run iai-gate"
while IFS= read -r c; do
   case $c in
   */quickstart.sh)
      sh "$top_srcdir/quickstart.sh" 2>&1 | grep -q '|install' \
         || fail "$c: quickstart.sh has no install verb" ;;
   iai-gate|iaidiff|heapview)
      [ -x "$bin/$c" ] || fail "$c is not installed" ;;
   bencher) ;;   # optional: the recipe runs it only when it is there
   *) command -v "$c" >/dev/null 2>&1 || fail "the CI files run $c, which is not here" ;;
   esac
done <"$work/commands"

# the gate steps, run as CI runs them
repo=$work/repo
example_repo "$repo"
git -C "$repo" update-ref refs/remotes/origin/main main
git -C "$repo" checkout -q -b slower
sed -i 's|^   return h;$|   h ^= (uint32_t)n;\n   h *= 16777619u;\n   return h;|' "$repo/textlib.c"
git -C "$repo" commit -qam "tl_hash: mix the length in"
# this machine's build and valgrind (the file's keys; the steps pass none)
printf 'build=%s\nrun=./bench\nregression=Ir=2\nvalgrind=%s\n' \
   "$EXAMPLE_BUILD" "$VG_IN_PLACE" >"$repo/.iai-gate"
PATH=$bin:$PATH
export PATH

# step NAME SHELL... : run the snippet in $work/NAME.sh from the checkout
step() {
   name=$1; shift
   (cd "$repo" && "$@" "$work/$name.sh") >"$work/$name.out" 2>"$work/$name.err" </dev/null
   status=$?
}
check_report() {
   head -1 "$repo/iai-report.md" | grep -q '^### Regressed: 1 of 3 regions regressed; worst <code>bench\\_hash</code> Ir +' \
      || fail "$1: report headline: $(head -1 "$repo/iai-report.md")"
   [ "$(xpath "$repo/iai-junit.xml" 'count(//failure)')" = 1 ] || fail "$1: JUnit failures"
   [ -s "$repo/iai-bmf.json" ] || fail "$1: no Bencher JSON"
}

cmds --first iai-gate "$GH" >"$work/gh.sh"
GITHUB_BASE_REF=main step gh bash --noprofile --norc -eo pipefail
expect_status gh 1
check_report github
cmds --first test "$GH" >"$work/gh-publish.sh"
: >"$work/summary"
GITHUB_STEP_SUMMARY=$work/summary step gh-publish bash --noprofile --norc -eo pipefail
expect_status gh-publish 0
cmp -s "$repo/iai-report.md" "$work/summary" || fail "github: the step summary is not the report"
rm -f "$repo"/iai-*

cmds --first iai-gate "$GL" >"$work/gl.sh"
CI_MERGE_REQUEST_DIFF_BASE_SHA=$(git -C "$repo" rev-parse main) step gl sh -e
expect_status gl 1
check_report gitlab
python3 -c 'import sys, yaml
for line in yaml.safe_load(open(sys.argv[1]))["iai-gate"]["after_script"]:
    print(line)' "$GL" >"$work/gl-after.sh"
IAI_GATE_NOTE_TOKEN='' step gl-after sh -e
expect_status gl-after 0
grep -qF "$(head -1 "$repo/iai-report.md")" "$work/gl-after.out" || fail "gitlab: the report is not in the job log"
rm -f "$repo"/iai-*

cp "$SH" "$work/recipe.sh"
BASE=main step recipe sh
expect_status recipe 1
check_report recipe
grep -qF "$(head -1 "$repo/iai-report.md")" "$work/recipe.out" || fail "recipe: the report is not printed"
no_leftovers ci
finish
