/* bg_xml.c: the writer side of the profile XML format shared by the
   three tools (schema: docs/profile.rng).  Strings from the client (names
   of regions, functions, files, the command line) are escaped here; bytes
   that XML 1.0 cannot carry at all are replaced by '?'.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcproc.h"
#include "pub_tool_xarray.h"
#include "pub_tool_clientstate.h"
#include "bg_xml.h"

/* Length of the well-formed UTF-8 sequence at S, or 0 if it is not one. */
static Int utf8_sequence_length(const UChar* s)
{
   Int len, i;
   if (s[0] < 0x80)
      return 1;
   else if ((s[0] & 0xe0) == 0xc0 && s[0] >= 0xc2)
      len = 2;
   else if ((s[0] & 0xf0) == 0xe0)
      len = 3;
   else if ((s[0] & 0xf8) == 0xf0 && s[0] <= 0xf4)
      len = 4;
   else
      return 0;
   for (i = 1; i < len; i++)
      if ((s[i] & 0xc0) != 0x80)
         return 0;
   return len;
}

void bg_xml_escaped(BgOut* out, const HChar* str)
{
   const UChar* s = (const UChar*)str;
   HChar buf[256];
   Int n = 0;
   while (*s) {
      const HChar* rep = NULL;
      Int len = 1, k;
      switch (*s) {
      case '&':  rep = "&amp;";  break;
      case '<':  rep = "&lt;";   break;
      case '>':  rep = "&gt;";   break;
      case '"':  rep = "&quot;"; break;
      case '\'': rep = "&apos;"; break;
      case '\t': case '\n': case '\r': break;
      default:
         if (*s < 0x20 || *s == 0x7f)
            rep = "?";
         else if (*s >= 0x80) {
            len = utf8_sequence_length(s);
            if (len == 0) {
               rep = "?";
               len = 1;
            }
         }
      }
      if (n + 8 >= (Int)sizeof buf) {
         buf[n] = '\0';
         bg_out_printf(out, "%s", buf);
         n = 0;
      }
      if (rep) {
         while (*rep)
            buf[n++] = *rep++;
      } else {
         for (k = 0; k < len; k++)
            buf[n++] = (HChar)s[k];
      }
      s += len;
   }
   buf[n] = '\0';
   bg_out_printf(out, "%s", buf);
}

static void write_command(BgOut* out)
{
   Word i;
   bg_out_printf(out, "  <command>");
   if (VG_(args_the_exename))
      bg_xml_escaped(out, VG_(args_the_exename));
   for (i = 0; i < VG_(sizeXA)(VG_(args_for_client)); i++) {
      bg_out_printf(out, " ");
      bg_xml_escaped(out, *(HChar**)VG_(indexXA)(VG_(args_for_client), i));
   }
   bg_out_printf(out, "</command>\n");
}

void bg_xml_begin_profile(BgOut* out, const HChar* tool)
{
   bg_out_printf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
   bg_out_printf(out, "<profile tool=\"%s\" version=\"1\">\n", tool);
   write_command(out);
   bg_out_printf(out, "  <pid>%d</pid>\n", VG_(getpid)());
   bg_out_printf(out, "  <ppid>%d</ppid>\n", VG_(getppid)());
}

void bg_xml_end_profile(BgOut* out)
{
   bg_out_printf(out, "</profile>\n");
}

void bg_xml_partial(BgOut* out, const HChar* reason)
{
   bg_out_printf(out, "  <partial reason=\"");
   bg_xml_escaped(out, reason);
   bg_out_printf(out, "\"/>\n");
}

void bg_xml_option(BgOut* out, const HChar* name, const HChar* value)
{
   bg_out_printf(out, "  <option name=\"");
   bg_xml_escaped(out, name);
   bg_out_printf(out, "\" value=\"");
   bg_xml_escaped(out, value);
   bg_out_printf(out, "\"/>\n");
}

void bg_xml_begin_summary(BgOut* out)
{
   bg_out_printf(out, "  <summary>\n");
}

void bg_xml_begin_region(BgOut* out, const HChar* name)
{
   bg_out_printf(out, "  <region name=\"");
   bg_xml_escaped(out, name);
   bg_out_printf(out, "\">\n");
}

void bg_xml_end_costs(BgOut* out, Bool is_summary)
{
   bg_out_printf(out, is_summary ? "  </summary>\n" : "  </region>\n");
}

void bg_xml_metric(BgOut* out, Int depth, const HChar* name, ULong value)
{
   bg_out_printf(out, "%s<metric name=\"%s\" value=\"%llu\"/>\n",
                 depth >= 3 ? "      " : "    ", name, value);
}

void bg_xml_begin_function(BgOut* out, const HChar* name, const HChar* file,
                           UInt line, const HChar* object)
{
   bg_out_printf(out, "    <function name=\"");
   bg_xml_escaped(out, name);
   bg_out_printf(out, "\" file=\"");
   bg_xml_escaped(out, file);
   bg_out_printf(out, "\" line=\"%u\"", line);
   if (object) {
      bg_out_printf(out, " object=\"");
      bg_xml_escaped(out, object);
      bg_out_printf(out, "\"");
   }
   bg_out_printf(out, ">\n");
}

void bg_xml_end_function(BgOut* out)
{
   bg_out_printf(out, "    </function>\n");
}
