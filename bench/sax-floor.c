/* sax-floor.c: parse an XML file with libxml2's SAX2 parser and callbacks
   that do nothing.  Its time is the floor for any reader built on libxml2
   on one core (viewer/lib/profile_read.c does the same parse and keeps
   what it reads), so heapview-speed.sh prints it next to heapview's own
   time.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>

static void ignore_start(void *ctx, const xmlChar *localname,
                         const xmlChar *prefix, const xmlChar *uri, int nns,
                         const xmlChar **ns, int nattrs, int ndefaulted,
                         const xmlChar **attrs)
{
   (void)ctx, (void)localname, (void)prefix, (void)uri, (void)nns;
   (void)ns, (void)nattrs, (void)ndefaulted, (void)attrs;
}

static void ignore_end(void *ctx, const xmlChar *localname,
                       const xmlChar *prefix, const xmlChar *uri)
{
   (void)ctx, (void)localname, (void)prefix, (void)uri;
}

static void ignore_text(void *ctx, const xmlChar *ch, int len)
{
   (void)ctx, (void)ch, (void)len;
}

int main(int argc, char **argv)
{
   if (argc != 2) {
      fprintf(stderr, "usage: sax-floor FILE.xml\n");
      return 2;
   }
   xmlSAXHandler sax;
   memset(&sax, 0, sizeof sax);
   sax.initialized = XML_SAX2_MAGIC;
   sax.startElementNs = ignore_start;
   sax.endElementNs = ignore_end;
   sax.characters = ignore_text;
   if (xmlSAXUserParseFile(&sax, NULL, argv[1]) != 0) {
      fprintf(stderr, "sax-floor: %s: not well-formed\n", argv[1]);
      return 1;
   }
   return 0;
}
