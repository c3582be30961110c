/* bg_outfile.c: output files written atomically: everything goes to
   "<name>.tmp.<pid>" and is renamed to "<name>" only once complete.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcfile.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_libcproc.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_options.h"
#include "bg_outfile.h"

struct BgOut {
   VgFile* fp;
   HChar*  final_name;
   HChar*  temp_name;
};

/* NAME with SUFFIX added: before a final ".xml", else at the end. */
static HChar* name_with_suffix(const HChar* name, const HChar* suffix)
{
   SizeT len = VG_(strlen)(name);
   SizeT keep = len;
   HChar* s;
   if (suffix == NULL)
      suffix = "";
   if (len >= 4 && VG_(strcmp)(name + len - 4, ".xml") == 0)
      keep = len - 4;
   s = VG_(malloc)("bg.outfile.name", len + VG_(strlen)(suffix) + 1);
   VG_(strncpy)(s, name, keep);
   s[keep] = '\0';
   VG_(strcat)(s, suffix);
   VG_(strcat)(s, name + keep);
   return s;
}

BgOut* bg_out_open(const HChar* option, const HChar* pattern,
                   const HChar* suffix)
{
   HChar* expanded = VG_(expand_file_name)(option, pattern);
   BgOut* out = VG_(malloc)("bg.outfile", sizeof *out);
   SizeT n;

   out->final_name = name_with_suffix(expanded, suffix);
   VG_(free)(expanded);
   n = VG_(strlen)(out->final_name);

   out->temp_name = VG_(malloc)("bg.outfile.tmp", n + 32);
   VG_(sprintf)(out->temp_name, "%s.tmp.%d", out->final_name, VG_(getpid)());
   out->fp = VG_(fopen)(out->temp_name,
                        VKI_O_CREAT | VKI_O_TRUNC | VKI_O_WRONLY,
                        VKI_S_IRUSR | VKI_S_IWUSR | VKI_S_IRGRP | VKI_S_IROTH);
   if (out->fp == NULL) {
      VG_(umsg)("error: cannot create output file %s\n", out->temp_name);
      VG_(free)(out->temp_name);
      VG_(free)(out->final_name);
      VG_(free)(out);
      return NULL;
   }
   return out;
}

void bg_out_printf(BgOut* out, const HChar* format, ...)
{
   va_list vargs;
   va_start(vargs, format);
   VG_(vfprintf)(out->fp, format, vargs);
   va_end(vargs);
}

void bg_out_puts(BgOut* out, const HChar* s)
{
   VG_(fprintf)(out->fp, "%s", s);
}

const HChar* bg_out_name(const BgOut* out)
{
   return out->final_name;
}

static XArray* recorded_names;

void bg_out_record_names(XArray* names)
{
   recorded_names = names;
}

Bool bg_out_commit(BgOut* out)
{
   Bool ok;
   VG_(fclose)(out->fp);
   ok = VG_(rename)(out->temp_name, out->final_name) == 0;
   if (ok && recorded_names) {
      HChar* copy = VG_(strdup)("bg.outfile.recorded", out->final_name);
      VG_(addToXA)(recorded_names, &copy);
   }
   if (!ok) {
      VG_(umsg)("error: cannot rename %s to %s\n",
                out->temp_name, out->final_name);
      VG_(unlink)(out->temp_name);
   }
   VG_(free)(out->temp_name);
   VG_(free)(out->final_name);
   VG_(free)(out);
   return ok;
}
