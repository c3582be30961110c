/* ct_main.c: cachetrace, a Valgrind tool that simulates the I1, D1 and LL
   caches and the branch predictors exactly as cachegrind 3.19 does, and
   reports the events per function and per iai.h region.  This file owns
   the tool's registration, options, client requests and the end of the
   run (including the file written before an execve).

   Copyright (C) 2026 The benchgrind authors.

   This program is free software; you can redistribute it and/or modify it
   under the terms of the GNU General Public License as published by the
   Free Software Foundation; either version 2 of the License, or (at your
   option) any later version. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_options.h"
#include "pub_tool_tooliface.h"
#include "bg_cachesim.h"
#include "bg_exec.h"
#include "bg_options.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "bg_sim.h"
#include "bg_toggle.h"
#include "ct_output.h"

static CtSettings     settings = {
   .cache_sim = True, .branch_sim = False, .collect_atstart = True,
   .out_file = "cachetrace.out.%p.xml", .cg_out_file = NULL,
};
static BgCacheOptions cache_options;
static Bool collect_atstart_given;

static Bool ct_process_cmd_line_option(const HChar* arg)
{
   const HChar* s;
   if VG_BOOL_CLO(arg, "--cache-sim", settings.cache_sim) {}
   else if VG_BOOL_CLO(arg, "--branch-sim", settings.branch_sim) {}
   else if VG_BOOL_CLO(arg, "--collect-atstart", settings.collect_atstart)
      collect_atstart_given = True;
   else if VG_STR_CLO(arg, "--toggle-collect", s)
      bg_toggle_add_pattern(s);
   else if VG_STR_CLO(arg, "--cachetrace-out-file", settings.out_file)
      bg_check_out_file_pattern("--cachetrace-out-file", settings.out_file);
   else if VG_STR_CLO(arg, "--cachegrind-out-file", settings.cg_out_file)
      bg_check_out_file_pattern("--cachegrind-out-file", settings.cg_out_file);
   else if (bg_cache_process_option(&cache_options, arg)) {}
   else
      return False;
   return True;
}

static void ct_print_usage(void)
{
   bg_cache_print_usage();
   VG_(printf)(
"    --cache-sim=yes|no          simulate the caches [yes]; with no, count\n"
"                                Ir, Dr and Dw only\n"
"    --branch-sim=yes|no         simulate the branch predictors [no]\n"
"    --cachetrace-out-file=<f>   XML profile [cachetrace.out.%%p.xml]\n"
"                                (%%p: pid, %%q{VAR}: environment variable)\n"
"    --cachegrind-out-file=<f>   also write cachegrind's text format there\n"
"                                (for cg_annotate, kcachegrind) [none]\n"
"    --collect-atstart=no|yes    collect from the start [yes]; with no,\n"
"                                only between IAI_COLLECT_START/STOP\n"
"    --toggle-collect=<pattern>  collect only while a function whose name\n"
"                                matches (* ?) runs, callees included;\n"
"                                repeatable; implies --collect-atstart=no\n"
   );
}

static void ct_print_debug_usage(void)
{
   VG_(printf)("    (none)\n");
}

static void ct_post_clo_init(void)
{
   settings.out_file = bg_out_fix_pattern("--cachetrace-out-file",
                                          settings.out_file);
   if (settings.cg_out_file != NULL)
      settings.cg_out_file = bg_out_fix_pattern("--cachegrind-out-file",
                                                settings.cg_out_file);
   if (bg_toggle_n_patterns() > 0 && !collect_atstart_given)
      settings.collect_atstart = False;
   bg_cache_configure(&cache_options, NULL, "cachetrace");
   bg_sim_init(settings.cache_sim, settings.branch_sim);
   bg_regions_init(settings.collect_atstart, bg_sim_switch_context);
   bg_sim_switch_context(bg_regions_current());
}

static Bool ct_handle_client_request(ThreadId tid, UWord* arg, UWord* ret)
{
   return bg_regions_handle_client_request(tid, arg, ret);
}

/* Before an execve (bg_exec.h). */
static void write_partial_output(void)
{
   ct_output_write(&settings, "exec", ".exec", False);
}

static void ct_thread_runs(ThreadId tid, ULong blocks_done)
{
   bg_toggle_thread_runs(tid);
}

static void ct_thread_created(ThreadId parent, ThreadId child)
{
   bg_toggle_thread_starts(child);
}

static void ct_signal_delivered(ThreadId tid, Int sig, Bool alt_stack)
{
   bg_toggle_pre_signal(tid);
}

static void ct_signal_handler_returned(ThreadId tid, Int sig)
{
   bg_toggle_post_signal(tid);
}

static void ct_fini(Int exitcode)
{
   bg_regions_report_problems();
   ct_output_write(&settings, NULL, NULL, True);
   bg_out_finish();
}

static void ct_pre_clo_init(void)
{
   VG_(details_name)("cachetrace");
   VG_(details_version)(BG_VERSION);
   VG_(details_description)("cache and branch simulation for benchmarks");
   VG_(details_copyright_author)(
      "Copyright (C) 2026, the benchgrind authors; GPL-2.0-or-later.");
   VG_(details_bug_reports_to)("the benchgrind issue tracker");
   VG_(details_avg_translation_sizeB)(500);

   VG_(basic_tool_funcs)(ct_post_clo_init, bg_sim_instrument, ct_fini);
   VG_(needs_command_line_options)(ct_process_cmd_line_option,
                                   ct_print_usage, ct_print_debug_usage);
   VG_(needs_client_requests)(ct_handle_client_request);
   bg_exec_keep_counts(write_partial_output);
   VG_(track_start_client_code)(ct_thread_runs);
   VG_(track_pre_thread_ll_create)(ct_thread_created);
   VG_(track_pre_deliver_signal)(ct_signal_delivered);
   VG_(track_post_deliver_signal)(ct_signal_handler_returned);
   bg_cache_options_init(&cache_options);
   bg_use_cachegrinds_register_updates();
}

VG_DETERMINE_INTERFACE_VERSION(ct_pre_clo_init)
