#!/bin/sh
# benchgrind's gate in any CI that runs a shell (Jenkins, Buildkite, a cron
# job...): run it at the top of the project's checkout, with the base
# branch's history fetched.
#
#   BASE=origin/main sh iai-gate-ci.sh
#
# BASE is the revision to compare with (default: the merge base with
# origin/main, else main).  What to build, what to run and the limits sit
# in the project's .iai-gate file.  Leaves iai-report.md (Markdown),
# iai-junit.xml (JUnit) and iai-bmf.json (Bencher) for the CI to keep,
# prints the Markdown, and exits as iai-gate does: 0 within limits,
# 1 regression, 2 a failed step.  Installs benchgrind from BENCHGRIND_GIT
# when iai-gate is not on PATH; uploads to Bencher when its CLI is there
# and BENCHER_API_TOKEN and BENCHER_PROJECT are set.
set -u
if ! command -v iai-gate >/dev/null 2>&1; then
   src=${TMPDIR:-/tmp}/benchgrind
   git clone --depth 1 "${BENCHGRIND_GIT:?set BENCHGRIND_GIT to the git URL of benchgrind}" "$src" \
      && "$src/quickstart.sh" install || exit 2
fi
iai-gate ${BASE:+"--base=$BASE"} --markdown=iai-report.md --junit=iai-junit.xml --bmf=iai-bmf.json
status=$?
if [ -f iai-report.md ]; then
   cat iai-report.md
fi
if [ -f iai-bmf.json ] && [ -n "${BENCHER_API_TOKEN:-}" ] && command -v bencher >/dev/null 2>&1; then
   bencher run --adapter json --file iai-bmf.json || echo "iai-gate-ci: the upload to Bencher failed" >&2
fi
exit "$status"
