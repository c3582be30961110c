/* report.h: the reports iaidiff writes from a diff: terminal text, the
   diff as XML (docs/iaidiff-diff.rng), JUnit XML and Markdown.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_REPORT_H
#define VIEWER_REPORT_H

#include <stdio.h>

#include "diff.h"

/* The iai-style text report, the regressions list and the result line. */
void report_text(FILE *out, const struct diff *d, int color);

/* The header and metric lines of one region. */
void report_region(FILE *out, const struct diff *d,
                   const struct region_diff *r, int color);

/* Write the diff as XML / JUnit XML to PATH, atomically.  Return 0, or -1
   with a message in WHY. */
int report_xml(const char *path, const struct diff *d, const char *old_name,
               const char *new_name, char *why, size_t whylen);
int report_junit(const char *path, const struct diff *d, char *why,
                 size_t whylen);

/* Write the diff as GitHub/GitLab-flavoured Markdown to PATH, atomically;
   LIMITS are the rules it was judged by.  Returns 0, or -1 with a message
   in WHY. */
int report_markdown(const char *path, const struct diff *d,
                    const struct limits *limits, char *why, size_t whylen);

#endif
