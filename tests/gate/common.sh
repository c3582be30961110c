# common.sh: helpers for the iai-gate and report-format tests (sourced by
# each test after tests/lib.sh, whose fail/note/finish/skip and profile
# helpers they use).
#
# A git repository made here is hermetic: no global or system git
# configuration, a fixed author, no way up to the repository the tests
# run in, and TMPDIR pointed at a directory of the test's own, so that
# anything iai-gate leaves behind is seen.

. "$tests_srcdir/lib.sh"

IAIDIFF=$top_builddir/viewer/iaidiff/iaidiff
IAI_GATE=$top_builddir/viewer/iaidiff/iai-gate
VG_IN_PLACE=$top_builddir/vg-in-place
GATE_INPUTS=$tests_srcdir/gate
EXAMPLES=$top_srcdir/examples
# How the example finds <valgrind/iai.h> without an installed benchgrind.
EXAMPLE_BUILD="make IAI_CPPFLAGS=-I$top_srcdir/include"
NO_COLOR=1
export NO_COLOR
for p in "$IAIDIFF" "$IAI_GATE"; do
   [ -x "$p" ] || { echo "FAIL: $p not built"; exit 1; }
done

: >"$work/gitconfig"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/gitconfig"
# Nothing under $work may reach the repository the tests are built in:
# git looks no higher than $work for a repository.
GIT_CEILING_DIRECTORIES=$work
export GIT_CEILING_DIRECTORIES
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.invalid
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.invalid
TMPDIR=$work/tmp
export TMPDIR
mkdir -p "$TMPDIR"

# need TOOL WHAT: skip without TOOL (a command, or "python3:MODULE"),
# except in CI, where every test tool must be there.
need() {
   case $1 in
   python3:*) python3 -c "import ${1#python3:}" 2>/dev/null && return ;;
   *) command -v "$1" >/dev/null 2>&1 && return ;;
   esac
   [ "${CI:-}" = true ] && { echo "FAIL: $2 missing in CI"; exit 1; }
   skip "$2 not installed"
}

# run NAME CMD...: stdout, stderr and status of CMD in $work/NAME.out,
# $work/NAME.err and $status.
run() {
   name=$1; shift
   "$@" >"$work/$name.out" 2>"$work/$name.err" </dev/null
   status=$?
}

# expect_status NAME N: the last run's status is N.
expect_status() {
   [ "$status" = "$2" ] && return 0
   fail "$1: exit status $status, expected $2"
   sed 's/^/  out: /' "$work/$1.out" | tail -15
   sed 's/^/  err: /' "$work/$1.err"
   return 1
}

# one_line_error NAME: the last run's stderr is one line (its message).
one_line_error() {
   n=$(wc -l <"$work/$1.err")
   [ "$n" = 1 ] || { fail "$1: stderr has $n lines, not one:"; sed 's/^/  err: /' "$work/$1.err"; }
}

# profile NAME PROG ARGS...: iaicount's profile of PROG in $work/NAME.xml.
profile() {
   name=$1; shift
   vg "$name" --tool=iaicount --iaicount-out-file="$work/$name.xml" "$@"
   [ -s "$work/$name.xml" ] || { fail "iaicount wrote no $name.xml"; finish; }
   validate "$work/$name.xml"
}

# example_repo DIR: a fresh git repository at DIR holding examples/ in
# one commit on branch main.
example_repo() {
   rm -rf "$1"
   mkdir -p "$1"
   cp -R "$EXAMPLES/." "$1/"
   rm -f "$1/bench" "$1"/*.o "$1"/*.a
   git -C "$1" init -q -b main \
      && [ "$(git -C "$1" rev-parse --show-toplevel)" = "$1" ] \
      && git -C "$1" add -A && git -C "$1" commit -qm "the example" \
      || { fail "cannot make a git repository in $1"; finish; }
}

# repo_state DIR: everything iai-gate must leave as it was in the user's
# checkout: HEAD and the branches, the index file, the work tree's status
# with untracked and ignored files, every file's content, the worktrees.
repo_state() {
   (cd "$1" && {
      git rev-parse HEAD
      git for-each-ref
      cksum <.git/index
      cksum <.git/config
      git --no-optional-locks status --porcelain=v1 --ignored --untracked-files=all
      find . -path ./.git -prune -o -type f -print | sort | xargs cksum
      git worktree list --porcelain
      ls .git/worktrees 2>/dev/null
   })
}

# no_leftovers WHAT: iai-gate left nothing in TMPDIR.
no_leftovers() {
   left=$(ls -A "$TMPDIR")
   [ -z "$left" ] || fail "$1: left in TMPDIR: $left"
}
