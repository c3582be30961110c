/* md_escape.h: names from a profile (regions, metrics, commands: chosen
   by the profiled program) in GitHub- and GitLab-flavoured Markdown,
   where they must neither format the text (emphasis, links, HTML, table
   cells), nor mention a user or reference an issue.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_MD_ESCAPE_H
#define VIEWER_MD_ESCAPE_H

#include <stdio.h>

/* Write S to OUT as Markdown text: first escaped as term_escape does
   (controls, line ends, bytes that are not UTF-8 and bidirectional
   overrides become visible \n, \xNN, \uNNNN), then each ASCII
   punctuation character that Markdown could read as syntax behind a
   backslash, so that it reads as itself, inside a table cell too
   ("\|").  Returns 0, or -1 when out of memory. */
int md_escape(FILE *out, const char *s);

/* md_escape inside <code>...</code>: a name set apart from the text, which
   GitHub and GitLab do not scan for @mentions and #references.  (An
   e-mail address in a name still becomes a mailto: link on GitHub, whose
   renderer finds them after the escapes are gone; it reads as itself.) */
int md_code(FILE *out, const char *s);

#endif
