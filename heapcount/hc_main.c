/* hc_main.c: heapcount, a Valgrind tool that profiles the heap per
   allocation site with DHAT's accounting (total, peak, end, reads,
   writes, lifetimes), per iai.h region too, and writes the benchgrind
   profile XML.  This file owns the tool's registration, options, client
   requests and the end of the run (including the file written before an
   execve).

   Copyright (C) 2026 The benchgrind authors.

   This program is free software; you can redistribute it and/or modify it
   under the terms of the GNU General Public License as published by the
   Free Software Foundation; either version 2 of the License, or (at your
   option) any later version. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_options.h"
#include "pub_tool_replacemalloc.h"
#include "pub_tool_tooliface.h"
#include "valgrind.h"
#include "bg_exec.h"
#include "bg_options.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "hc_access.h"
#include "hc_alloc.h"
#include "hc_output.h"
#include "hc_sites.h"

/* Not in the tool headers, but exported by the core (notes §1.5): DHAT
   reads inline info by default, and so do we. */
extern Bool VG_(clo_read_inline_info);

static Bool         clo_track_accesses = True;
static Bool         clo_collect_atstart = True;
static const HChar* clo_out_file = "heapcount.out.%p.xml";

static Bool hc_process_cmd_line_option(const HChar* arg)
{
   if VG_BOOL_CLO(arg, "--track-accesses", clo_track_accesses) {}
   else if VG_BOOL_CLO(arg, "--collect-atstart", clo_collect_atstart) {}
   else if VG_STR_CLO(arg, "--heapcount-out-file", clo_out_file)
      bg_check_out_file_pattern("--heapcount-out-file", clo_out_file);
   else
      return VG_(replacement_malloc_process_cmd_line_option)(arg);
   return True;
}

static void hc_print_usage(void)
{
   VG_(printf)(
"    --heapcount-out-file=<file> output file name [heapcount.out.%%p.xml]\n"
"                                (%%p: pid, %%q{VAR}: environment variable)\n"
"    --track-accesses=no|yes     count bytes read and written in heap\n"
"                                blocks [yes]; no is faster\n"
"    --collect-atstart=no|yes    collect from the start [yes]; with no,\n"
"                                only between IAI_COLLECT_START/STOP\n"
   );
}

static void hc_print_debug_usage(void)
{
   VG_(printf)("    (none)\n");
}

static void hc_post_clo_init(void)
{
   clo_out_file = bg_out_fix_pattern("--heapcount-out-file", clo_out_file);
   hc_access_init(clo_track_accesses);
   bg_regions_init(clo_collect_atstart, hc_sites_switch_context);
   hc_sites_switch_context(bg_regions_current());
}

static Bool custom_request(ThreadId tid, UWord* arg, UWord* ret)
{
   switch (arg[0]) {
   case VG_USERREQ__MALLOCLIKE_BLOCK:
      hc_alloc_custom_malloc(tid, (Addr)arg[1], (SizeT)arg[2], arg[4] != 0);
      break;
   case VG_USERREQ__FREELIKE_BLOCK:
      hc_alloc_custom_free((Addr)arg[1]);
      break;
   case VG_USERREQ__RESIZEINPLACE_BLOCK:
      hc_alloc_custom_resize((Addr)arg[1], (SizeT)arg[2], (SizeT)arg[3]);
      break;
   default:
      return False;
   }
   *ret = 0;
   return True;
}

static Bool hc_handle_client_request(ThreadId tid, UWord* arg, UWord* ret)
{
   if (bg_regions_handle_client_request(tid, arg, ret))
      return True;
   return custom_request(tid, arg, ret);
}

static void write_output(const HChar* partial_reason, const HChar* suffix,
                         Bool print)
{
   HcOutputSettings set;
   set.pattern = clo_out_file;
   set.suffix = suffix;
   set.partial_reason = partial_reason;
   set.track_accesses = clo_track_accesses;
   set.collect_atstart = clo_collect_atstart;
   set.print = print;
   hc_alloc_retire_all();
   hc_sites_settle();
   hc_output_write(&set);
}

/* Before an execve (bg_exec.h).  The exec may fail (execvp tries every
   PATH entry), so the counters are put back. */
static void write_partial_output(void)
{
   hc_sites_save();
   write_output("exec", ".exec", False);
   hc_sites_restore();
}

static void hc_fini(Int exitcode)
{
   bg_regions_report_problems();
   write_output(NULL, NULL, VG_(clo_verbosity) > 0);
   bg_out_finish();
}

static void hc_pre_clo_init(void)
{
   VG_(details_name)("heapcount");
   VG_(details_version)(BG_VERSION);
   VG_(details_description)("heap use per allocation site, DHAT's numbers");
   VG_(details_copyright_author)(
      "Copyright (C) 2026, the benchgrind authors; GPL-2.0-or-later.");
   VG_(details_bug_reports_to)("the benchgrind issue tracker");
   VG_(details_avg_translation_sizeB)(600);

   VG_(basic_tool_funcs)(hc_post_clo_init, hc_instrument, hc_fini);
   VG_(needs_libc_freeres)();
   VG_(needs_cxx_freeres)();
   VG_(needs_command_line_options)(hc_process_cmd_line_option,
                                   hc_print_usage, hc_print_debug_usage);
   VG_(needs_client_requests)(hc_handle_client_request);
   bg_exec_keep_counts(write_partial_output);
   hc_alloc_register_replacement();
   VG_(clo_read_inline_info) = True;
   hc_sites_init();
   hc_alloc_init();
}

VG_DETERMINE_INTERFACE_VERSION(hc_pre_clo_init)
