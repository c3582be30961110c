/* bg_outname.c: output file names (bg_outname.h): what the pattern
   becomes at start-up and when a file is written.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcfile.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcproc.h"
#include "pub_tool_mallocfree.h"
#include "bg_outname.h"

/* A growing string. */
typedef struct {
   HChar* s;
   SizeT  len, cap;
} Str;

static void str_init(Str* b)
{
   b->cap = 64;
   b->len = 0;
   b->s = VG_(malloc)("bg.outname.str", b->cap);
   b->s[0] = '\0';
}

static void str_addn(Str* b, const HChar* s, SizeT n)
{
   if (b->len + n + 1 > b->cap) {
      while (b->len + n + 1 > b->cap)
         b->cap *= 2;
      b->s = VG_(realloc)("bg.outname.str", b->s, b->cap);
   }
   VG_(memcpy)(b->s + b->len, s, n);
   b->len += n;
   b->s[b->len] = '\0';
}

static void str_add(Str* b, const HChar* s)
{
   str_addn(b, s, VG_(strlen)(s));
}

/* Appends the value of the variable named by the N bytes at NAME, with
   '%' doubled. */
static void add_env_value(Str* b, const HChar* name, SizeT n)
{
   HChar* var = VG_(malloc)("bg.outname.var", n + 1);
   const HChar* v;
   VG_(memcpy)(var, name, n);
   var[n] = '\0';
   v = VG_(getenv)(var);
   VG_(free)(var);
   tl_assert(v != NULL);   /* bg_check_out_file_pattern made sure */
   for (; *v != '\0'; v++) {
      if (*v == '%')
         str_add(b, "%");
      str_addn(b, v, 1);
   }
}

HChar* bg_outname_fix(const HChar* option, const HChar* pattern)
{
   Str b;
   const HChar* p = pattern;
   str_init(&b);
   if (pattern[0] != '/') {
      const HChar* wd = VG_(get_startup_wd)();
      if (wd == NULL) {
         VG_(fmsg)("%s=%s: the start-up directory is gone; "
                   "use an absolute name\n", option, pattern);
         VG_(exit)(1);
      }
      str_add(&b, wd);
      str_add(&b, "/");
   }
   while (*p != '\0') {
      if (p[0] == '%' && p[1] == 'q') {
         const HChar* name = p + 3;              /* after "%q{" */
         const HChar* end = VG_(strchr)(name, '}');
         tl_assert(p[2] == '{' && end != NULL);
         add_env_value(&b, name, (SizeT)(end - name));
         p = end + 1;
      } else if (p[0] == '%' && p[1] != '\0') {
         str_addn(&b, p, 2);
         p += 2;
      } else {
         str_addn(&b, p, 1);
         p++;
      }
   }
   return b.s;
}

static Int next_sequence_number(void)
{
   static Int last_pid, seq;
   Int pid = VG_(getpid)();
   if (pid != last_pid)
      seq = 0;
   last_pid = pid;
   return ++seq;
}

HChar* bg_outname_expand(const HChar* pattern, Bool* has_pid)
{
   Str b;
   HChar num[16];
   const HChar* p;
   str_init(&b);
   *has_pid = False;
   for (p = pattern; *p != '\0'; p++) {
      if (p[0] != '%' || p[1] == '\0') {
         str_addn(&b, p, 1);
         continue;
      }
      p++;
      if (*p == 'p') {
         VG_(sprintf)(num, "%d", VG_(getpid)());
         str_add(&b, num);
         *has_pid = True;
      } else if (*p == 'n') {
         VG_(sprintf)(num, "%d", next_sequence_number());
         str_add(&b, num);
      } else {
         str_addn(&b, p, 1);   /* "%%" */
      }
   }
   return b.s;
}

HChar* bg_outname_insert(const HChar* name, const HChar* part)
{
   SizeT len = VG_(strlen)(name), keep = len;
   Str b;
   if (len >= 4 && VG_(strcmp)(name + len - 4, ".xml") == 0)
      keep = len - 4;
   str_init(&b);
   str_addn(&b, name, keep);
   str_add(&b, part);
   str_add(&b, name + keep);
   return b.s;
}

HChar* bg_outname_dir(const HChar* path)
{
   const HChar* slash = VG_(strrchr)(path, '/');
   Str b;
   str_init(&b);
   if (slash == NULL)
      str_add(&b, ".");
   else if (slash == path)
      str_add(&b, "/");
   else
      str_addn(&b, path, (SizeT)(slash - path));
   return b.s;
}

const HChar* bg_outname_base(const HChar* path)
{
   const HChar* slash = VG_(strrchr)(path, '/');
   return slash ? slash + 1 : path;
}
