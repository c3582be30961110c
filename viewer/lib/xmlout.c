/* xmlout.c: libxml2 text writer into memory, saved atomically.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "xmlout.h"

#include <stdio.h>
#include <string.h>

#include "atomic.h"

int xmlout_open(struct xmlout *o)
{
   memset(o, 0, sizeof *o);
   o->buf = xmlBufferCreate();
   if (!o->buf)
      return -1;
   o->w = xmlNewTextWriterMemory(o->buf, 0);
   if (!o->w) {
      xmlBufferFree(o->buf);
      o->buf = NULL;
      return -1;
   }
   xmlTextWriterSetIndent(o->w, 1);
   xmlTextWriterSetIndentString(o->w, BAD_CAST "  ");
   if (xmlTextWriterStartDocument(o->w, NULL, "UTF-8", NULL) < 0)
      o->failed = 1;
   return 0;
}

void xmlout_start(struct xmlout *o, const char *element)
{
   if (xmlTextWriterStartElement(o->w, BAD_CAST element) < 0)
      o->failed = 1;
}

void xmlout_end(struct xmlout *o)
{
   if (xmlTextWriterEndElement(o->w) < 0)
      o->failed = 1;
}

void xmlout_attr(struct xmlout *o, const char *name, const char *value)
{
   if (xmlTextWriterWriteAttribute(o->w, BAD_CAST name, BAD_CAST value) < 0)
      o->failed = 1;
}

void xmlout_attr_u64(struct xmlout *o, const char *name,
                     unsigned long long value)
{
   char num[32];
   snprintf(num, sizeof num, "%llu", value);
   xmlout_attr(o, name, num);
}

void xmlout_text(struct xmlout *o, const char *text)
{
   if (xmlTextWriterWriteString(o->w, BAD_CAST text) < 0)
      o->failed = 1;
}

void xmlout_discard(struct xmlout *o)
{
   if (o->w)
      xmlFreeTextWriter(o->w);
   if (o->buf)
      xmlBufferFree(o->buf);
   memset(o, 0, sizeof *o);
}

int xmlout_save(struct xmlout *o, const char *path, char *why,
                size_t whylen)
{
   if (xmlTextWriterEndDocument(o->w) < 0)
      o->failed = 1;
   xmlFreeTextWriter(o->w);   /* flushes into the buffer */
   o->w = NULL;
   if (o->failed) {
      snprintf(why, whylen, "%s: could not build the XML document", path);
      xmlout_discard(o);
      return -1;
   }
   int rc = atomic_write(path, xmlBufferContent(o->buf),
                         (size_t)xmlBufferLength(o->buf), why, whylen);
   xmlout_discard(o);
   return rc;
}
