/* ic_main.c: iaicount, a Valgrind tool that counts guest instructions
   exactly as cachegrind's "I refs" does, per function and per iai.h
   region, at the cost of one inline counter bump per superblock segment;
   with --call-graph=yes, also inclusive costs, calls and call trees
   (bg_callgraph.h).
   This file owns the tool's registration, options, client requests and
   the end of the run (including the file written before an execve).

   Copyright (C) 2026 The benchgrind authors.

   This program is free software; you can redistribute it and/or modify it
   under the terms of the GNU General Public License as published by the
   Free Software Foundation; either version 2 of the License, or (at your
   option) any later version. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_options.h"
#include "pub_tool_tooliface.h"
#include "pub_tool_threadstate.h"
#include "bg_callgraph.h"
#include "bg_exec.h"
#include "bg_options.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "bg_toggle.h"
#include "ic_costs.h"
#include "ic_instrument.h"
#include "ic_output.h"
#include "ic_simoutput.h"
#include "bg_cachesim.h"
#include "bg_sim.h"

static IcSettings settings = {
   .out_file = "iaicount.out.%p.xml", .collect_atstart = True,
   .cache_sim = False, .call_graph = False,
   .callgrind_out_file = NULL, .folded_out_file = NULL,
};
static Bool collect_atstart_given, call_graph_given;
static BgCacheOptions cache_options;

/* With --cache-sim=yes, the geometry of iai and iai-callgrind unless
   --I1/--D1/--LL say otherwise, so that numbers compare across hosts. */
static const BgCacheOptions fixed_geometry = {
   { 32768, 8, 64 }, { 32768, 8, 64 }, { 8388608, 16, 64 }
};

static Bool ic_process_cmd_line_option(const HChar* arg)
{
   const HChar* s;
   if VG_BOOL_CLO(arg, "--collect-atstart", settings.collect_atstart)
      collect_atstart_given = True;
   else if VG_BOOL_CLO(arg, "--cache-sim", settings.cache_sim) {}
   else if VG_BOOL_CLO(arg, "--call-graph", settings.call_graph)
      call_graph_given = True;
   else if VG_STR_CLO(arg, "--toggle-collect", s)
      bg_toggle_add_pattern(s);
   else if (bg_cache_process_option(&cache_options, arg)) {}
   else if VG_STR_CLO(arg, "--iaicount-out-file", settings.out_file)
      bg_check_out_file_pattern("--iaicount-out-file", settings.out_file);
   else if VG_STR_CLO(arg, "--callgrind-out-file",
                      settings.callgrind_out_file)
      bg_check_out_file_pattern("--callgrind-out-file",
                                settings.callgrind_out_file);
   else if VG_STR_CLO(arg, "--folded-out-file", settings.folded_out_file)
      bg_check_out_file_pattern("--folded-out-file",
                                settings.folded_out_file);
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
"    --call-graph=no|yes         inclusive costs, calls, call trees [no]\n"
"    --callgrind-out-file=<f>    also write the call graph in callgrind's\n"
"                                format (callgrind_annotate, kcachegrind)\n"
"    --folded-out-file=<f>       also write folded stacks (flame graphs)\n"
"                                (both imply --call-graph=yes)\n"
"    --toggle-collect=<pattern>  collect only while a function whose name\n"
"                                matches (* ?) runs, callees included;\n"
"                                repeatable; implies --collect-atstart=no\n"
   );
   bg_cache_print_usage();
}

static void ic_print_debug_usage(void)
{
   VG_(printf)("    (none)\n");
}

/* bg_regions' listener: the call graph gives what ran so far to the old
   context, then the counters move. */
static void switch_context(UInt ctx)
{
   bg_cg_switch_context(ctx);
   if (settings.cache_sim)
      bg_sim_switch_context(ctx);
   else
      ic_costs_switch_context(ctx);
}

static void ic_post_clo_init(void)
{
   if (settings.callgrind_out_file != NULL
       || settings.folded_out_file != NULL) {
      if (call_graph_given && !settings.call_graph) {
         /* (after parsing, VG_(fmsg_bad_option) no longer exits) */
         VG_(fmsg)("Bad option: --call-graph=no\n");
         VG_(fmsg)("--callgrind-out-file and --folded-out-file need "
                   "--call-graph=yes\n");
         VG_(exit)(1);
      }
      settings.call_graph = True;
   }
   if (bg_toggle_n_patterns() > 0 && !collect_atstart_given)
      settings.collect_atstart = False;
   settings.out_file = bg_out_fix_pattern("--iaicount-out-file",
                                          settings.out_file);
   if (settings.callgrind_out_file != NULL)
      settings.callgrind_out_file =
         bg_out_fix_pattern("--callgrind-out-file",
                            settings.callgrind_out_file);
   if (settings.folded_out_file != NULL)
      settings.folded_out_file =
         bg_out_fix_pattern("--folded-out-file", settings.folded_out_file);
   if (settings.cache_sim) {
      bg_cache_configure(&cache_options, &fixed_geometry, "iaicount");
      bg_sim_init(True, False);
   } else {
      ic_costs_init();
   }
   bg_regions_init(settings.collect_atstart, switch_context);
   if (settings.call_graph)
      bg_cg_init(settings.cache_sim ? BG_EV_N : 1, bg_regions_current());
   switch_context(bg_regions_current());
}

/* The counting pass, or (--cache-sim=yes) the simulating one: chosen per
   translation, so the default pass costs nothing more at run time. */
static IRSB* ic_instrument_any(VgCallbackClosure* closure, IRSB* sb_in,
                               const VexGuestLayout* layout,
                               const VexGuestExtents* vge,
                               const VexArchInfo* archinfo_host,
                               IRType guest_word_type, IRType host_word_type)
{
   if (settings.cache_sim)
      return bg_sim_instrument(closure, sb_in, layout, vge, archinfo_host,
                               guest_word_type, host_word_type);
   return ic_instrument(closure, sb_in, layout, vge, archinfo_host,
                        guest_word_type, host_word_type);
}

static void write_output(const HChar* partial_reason, const HChar* suffix,
                         Bool print)
{
   bg_cg_settle();
   if (settings.cache_sim)
      ic_simoutput_write(&settings, partial_reason, suffix, print);
   else
      ic_output_write(&settings, partial_reason, suffix, print);
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
   bg_cg_thread_runs(tid);
   bg_toggle_thread_runs(tid);
   if (!settings.cache_sim)
      ic_costs_publish(tid);
}

static void ic_signal_delivered(ThreadId tid, Int sig, Bool alt_stack)
{
   bg_cg_pre_signal(tid, alt_stack);
   bg_toggle_pre_signal(tid);
}

static void ic_signal_handler_returned(ThreadId tid, Int sig)
{
   bg_cg_post_signal(tid);
   bg_toggle_post_signal(tid);
   if (!settings.cache_sim)
      ic_costs_publish(tid);
}

static void ic_thread_created(ThreadId parent, ThreadId child)
{
   bg_cg_thread_starts(child);
   bg_toggle_thread_starts(child);
}

static void ic_thread_exits(ThreadId tid)
{
   bg_cg_thread_exits(tid);
}

static void ic_unmapped(Addr a, SizeT len)
{
   bg_cg_unmapped(a, len);
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
   VG_(track_pre_deliver_signal)(ic_signal_delivered);
   VG_(track_post_deliver_signal)(ic_signal_handler_returned);
   VG_(track_pre_thread_ll_create)(ic_thread_created);
   VG_(track_pre_thread_ll_exit)(ic_thread_exits);
   VG_(track_die_mem_munmap)(ic_unmapped);
   bg_cache_options_init(&cache_options);
   /* the IR cachegrind sees, in both passes: its Dr and Dw with
      --cache-sim=yes, and the same superblocks to count */
   bg_use_cachegrinds_register_updates();
}

VG_DETERMINE_INTERFACE_VERSION(ic_pre_clo_init)
