/* bg_xml.c: the writer side of the profile XML format shared by the
   three tools (format version 2, docs/profile.rng; bg_xml.h).  Output is
   built in a buffer with hand-made number formatting, since a heap
   profile runs to a million sites.  Strings from the client are escaped
   by bg_names.c.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_libcproc.h"
#include "pub_tool_xarray.h"
#include "pub_tool_clientstate.h"
#include "bg_names.h"
#include "bg_xml.h"

#ifndef BG_VALGRIND_VERSION
#error "BG_VALGRIND_VERSION (the Valgrind the tools are built against) not set"
#endif

/* ---- the buffer ------------------------------------------------------ */

static void flush(BgXml* x)
{
   if (x->used == 0)
      return;
   bg_out_write(x->out, x->buf, x->used);
   x->used = 0;
}

/* Room for N more bytes (N < sizeof buf / 2). */
static HChar* room(BgXml* x, UInt n)
{
   if (x->used + n + 1 > sizeof x->buf)
      flush(x);
   return x->buf + x->used;
}

static void put(BgXml* x, const HChar* s)
{
   while (*s) {
      HChar* p = room(x, 64);
      UInt k = 0;
      while (s[k] && k < 64) {
         p[k] = s[k];
         k++;
      }
      x->used += k;
      s += k;
   }
}

static void put_u64(BgXml* x, ULong v)
{
   HChar tmp[24];
   Int n = 0;
   HChar* p = room(x, 24);
   do {
      tmp[n++] = (HChar)('0' + v % 10);
      v /= 10;
   } while (v);
   while (n > 0)
      *p++ = tmp[--n], x->used++;
}

static void put_escaped(BgXml* x, const HChar* s)
{
   while (*s) {
      HChar* p = room(x, BG_NAME_MAX_ESCAPE);
      x->used += (UInt)bg_name_xml_char(&s, p);
   }
}

/* ' NAME="ESCAPED VALUE"' */
static void put_attr(BgXml* x, const HChar* name, const HChar* value)
{
   put(x, " ");
   put(x, name);
   put(x, "=\"");
   put_escaped(x, value);
   put(x, "\"");
}

static void put_metric(BgXml* x, UInt i, ULong value)
{
   put(x, " ");
   put(x, x->metrics[i]);
   put(x, "=\"");
   put_u64(x, value);
   put(x, "\"");
}

/* ---- the profile ----------------------------------------------------- */

static void write_command(BgXml* x)
{
   Word i;
   put(x, "  <command>");
   if (VG_(args_the_exename))
      put_escaped(x, VG_(args_the_exename));
   for (i = 0; i < VG_(sizeXA)(VG_(args_for_client)); i++) {
      put(x, " ");
      put_escaped(x, *(HChar**)VG_(indexXA)(VG_(args_for_client), i));
   }
   put(x, "</command>\n");
}

static void put_name_list(BgXml* x, const HChar* attr, UInt from, UInt to)
{
   UInt i;
   put(x, " ");
   put(x, attr);
   put(x, "=\"");
   for (i = from; i < to; i++) {
      if (i > from)
         put(x, " ");
      put(x, x->metrics[i]);
   }
   put(x, "\"");
}

void bg_xml_begin(BgXml* x, BgOut* out, const HChar* tool,
                  const HChar* const* metrics, UInt n_metrics,
                  UInt n_program_metrics)
{
   x->out = out;
   x->metrics = metrics;
   x->n_metrics = n_metrics;
   x->n_region_metrics = n_metrics - n_program_metrics;
   x->used = 0;
   put(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<profile tool=\"");
   put(x, tool);
   put(x, "\" version=\"2\" valgrind=\"" BG_VALGRIND_VERSION "\"");
   put_name_list(x, "metrics", 0, n_metrics);
   if (n_program_metrics > 0)
      put_name_list(x, "program-metrics", x->n_region_metrics, n_metrics);
   put(x, ">\n");
   write_command(x);
   put(x, "  <pid>");
   put_u64(x, (ULong)VG_(getpid)());
   put(x, "</pid>\n  <ppid>");
   put_u64(x, (ULong)VG_(getppid)());
   put(x, "</ppid>\n");
}

void bg_xml_end(BgXml* x)
{
   put(x, "</profile>\n");
   flush(x);
}

void bg_xml_partial(BgXml* x, const HChar* reason)
{
   put(x, "  <partial");
   put_attr(x, "reason", reason);
   put(x, "/>\n");
}

void bg_xml_option(BgXml* x, const HChar* name, const HChar* value)
{
   put(x, "  <option");
   put_attr(x, "name", name);
   put_attr(x, "value", value);
   put(x, "/>\n");
}

/* ---- frames ---------------------------------------------------------- */

void bg_xml_begin_frames(BgXml* x)
{
   put(x, "  <frames>\n");
}

/* name, file, line and (when known) object: where a frame or a function
   is, spelled the same way for both. */
static void put_location(BgXml* x, const HChar* name, const HChar* file,
                         UInt line, const HChar* object)
{
   put_attr(x, "name", name);
   put_attr(x, "file", file);
   put(x, " line=\"");
   put_u64(x, line);
   put(x, "\"");
   if (object)
      put_attr(x, "object", object);
}

void bg_xml_frame(BgXml* x, UInt id, Addr ip, const HChar* name,
                  const HChar* file, UInt line, const HChar* object)
{
   HChar hex[24];
   put(x, "    <frame id=\"");
   put_u64(x, id);
   VG_(sprintf)(hex, "\" ip=\"0x%lx\"", (UWord)ip);
   put(x, hex);
   put_location(x, name, file, line, object);
   put(x, "/>\n");
}

void bg_xml_end_frames(BgXml* x)
{
   put(x, "  </frames>\n");
}

/* ---- costs ----------------------------------------------------------- */

void bg_xml_begin_summary(BgXml* x, const ULong* values)
{
   UInt i;
   put(x, "  <summary");
   for (i = 0; i < x->n_metrics; i++)
      put_metric(x, i, values[i]);
   put(x, ">\n");
}

void bg_xml_begin_region(BgXml* x, const HChar* name, const ULong* values)
{
   UInt i;
   put(x, "  <region");
   put_attr(x, "name", name);
   for (i = 0; i < x->n_region_metrics; i++)
      put_metric(x, i, values[i]);
   put(x, ">\n");
}

void bg_xml_end_costs(BgXml* x, Bool is_summary)
{
   put(x, is_summary ? "  </summary>\n" : "  </region>\n");
}

static void put_nonzero_metrics(BgXml* x, const ULong* values)
{
   UInt i;
   for (i = 0; i < x->n_region_metrics; i++)
      if (values[i] != 0)
         put_metric(x, i, values[i]);
}

void bg_xml_function(BgXml* x, const HChar* name, const HChar* file,
                     UInt line, const HChar* object, const ULong* values)
{
   put(x, "    <function");
   put_location(x, name, file, line, object);
   put_nonzero_metrics(x, values);
   put(x, "/>\n");
}

void bg_xml_site(BgXml* x, const UInt* stack, UInt n_frames,
                 const ULong* values)
{
   UInt i;
   put(x, "    <site stack=\"");
   for (i = 0; i < n_frames; i++) {
      if (i > 0)
         put(x, " ");
      put_u64(x, stack[i]);
   }
   put(x, "\"");
   put_nonzero_metrics(x, values);
   put(x, "/>\n");
}

static void put_u64_attr(BgXml* x, const HChar* name, ULong v)
{
   put(x, " ");
   put(x, name);
   put(x, "=\"");
   put_u64(x, v);
   put(x, "\"");
}

void bg_xml_call(BgXml* x, UInt from, UInt to, ULong calls,
                 const ULong* values)
{
   put(x, "    <call");
   put_u64_attr(x, "from", from);
   put_u64_attr(x, "to", to);
   put_u64_attr(x, "calls", calls);
   put_nonzero_metrics(x, values);
   put(x, "/>\n");
}

void bg_xml_node(BgXml* x, UInt id, UInt parent, UInt frame, ULong calls,
                 const ULong* values)
{
   put(x, "    <node");
   put_u64_attr(x, "id", id);
   put_u64_attr(x, "parent", parent);
   put_u64_attr(x, "frame", frame);
   put_u64_attr(x, "calls", calls);
   put_nonzero_metrics(x, values);
   put(x, "/>\n");
}
