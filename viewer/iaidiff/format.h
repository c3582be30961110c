/* format.h: how numbers, changes and metric names are spelled in iaidiff's
   reports (terminal, XML and JUnit share these).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_FORMAT_H
#define VIEWER_FORMAT_H

#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

#include "diff.h"

/* 1234567 -> "1,234,567".  BUF holds at least 32 bytes. */
char *format_grouped(uint64_t v, char *buf);

/* The change of M as "+2.88%", "+++inf+++" or "-100.00%", with more
   decimals where two would show a change as 0 or as its limit. */
void format_pct(const struct metric_diff *m, char *buf, size_t len);

/* The factor of M as "+1.03x", "-1.50x", "+++inf+++" or "---inf---". */
void format_factor(const struct metric_diff *m, char *buf, size_t len);

/* A limit as "+2.00%" (more decimals when it has them: "+0.125%"). */
void format_limit(double pct, char *buf, size_t len);

/* Writes "NAME (OLD -> NEW) regressed by +X% (>+L%)" for a regressed M,
   without a newline. */
void format_regression(FILE *out, const struct metric_diff *m);

#endif
