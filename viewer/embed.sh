#!/bin/sh
# embed.sh NAME FILE: writes to stdout a C definition
#   static const char NAME[] = "...";
# holding FILE's bytes, so that a page's CSS and JavaScript live in files of
# their own and are compiled into heapview.  Backslashes and double quotes
# are escaped; every line keeps its newline.
#
# Copyright (C) 2026 The benchgrind authors.
# SPDX-License-Identifier: GPL-2.0-or-later
set -e
[ $# -eq 2 ] || { echo "usage: embed.sh NAME FILE" >&2; exit 2; }
printf '/* Generated from %s by embed.sh: edit that file. */\n' "${2##*/}"
printf 'static const char %s[] =\n' "$1"
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/   "/' -e 's/$/\\n"/' "$2"
printf '   ;\n'
