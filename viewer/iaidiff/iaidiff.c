/* iaidiff.c: the iaidiff command: option parsing and the four modes
   (report one profile, compare two, merge several, join several runs).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "baseline.h"
#include "bmf.h"
#include "calltree.h"
#include "diff.h"
#include "join.h"
#include "merge.h"
#include "profile.h"
#include "report.h"

#define EXIT_REGRESSED 1
#define EXIT_BAD 2

struct options {
   struct limits limits;
   const char *baseline, *save_baseline, *baseline_dir;
   const char *xml, *junit, *markdown, *bmf, *output;
   const char *flamegraph, *fg_region, *fg_metric;
   size_t bmf_functions; /* --bmf-functions=N */
   int color;            /* 1 on, 0 off */
   int merge, join, force;
   char **files;
   int nfiles;
};

static void usage(FILE *out)
{
   fputs("usage: iaidiff [OPTION]... [OLD.xml] NEW.xml\n"
         "       iaidiff --merge [--force] -o OUT.xml IN.xml...\n"
         "       iaidiff --join -o OUT.xml IN.xml...\n"
         "Compare benchgrind profiles region by region.\n\n"
         "  --regression=M=PCT[,M=PCT]  fail (exit 1) when metric M grows\n"
         "                              by more than PCT percent\n"
         "  --tolerance=PCT             changes under PCT% are noise\n"
         "  --allow-missing             a region of OLD missing from NEW is\n"
         "                              not a failure\n"
         "  --baseline=NAME             compare NEW with saved baseline NAME\n"
         "  --save-baseline=NAME        compare with NAME if saved, then\n"
         "                              save NEW as NAME\n"
         "  --baseline-dir=DIR          where baselines live (.iai)\n"
         "  --xml=FILE                  write the diff as XML\n"
         "  --junit=FILE                write a JUnit XML report\n"
         "  --markdown=FILE             write a Markdown report (merge\n"
         "                              request comment, step summary)\n"
         "  --bmf=FILE                  write NEW's numbers as Bencher\n"
         "                              Metric Format JSON\n"
         "  --bmf-functions=N           with --bmf, also each region's N\n"
         "                              costliest functions\n"
         "  --color=never|always|auto   colour the terminal report\n"
         "  --flamegraph=FILE.svg       draw NEW's call tree (iaicount\n"
         "                              --call-graph=yes) as a flame graph;\n"
         "                              with OLD, a differential one (grown\n"
         "                              red, shrunk blue)\n"
         "  --flamegraph-region=NAME    a region's tree (default: whole run)\n"
         "  --flamegraph-metric=M       widths from M.incl (default Ir)\n"
         "  --merge                     add up the IN files into -o OUT\n"
         "  --join                      the runs of several programs side\n"
         "                              by side, regions named RUN::REGION\n"
         "  -o, --output=FILE           output of --merge\n"
         "  --force                     merge files of different tools or\n"
         "                              commands\n"
         "  -h, --help                  show this help\n"
         "Exit status: 0 within limits, 1 regression or missing region,\n"
         "2 bad usage or input (profiles of different tools, unknown metric).\n",
         out);
}

static int bad_usage(const char *fmt, const char *arg)
{
   fputs("iaidiff: ", stderr);
   fprintf(stderr, fmt, arg);
   fputc('\n', stderr);
   return EXIT_BAD;
}

static int parse_percent(const char *s, double *out)
{
   char *end;
   errno = 0;
   double v = strtod(s, &end);
   if (errno || end == s || *end != '\0' || !isfinite(v)
       || strpbrk(s, "xX"))
      return -1;
   *out = v;
   return 0;
}

static int parse_count(const char *s, size_t *out)
{
   char *end;
   errno = 0;
   unsigned long long v = strtoull(s, &end, 10);
   if (errno || end == s || *end != '\0' || s[0] == '-' || v > SIZE_MAX)
      return -1;
   *out = (size_t)v;
   return 0;
}

static int want_color(const char *when, int *color)
{
   if (strcmp(when, "always") == 0)
      *color = 1;
   else if (strcmp(when, "never") == 0)
      *color = 0;
   else if (strcmp(when, "auto") == 0) {
      const char *no = getenv("NO_COLOR");
      *color = isatty(STDOUT_FILENO) && !(no && no[0]);
   } else
      return -1;
   return 0;
}

/* Returns 0, or an exit status. */
static int parse_options(int argc, char **argv, struct options *o)
{
   enum { O_REGRESSION = 256, O_TOLERANCE, O_ALLOW_MISSING, O_BASELINE,
          O_SAVE, O_DIR, O_XML, O_JUNIT, O_MARKDOWN, O_BMF, O_BMF_FUNCTIONS,
          O_COLOR, O_MERGE, O_JOIN, O_FORCE, O_FLAME, O_FLAME_REGION,
          O_FLAME_METRIC };
   static const struct option longopts[] = {
      { "regression", required_argument, NULL, O_REGRESSION },
      { "tolerance", required_argument, NULL, O_TOLERANCE },
      { "allow-missing", no_argument, NULL, O_ALLOW_MISSING },
      { "baseline", required_argument, NULL, O_BASELINE },
      { "save-baseline", required_argument, NULL, O_SAVE },
      { "baseline-dir", required_argument, NULL, O_DIR },
      { "xml", required_argument, NULL, O_XML },
      { "junit", required_argument, NULL, O_JUNIT },
      { "markdown", required_argument, NULL, O_MARKDOWN },
      { "bmf", required_argument, NULL, O_BMF },
      { "bmf-functions", required_argument, NULL, O_BMF_FUNCTIONS },
      { "color", required_argument, NULL, O_COLOR },
      { "colour", required_argument, NULL, O_COLOR },
      { "merge", no_argument, NULL, O_MERGE },
      { "join", no_argument, NULL, O_JOIN },
      { "force", no_argument, NULL, O_FORCE },
      { "flamegraph", required_argument, NULL, O_FLAME },
      { "flamegraph-region", required_argument, NULL, O_FLAME_REGION },
      { "flamegraph-metric", required_argument, NULL, O_FLAME_METRIC },
      { "output", required_argument, NULL, 'o' },
      { "help", no_argument, NULL, 'h' },
      { NULL, 0, NULL, 0 }
   };
   char why[200];
   int c;
   memset(o, 0, sizeof *o);
   o->baseline_dir = BASELINE_DEFAULT_DIR;
   want_color("auto", &o->color);
   opterr = 0;
   while ((c = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
      switch (c) {
      case O_REGRESSION:
         if (limits_parse(&o->limits, optarg, why, sizeof why) < 0)
            return bad_usage("--regression: %s", why);
         break;
      case O_TOLERANCE:
         if (parse_percent(optarg, &o->limits.tolerance) < 0
             || o->limits.tolerance < 0)
            return bad_usage("--tolerance: \"%s\" is not a percentage",
                             optarg);
         break;
      case O_ALLOW_MISSING:
         o->limits.allow_missing = 1;
         break;
      case O_BASELINE:
      case O_SAVE:
         if (!baseline_name_ok(optarg))
            return bad_usage("bad baseline name \"%s\": use letters, digits, '.', '_' and '-', not starting with '.'",
                             optarg);
         if (c == O_BASELINE)
            o->baseline = optarg;
         else
            o->save_baseline = optarg;
         break;
      case O_DIR:
         if (optarg[0] == '\0')
            return bad_usage("--baseline-dir: empty directory name%s", "");
         o->baseline_dir = optarg;
         break;
      case O_XML:
         o->xml = optarg;
         break;
      case O_JUNIT:
         o->junit = optarg;
         break;
      case O_MARKDOWN:
         o->markdown = optarg;
         break;
      case O_BMF:
         o->bmf = optarg;
         break;
      case O_BMF_FUNCTIONS:
         if (parse_count(optarg, &o->bmf_functions) < 0)
            return bad_usage("--bmf-functions: \"%s\" is not a number of functions",
                             optarg);
         break;
      case O_COLOR:
         if (want_color(optarg, &o->color) < 0)
            return bad_usage("--color: \"%s\" is not never, always or auto",
                             optarg);
         break;
      case O_MERGE:
         o->merge = 1;
         break;
      case O_JOIN:
         o->join = 1;
         break;
      case O_FORCE:
         o->force = 1;
         break;
      case 'o':
         o->output = optarg;
         break;
      case O_FLAME:
         if (optarg[0] == '\0')
            return bad_usage("--flamegraph: empty file name%s", "");
         o->flamegraph = optarg;
         break;
      case O_FLAME_REGION:
         o->fg_region = optarg;
         break;
      case O_FLAME_METRIC:
         if (optarg[0] == '\0')
            return bad_usage("--flamegraph-metric: empty metric name%s", "");
         o->fg_metric = optarg;
         break;
      case 'h':
         usage(stdout);
         exit(0);
      default:
         return bad_usage("unknown or incomplete option \"%s\"",
                          argv[optind - 1]);
      }
   }
   o->files = argv + optind;
   o->nfiles = argc - optind;
   if (o->merge && o->join)
      return bad_usage("--merge or --join, not both%s", "");
   if (o->merge || o->join) {
      const char *mode = o->merge ? "--merge" : "--join";
      if (!o->output)
         return bad_usage("%s needs -o OUT.xml", mode);
      if (o->nfiles < 1)
         return bad_usage("%s needs input files", mode);
      if (o->baseline || o->save_baseline || o->xml || o->junit
          || o->markdown || o->bmf || o->bmf_functions || o->limits.n
          || o->flamegraph || o->fg_region || o->fg_metric
          || o->limits.allow_missing || o->limits.tolerance > 0
          || (o->join && o->force))
         return bad_usage(o->merge ? "%s takes only --force and -o"
                                   : "%s takes only -o", mode);
      return 0;
   }
   if (o->bmf_functions && !o->bmf)
      return bad_usage("--bmf-functions goes with --bmf%s", "");
   if (o->output || o->force)
      return bad_usage("-o and --force go with --merge or --join%s", "");
   if ((o->fg_region || o->fg_metric) && !o->flamegraph)
      return bad_usage("--flamegraph-region and --flamegraph-metric go with --flamegraph%s",
                       "");
   if (o->nfiles < 1 || o->nfiles > 2)
      return bad_usage("expected [OLD.xml] NEW.xml%s", "");
   if (o->nfiles == 2 && o->baseline)
      return bad_usage("--baseline replaces OLD.xml: give only NEW.xml%s",
                       "");
   return 0;
}

static struct profile *load(const char *path)
{
   struct profile *p;
   struct profile_error err;
   if (profile_load_file(path, &p, &err) < 0) {
      fprintf(stderr, "iaidiff: %s\n", err.msg);
      return NULL;
   }
   return p;
}

struct load_job {
   const char *path;
   struct profile *p;
   struct profile_error err;
   int rc;
};

static void *load_job_run(void *arg)
{
   struct load_job *j = arg;
   j->rc = profile_load_file(j->path, &j->p, &j->err);
   return NULL;
}

/* Load OLD (may be NULL) and NEW, the two in parallel.  Returns 0, or -1
   after reporting the first bad file (OLD before NEW). */
static int load_pair(const char *old_path, const char *new_path,
                     struct profile **old, struct profile **new)
{
   struct load_job jo = { old_path, NULL, { "" }, 0 };
   struct load_job jn = { new_path, NULL, { "" }, 0 };
   pthread_t t;
   int threaded = 0;
   *old = *new = NULL;
   if (old_path)
      threaded = pthread_create(&t, NULL, load_job_run, &jo) == 0;
   load_job_run(&jn);
   if (old_path && threaded)
      pthread_join(t, NULL);
   else if (old_path)
      load_job_run(&jo);
   if (old_path && jo.rc < 0) {
      fprintf(stderr, "iaidiff: %s\n", jo.err.msg);
      profile_free(jn.p);
      return -1;
   }
   if (jn.rc < 0) {
      fprintf(stderr, "iaidiff: %s\n", jn.err.msg);
      profile_free(jo.p);
      return -1;
   }
   *old = jo.p;
   *new = jn.p;
   return 0;
}

static int run_merge(const struct options *o)
{
   struct profile **in = calloc((size_t)o->nfiles, sizeof *in);
   struct profile *out = NULL;
   char why[600];
   int status = EXIT_BAD;
   if (!in) {
      fputs("iaidiff: out of memory\n", stderr);
      return EXIT_BAD;
   }
   for (int i = 0; i < o->nfiles; i++)
      if (!(in[i] = load(o->files[i])))
         goto done;
   const char *const *names = (const char *const *)o->files;
   int rc = o->join
      ? profile_join(in, names, (size_t)o->nfiles, &out, why, sizeof why)
      : profile_merge(in, names, (size_t)o->nfiles, o->force, &out, why,
                      sizeof why);
   if (rc < 0 || profile_write(o->output, out, why, sizeof why) < 0) {
      fprintf(stderr, "iaidiff: %s\n", why);
      goto done;
   }
   status = 0;
done:
   for (int i = 0; i < o->nfiles; i++)
      profile_free(in[i]);
   free(in);
   profile_free(out);
   return status;
}

/* Which file is OLD: given, the --baseline, or an existing
   --save-baseline.  *path is malloc'd when it names a baseline. */
static int pick_old(const struct options *o, char **path, const char **old)
{
   *path = NULL;
   *old = NULL;
   if (o->nfiles == 2) {
      *old = o->files[0];
      return 0;
   }
   const char *name = o->baseline ? o->baseline : o->save_baseline;
   if (!name)
      return 0;
   *path = baseline_path(o->baseline_dir, name);
   if (!*path) {
      fputs("iaidiff: out of memory\n", stderr);
      return -1;
   }
   if (baseline_exists(*path))
      *old = *path;
   else if (o->baseline) {
      fprintf(stderr, "iaidiff: no baseline \"%s\" in %s (%s is missing)\n",
              name, o->baseline_dir, *path);
      return -1;
   }
   return 0;
}

static int run_diff(const struct options *o)
{
   const char *new_name = o->files[o->nfiles - 1], *old_name;
   char *baseline_file;
   struct profile *new = NULL, *old = NULL;
   struct diff d;
   char why[600];
   int status = EXIT_BAD;

   memset(&d, 0, sizeof d);
   if (pick_old(o, &baseline_file, &old_name) < 0)
      goto done;
   if (load_pair(old_name, new_name, &old, &new) < 0)
      goto done;
   if (diff_check(old, old_name, new, new_name, &o->limits, why,
                  sizeof why) < 0) {
      fprintf(stderr, "iaidiff: %s\n", why);
      goto done;
   }
   if (diff_profiles(old, new, &o->limits, &d) < 0) {
      fputs("iaidiff: out of memory\n", stderr);
      goto done;
   }
   if (o->flamegraph
       && calltree_flamegraph(o->flamegraph, new, new_name, old, old_name,
                              o->fg_region,
                              o->fg_metric ? o->fg_metric : "Ir", why,
                              sizeof why) < 0) {
      fprintf(stderr, "iaidiff: %s\n", why);
      goto done;
   }
   report_text(stdout, &d, o->color);
   if (fflush(stdout) != 0 || ferror(stdout)) {
      fprintf(stderr, "iaidiff: standard output: %s\n", strerror(errno));
      goto done;
   }
   if (o->xml && report_xml(o->xml, &d, old_name, new_name, why,
                            sizeof why) < 0) {
      fprintf(stderr, "iaidiff: %s\n", why);
      goto done;
   }
   if (o->junit && report_junit(o->junit, &d, why, sizeof why) < 0) {
      fprintf(stderr, "iaidiff: %s\n", why);
      goto done;
   }
   if (o->markdown && report_markdown(o->markdown, &d, &o->limits, why,
                                      sizeof why) < 0) {
      fprintf(stderr, "iaidiff: %s\n", why);
      goto done;
   }
   if (o->bmf && bmf_write(o->bmf, new, o->bmf_functions, why,
                           sizeof why) < 0) {
      fprintf(stderr, "iaidiff: %s\n", why);
      goto done;
   }
   if (o->save_baseline
       && baseline_save(o->baseline_dir, o->save_baseline, new_name, why,
                        sizeof why) < 0) {
      fprintf(stderr, "iaidiff: cannot save baseline: %s\n", why);
      goto done;
   }
   status = d.regions_regressed || d.regions_missing ? EXIT_REGRESSED : 0;
done:
   diff_free(&d);
   profile_free(old);
   profile_free(new);
   free(baseline_file);
   return status;
}

int main(int argc, char **argv)
{
   struct options o;
   xmlInitParser();   /* before any thread uses libxml2 */
   int status = parse_options(argc, argv, &o);
   if (status == 0)
      status = o.merge || o.join ? run_merge(&o) : run_diff(&o);
   limits_free(&o.limits);
   return status;
}
