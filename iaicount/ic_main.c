/* ic_main.c: iaicount, a Valgrind tool that counts guest instructions
   exactly as cachegrind's "I refs" does, per function and per iai.h
   region, at the cost of one inline counter bump per superblock segment.
   This file owns the tool's registration, options, client requests and
   the end of the run (including the file written before an execve).

   Copyright (C) 2026 The benchgrind authors.

   This program is free software; you can redistribute it and/or modify it
   under the terms of the GNU General Public License as published by the
   Free Software Foundation; either version 2 of the License, or (at your
   option) any later version. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_options.h"
#include "pub_tool_tooliface.h"
#include "bg_exec.h"
#include "bg_options.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "ic_costs.h"
#include "ic_instrument.h"
#include "ic_output.h"
#include "ic_simoutput.h"
#include "bg_cachesim.h"
#include "bg_sim.h"

static Bool         clo_collect_atstart = True;
static const HChar* clo_out_file = "iaicount.out.%p.xml";
static Bool         clo_cache_sim = False;
static BgCacheOptions cache_options;

/* With --cache-sim=yes, the geometry of iai and iai-callgrind unless
   --I1/--D1/--LL say otherwise, so that numbers compare across hosts. */
static const BgCacheOptions fixed_geometry = {
   { 32768, 8, 64 }, { 32768, 8, 64 }, { 8388608, 16, 64 }
};

static Bool ic_process_cmd_line_option(const HChar* arg)
{
   if VG_BOOL_CLO(arg, "--collect-atstart", clo_collect_atstart) {}
   else if VG_BOOL_CLO(arg, "--cache-sim", clo_cache_sim) {}
   else if (bg_cache_process_option(&cache_options, arg)) {}
   else if VG_STR_CLO(arg, "--iaicount-out-file", clo_out_file)
      bg_check_out_file_pattern("--iaicount-out-file", clo_out_file);
   else
      return False;
   return True;
}

static void ic_print_usage(void)
{
   VG_(printf)(
"    --iaicount-out-file=<file>  output file name [iaicount.out.%%p.xml]\n"
"                                (%%p: pid, %%q{VAR}: environment variable)\n"
"    --collect-atstart=no|yes    collect from the start [yes]; with no,\n"
"                                only between IAI_COLLECT_START/STOP\n"
"    --cache-sim=no|yes          simulate I1/D1/LL as cachegrind [no]\n"
"                                (geometry 32768,8,64 / 32768,8,64 /\n"
"                                8388608,16,64 unless given below)\n"
   );
   bg_cache_print_usage();
}

static void ic_print_debug_usage(void)
{
   VG_(printf)("    (none)\n");
}

static void ic_post_clo_init(void)
{
   clo_out_file = bg_out_fix_pattern("--iaicount-out-file", clo_out_file);
   if (clo_cache_sim) {
      bg_cache_configure(&cache_options, &fixed_geometry, "iaicount");
      bg_sim_init(True, False);
      bg_regions_init(clo_collect_atstart, bg_sim_switch_context);
      bg_sim_switch_context(bg_regions_current());
      return;
   }
   ic_costs_init();
   bg_regions_init(clo_collect_atstart, ic_costs_switch_context);
   ic_costs_switch_context(bg_regions_current());
}

/* The counting pass, or (--cache-sim=yes) the simulating one: chosen per
   translation, so the default pass costs nothing more at run time. */
static IRSB* ic_instrument_any(VgCallbackClosure* closure, IRSB* sb_in,
                               const VexGuestLayout* layout,
                               const VexGuestExtents* vge,
                               const VexArchInfo* archinfo_host,
                               IRType guest_word_type, IRType host_word_type)
{
   if (clo_cache_sim)
      return bg_sim_instrument(closure, sb_in, layout, vge, archinfo_host,
                               guest_word_type, host_word_type);
   return ic_instrument(closure, sb_in, layout, vge, archinfo_host,
                        guest_word_type, host_word_type);
}

static void write_output(const HChar* partial_reason, const HChar* suffix,
                         Bool print)
{
   if (clo_cache_sim)
      ic_simoutput_write(clo_out_file, clo_collect_atstart, partial_reason,
                         suffix, print);
   else
      ic_output_write(clo_out_file, clo_collect_atstart, partial_reason,
                      suffix, print);
}

/* Before an execve (bg_exec.h). */
static void write_partial_output(void)
{
   write_output("exec", ".exec", False);
}

static Bool ic_handle_client_request(ThreadId tid, UWord* arg, UWord* ret)
{
   return bg_regions_handle_client_request(tid, arg, ret);
}

static void ic_thread_runs(ThreadId tid, ULong blocks_done)
{
   ic_costs_publish(tid);
}

static void ic_signal_handler_returned(ThreadId tid, Int sig)
{
   ic_costs_publish(tid);
}

static void ic_fini(Int exitcode)
{
   bg_regions_report_problems();
   write_output(NULL, NULL, True);
   bg_out_finish();
}

static void ic_pre_clo_init(void)
{
   VG_(details_name)("iaicount");
   VG_(details_version)(BG_VERSION);
   VG_(details_description)("exact instruction counts for benchmarks");
   VG_(details_copyright_author)(
      "Copyright (C) 2026, the benchgrind authors; GPL-2.0-or-later.");
   VG_(details_bug_reports_to)("the benchgrind issue tracker");
   VG_(details_avg_translation_sizeB)(200);

   VG_(basic_tool_funcs)(ic_post_clo_init, ic_instrument_any, ic_fini);
   VG_(needs_command_line_options)(ic_process_cmd_line_option,
                                   ic_print_usage, ic_print_debug_usage);
   VG_(needs_client_requests)(ic_handle_client_request);
   bg_exec_keep_counts(write_partial_output);
   VG_(track_start_client_code)(ic_thread_runs);
   VG_(track_post_deliver_signal)(ic_signal_handler_returned);
   bg_cache_options_init(&cache_options);
   /* the IR cachegrind sees, in both passes: its Dr and Dw with
      --cache-sim=yes, and the same superblocks to count */
   bg_use_cachegrinds_register_updates();
}

VG_DETERMINE_INTERFACE_VERSION(ic_pre_clo_init)
