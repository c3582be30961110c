#!/bin/sh
# iai-gate: gate a change on instruction counts in one command.
#
# Checks out the base revision and the head in temporary git worktrees
# (the user's checkout, index and untracked files are never touched),
# builds each, runs every benchmark command under valgrind --tool=iaicount,
# joins the runs of each side into one profile (iaidiff --join) and hands
# the two profiles to iaidiff, which judges, reports and gives the exit
# status: 0 within limits, 1 regression, 2 bad usage or a failed step.
# Every comparison and report is iaidiff's; this script only orchestrates.
#
# Copyright (C) 2026 The benchgrind authors.
# SPDX-License-Identifier: GPL-2.0-or-later

set -u
me=iai-gate
nl='
'

usage() {
   cat <<'EOF'
usage: iai-gate [--base=REV] [--head=REV] --build=CMD --run=CMD [--run=CMD ...]
                [--regression=Ir=2,...] [--markdown=FILE] [--junit=FILE] [--bmf=FILE]
                [--baseline=NAME | --save-baseline=NAME] [--baseline-dir=DIR]
                [--valgrind=CMD]
Build and benchmark the base revision and the head in temporary worktrees,
compare them with iaidiff and exit as it does.

  --base=REV            the reference (default: the merge base of the head
                        with origin/main, else with main)
  --head=REV            the change (default: HEAD; uncommitted changes are
                        not part of it)
  --build=CMD           run with sh in each worktree's top directory
  --run=CMD             a benchmark program and its arguments, run under
                        valgrind --tool=iaicount there; with several, regions
                        are named RUN::REGION
  --regression=M=PCT,.. fail (exit 1) when metric M grows by more than PCT%
  --markdown=FILE       write iaidiff's Markdown report
  --junit=FILE          write iaidiff's JUnit XML report
  --bmf=FILE            write the head's numbers as Bencher Metric Format JSON
  --baseline=NAME       compare the head with saved baseline NAME instead of
                        building a base revision
  --save-baseline=NAME  compare with baseline NAME if saved, then save the head
                        as NAME
  --baseline-dir=DIR    where baselines are kept (default: .iai at the top
                        of the repository)
  --valgrind=CMD        run CMD instead of valgrind (e.g. ./vg-in-place)
  -h, --help            show this help
The same keys, one KEY=VALUE a line (run= may repeat), can sit in a file
.iai-gate at the top of the repository; options win over the file.
Exit status: 0 within limits, 1 regression or missing region, 2 bad usage,
a revision that does not exist, a build or benchmark that failed, a
benchmark without regions.
EOF
}

# ---- messages and clean-up ------------------------------------------------

tmp=
root=
worktrees=        # "dir<TAB>admin-dir" lines of the worktrees we added

say() { printf '%s: %s\n' "$me" "$*"; }
die() { printf '%s: %s\n' "$me" "$*" >&2; exit 2; }

# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
   if [ -n "$worktrees" ]; then
      printf '%s\n' "$worktrees" | while IFS='	' read -r dir admin; do
         [ -n "$dir" ] || continue
         git -C "$root" worktree remove --force "$dir" >/dev/null 2>&1 \
            || rm -rf "$admin"
      done
   fi
   [ -n "$tmp" ] && rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- options and the .iai-gate file ---------------------------------------

# abs PATH DIR: PATH made absolute against DIR.
abs() {
   case $1 in
   /*) printf '%s' "$1" ;;
   *) printf '%s/%s' "$2" "$1" ;;
   esac
}

# abs_cmd CMD DIR: CMD with its first word made absolute against DIR when
# that word is a relative path (./vg-in-place), as the user meant it.
abs_cmd() {
   c=${1#"${1%%[! 	]*}"}
   first=${c%%[ 	]*}
   case $first in
   /*) printf '%s' "$c" ;;
   */*) printf '%s/%s' "$2" "$c" ;;
   *) printf '%s' "$c" ;;
   esac
}

# set_key ORIGIN KEY VALUE DIR: record KEY from ORIGIN (f: an option, c:
# the file); relative paths are relative to DIR.  Returns 1 for an
# unknown key.
set_key() {
   o=$1 k=$2 v=$3 d=$4
   case $k in
   base|head|build|regression|baseline|save-baseline) ;;
   run)
      case $v in *"$nl"*) die "run: a benchmark command is one line" ;; esac ;;
   markdown|junit|bmf|baseline-dir) v=$(abs "$v" "$d") ;;
   valgrind) v=$(abs_cmd "$v" "$d") ;;
   *) return 1 ;;
   esac
   [ -n "$v" ] || die "$k: empty value"
   k=$(printf '%s' "$k" | tr - _)
   if [ "$k" = run ]; then
      eval "${o}_runs=\${${o}_runs:+\${${o}_runs}\$nl}\$v"
   else
      eval "${o}_$k=\$v"
   fi
}

parse_options() {
   while [ $# -gt 0 ]; do
      case $1 in
      -h|--help) usage; exit 0 ;;
      --*=*) key=${1%%=*} val=${1#*=} ;;
      --base|--head|--build|--run|--regression|--markdown|--junit|--bmf|\
      --baseline|--save-baseline|--baseline-dir|--valgrind)
         [ $# -ge 2 ] || die "$1 needs a value"
         key=$1 val=$2
         shift ;;
      *) die "unknown option or argument '$1' (see $me --help)" ;;
      esac
      set_key f "${key#--}" "$val" "$PWD" \
         || die "unknown option '$key' (see $me --help)"
      shift
   done
}

read_config() {
   file=$root/.iai-gate
   [ -f "$file" ] || return 0
   n=0
   while IFS= read -r line || [ -n "$line" ]; do
      n=$((n + 1))
      line=${line%"$(printf '\r')"}
      line=${line#"${line%%[! 	]*}"}
      case $line in ''|'#'*) continue ;; *=*) ;;
      *) die ".iai-gate:$n: expected KEY=VALUE, got '$line'" ;;
      esac
      key=${line%%=*}
      key=${key%"${key##*[! 	]}"}
      set_key c "$key" "${line#*=}" "$root" \
         || die ".iai-gate:$n: unknown key '$key'"
   done <"$file"
}

# ---- revisions -------------------------------------------------------------

# commit REV: the commit REV names, or nothing.
commit() {
   git -C "$root" rev-parse --verify --quiet --end-of-options "$1^{commit}"
}

# ---- one side ---------------------------------------------------------------

# show_log FILE: the end of a failed step's output, on stdout.
show_log() {
   say "last lines of its output:"
   tail -n 20 "$1" | sed 's/^/  | /'
}

# checkout LABEL SHA: a detached worktree of SHA at $tmp/LABEL (no hooks
# run), remembered for clean-up.
checkout() {
   dir=$tmp/$1
   git -C "$root" -c core.hooksPath=/dev/null worktree add --detach --quiet \
      "$dir" "$2" >"$tmp/$1.checkout.log" 2>&1 || {
      show_log "$tmp/$1.checkout.log"
      die "$1 $(short "$2"): git worktree add failed"
   }
   admin=$(git -C "$dir" rev-parse --absolute-git-dir)
   worktrees="$worktrees$dir	$admin$nl"
}

short() { git -C "$root" rev-parse --short "$1"; }

# side LABEL SHA: build and benchmark SHA; its runs joined in $tmp/LABEL.xml.
side() {
   label=$1 sha=$2
   where="$label $(short "$sha")"
   checkout "$label" "$sha"
   say "$where: $build"
   (cd "$tmp/$label" && sh -c "$build") >"$tmp/$label.build.log" 2>&1 \
      </dev/null || {
      st=$?
      show_log "$tmp/$label.build.log"
      die "$where: the build failed (exit status $st): $build"
   }
   i=0
   set --
   while IFS= read -r cmd; do
      i=$((i + 1))
      out=$tmp/$label-run$i.xml log=$tmp/$label-run$i.log
      say "$where: $valgrind --tool=iaicount $cmd"
      # The shell splits CMD into words as it would on a command line,
      # after valgrind's own words.
      (cd "$tmp/$label" \
         && sh -c "exec $valgrind --tool=iaicount --iaicount-out-file=\"\$0\" $cmd" \
            "$out") >"$log" 2>&1 </dev/null || {
         st=$?
         show_log "$log"
         die "$where: the benchmark failed (exit status $st): $cmd"
      }
      [ -s "$out" ] || {
         show_log "$log"
         die "$where: the benchmark wrote no profile: $cmd"
      }
      set -- "$@" "$out"
   done <<EOF
$runs
EOF
   "$iaidiff" --join -o "$tmp/$label.xml" "$@" 2>"$tmp/$label.join.err" || {
      msg=$(head -n 1 "$tmp/$label.join.err")
      msg=${msg#iaidiff: }
      case $msg in
      *": no regions:"*)
         j=0
         for f in "$@"; do
            j=$((j + 1))
            case $msg in "$f: "*) break ;; esac
         done
         cmd=$(printf '%s\n' "$runs" | sed -n "${j}p")
         die "$where: no regions in the output of $cmd: mark each benchmark with IAI_BENCH or IAI_REGION_BEGIN" ;;
      *) die "$where: $msg" ;;
      esac
   }
}

# ---- main -------------------------------------------------------------------

parse_options "$@"
root=$(git rev-parse --show-toplevel 2>/dev/null) \
   || die "not in a git repository: $PWD"
read_config

base=${f_base-${c_base-}}
head=${f_head-${c_head-HEAD}}
build=${f_build-${c_build-}}
runs=${f_runs-${c_runs-}}
regression=${f_regression-${c_regression-}}
markdown=${f_markdown-${c_markdown-}}
junit=${f_junit-${c_junit-}}
bmf=${f_bmf-${c_bmf-}}
baseline=${f_baseline-${c_baseline-}}
save_baseline=${f_save_baseline-${c_save_baseline-}}
baseline_dir=${f_baseline_dir-${c_baseline_dir-$root/.iai}}
valgrind=${f_valgrind-${c_valgrind-valgrind}}

[ -n "$build" ] || die "no --build=CMD (nor build= in .iai-gate)"
[ -n "$runs" ] || die "no --run=CMD (nor run= in .iai-gate)"
if [ -n "$baseline" ] && [ -n "$save_baseline" ]; then
   die "--baseline or --save-baseline, not both"
fi
if [ -n "$base" ] && [ -n "$baseline$save_baseline" ]; then
   die "--base and a baseline exclude each other: the baseline replaces the base revision"
fi

iaidiff=${IAIDIFF:-$(dirname "$0")/iaidiff}
[ -x "$iaidiff" ] || iaidiff=$(command -v iaidiff) \
   || die "iaidiff not found beside $0 nor on PATH"
# iaidiff checks the limits and the baseline's name before anything runs.
"$iaidiff" ${regression:+"--regression=$regression"} \
   ${baseline:+"--baseline=$baseline"} \
   ${save_baseline:+"--save-baseline=$save_baseline"} --help >/dev/null \
   || exit 2

head_sha=$(commit "$head") || die "unknown revision '$head'"
base_sha='' base_how=''
if [ -n "$base" ]; then
   base_sha=$(commit "$base") || die "unknown revision '$base'"
elif [ -z "$baseline$save_baseline" ]; then
   for ref in origin/main main; do
      commit "$ref" >/dev/null || continue
      base_sha=$(git -C "$root" merge-base "$head_sha" "$ref") \
         || die "$head and $ref share no history: give --base=REV"
      base_how=" (merge base with $ref)"
      break
   done
   [ -n "$base_sha" ] \
      || die "no base revision: neither origin/main nor main exists; give --base=REV"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/iai-gate.XXXXXX") \
   || die "cannot create a temporary directory"

if [ -n "$base_sha" ]; then
   say "base $(short "$base_sha")$base_how, head $(short "$head_sha") ($head)"
   side base "$base_sha"
else
   say "baseline ${baseline:-$save_baseline} in $baseline_dir, head $(short "$head_sha") ($head)"
fi
side head "$head_sha"

set -- ${regression:+"--regression=$regression"} \
   ${markdown:+"--markdown=$markdown"} ${junit:+"--junit=$junit"} \
   ${bmf:+"--bmf=$bmf"}
if [ -n "$baseline$save_baseline" ]; then
   set -- "$@" "--baseline-dir=$baseline_dir" \
      ${baseline:+"--baseline=$baseline"} \
      ${save_baseline:+"--save-baseline=$save_baseline"} "$tmp/head.xml"
else
   set -- "$@" "$tmp/base.xml" "$tmp/head.xml"
fi
"$iaidiff" "$@"
status=$?
exit "$status"
