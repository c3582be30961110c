/* metrics.h: the metric names the benchgrind tools write, and how reports
   spell them.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_METRICS_H
#define VIEWER_METRICS_H

#include <stddef.h>

/* Whether some tool writes a metric of this name (an event's inclusive
   form "<event>.incl" included). */
int metric_known(const char *name);

/* The human name of a metric: "Ir" -> "Instructions"; other names are
   returned as they are. */
const char *metric_label(const char *name, char *buf, size_t len);

#endif
