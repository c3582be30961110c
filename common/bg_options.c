/* bg_options.c: option helpers shared by the benchgrind tools, and the
   defaults of Valgrind's own options that the tools change.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_libcproc.h"
#include "pub_tool_options.h"
#include "bg_options.h"

static void bad_pattern(const HChar* option, const HChar* pattern,
                        const HChar* why)
{
   HChar arg[512];
   VG_(snprintf)(arg, sizeof arg, "%s=%s", option, pattern);
   VG_(fmsg_bad_option)(arg, "%s\n", why);
}

/* Checks one %q{VAR}; returns the index just after the closing brace. */
static Int check_env_reference(const HChar* option, const HChar* pattern,
                               Int i)
{
   HChar var[256];
   Int n = 0;
   if (pattern[i] != '{')
      bad_pattern(option, pattern, "%q must be followed by {VAR}");
   i++;
   while (pattern[i] != '\0' && pattern[i] != '}') {
      if (n + 1 >= (Int)sizeof var)
         bad_pattern(option, pattern, "environment variable name too long");
      var[n++] = pattern[i++];
   }
   var[n] = '\0';
   if (pattern[i] != '}')
      bad_pattern(option, pattern, "missing '}' after %q{");
   if (n == 0)
      bad_pattern(option, pattern, "empty %q{} variable name");
   if (VG_(getenv)(var) == NULL)
      bad_pattern(option, pattern, "%q{VAR} names an unset variable");
   return i + 1;
}

void bg_check_out_file_pattern(const HChar* option, const HChar* pattern)
{
   Int i = 0;
   if (pattern[0] == '\0')
      bad_pattern(option, pattern, "empty file name");
   if (pattern[0] == '~')
      bad_pattern(option, pattern,
                  "a name starting with '~' (the shell did not expand it)");
   while (pattern[i] != '\0') {
      if (pattern[i] != '%') {
         i++;
         continue;
      }
      switch (pattern[i + 1]) {
      case 'p': case 'n': case '%':
         i += 2;
         break;
      case 'q':
         i = check_env_reference(option, pattern, i + 2);
         break;
      default:
         bad_pattern(option, pattern,
                     "only %p, %n, %q{VAR} and %% may follow '%'");
      }
   }
}

void bg_use_cachegrinds_register_updates(void)
{
   VG_(clo_vex_control).iropt_register_updates_default = VexRegUpdSpAtMemAccess;
   VG_(clo_px_file_backed) = VexRegUpdSpAtMemAccess;
}
