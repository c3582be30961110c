/* xmlout.h: a libxml2 text writer into memory whose result is saved with
   atomic_write; shared by the XML, JUnit and profile writers.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_XMLOUT_H
#define VIEWER_XMLOUT_H

#include <stddef.h>

#include <libxml/xmlwriter.h>

struct xmlout {
   xmlBufferPtr buf;
   xmlTextWriterPtr w;
   int failed;        /* a libxml2 call returned an error */
};

/* Start a document.  Returns 0, or -1 when out of memory. */
int xmlout_open(struct xmlout *o);

/* Small wrappers that record failure in o->failed. */
void xmlout_start(struct xmlout *o, const char *element);
void xmlout_end(struct xmlout *o);
void xmlout_attr(struct xmlout *o, const char *name, const char *value);
void xmlout_attr_u64(struct xmlout *o, const char *name,
                     unsigned long long value);
void xmlout_text(struct xmlout *o, const char *text);

/* End the document, write it to PATH atomically and free everything.
   Returns 0, or -1 with WHY set. */
int xmlout_save(struct xmlout *o, const char *path, char *why,
                size_t whylen);

/* Free without saving. */
void xmlout_discard(struct xmlout *o);

#endif
