/* join.h: the runs of several programs side by side in one profile (what
   iai-gate compares when it has several --run commands).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_JOIN_H
#define VIEWER_JOIN_H

#include <stddef.h>

#include "profile.h"

/* Join the N profiles IN (named NAMES in messages), runs of one tool, into
   one: the regions of each input become RUN::REGION, RUN being its
   program's file name (the whole command without the program's directory
   where two inputs ran one program); the summaries add up as with
   --merge; the command is empty, since each region says which program
   ran it.  One input is copied as it is.  Refused: profiles of two tools,
   an input without regions ("FILE: no regions: ..."), one command twice.
   Renames the regions of IN.  Returns 0, or -1 with WHY set. */
int profile_join(struct profile **in, const char *const *names, size_t n,
                 struct profile **out, char *why, size_t whylen);

/* The file name of the program COMMAND runs (the last path component of
   its first word): *LEN bytes at the pointer returned. */
const char *command_program(const char *command, size_t *len);

#endif
