/* heapview.c: the heapview command: option parsing, then the terminal
   report, the diff or the exports (HTML, DHAT JSON) of a heapcount
   profile.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#define _GNU_SOURCE   /* open_memstream */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "atomic.h"
#include "heapview.h"

#define EXIT_BAD 2
#define DEFAULT_TOP 20

struct options {
   struct hv_text_options text;
   int top_given;
   const char *diff, *html, *dhat_json;
   const char *file;
};

static void usage(FILE *out)
{
   fputs("usage: heapview [OPTION]... FILE.xml\n"
         "Browse a heapcount profile: totals, highlights, and the allocation\n"
         "sites sorted by a metric, flat or as a call tree.\n\n"
         "  --sort=METRIC      order sites by METRIC (TotalBytes): TotalBlocks,\n"
         "                     AtGmaxBytes, EndBytes, ReadBytes, LifetimeMean...\n"
         "  --top=N            show the first N sites (20; 0 = all)\n"
         "  --tree             fold the sites' stacks into a call tree\n"
         "  --filter=TEXT      only sites with TEXT in a function or file name\n"
         "  --diff OLD.xml     what grew and shrank since OLD.xml\n"
         "  --html=FILE        write a self-contained HTML report\n"
         "  --dhat-json=FILE   write the profile for Valgrind's dh_view.html\n"
         "  -h, --help         show this help\n"
         "Exit status: 0 success, 2 bad usage, unreadable input or output.\n",
         out);
}

static int bad_usage(const char *fmt, const char *arg)
{
   fputs("heapview: ", stderr);
   fprintf(stderr, fmt, arg);
   fputc('\n', stderr);
   return EXIT_BAD;
}

static int parse_count(const char *s, size_t *out)
{
   if (*s < '0' || *s > '9')
      return -1;
   char *end;
   errno = 0;
   unsigned long long v = strtoull(s, &end, 10);
   if (errno || *end != '\0' || v > (size_t)-1 / 2)
      return -1;
   *out = (size_t)v;
   return 0;
}

/* Returns 0, or an exit status. */
static int parse_options(int argc, char **argv, struct options *o)
{
   enum { O_SORT = 256, O_TOP, O_TREE, O_FILTER, O_DIFF, O_HTML, O_DHAT };
   static const struct option longopts[] = {
      { "sort", required_argument, NULL, O_SORT },
      { "top", required_argument, NULL, O_TOP },
      { "tree", no_argument, NULL, O_TREE },
      { "filter", required_argument, NULL, O_FILTER },
      { "diff", required_argument, NULL, O_DIFF },
      { "html", required_argument, NULL, O_HTML },
      { "dhat-json", required_argument, NULL, O_DHAT },
      { "help", no_argument, NULL, 'h' },
      { NULL, 0, NULL, 0 }
   };
   memset(o, 0, sizeof *o);
   o->text.sort = HV_TB;
   o->text.top = DEFAULT_TOP;
   opterr = 0;
   int c;
   while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
      switch (c) {
      case O_SORT: {
         int m = hv_metric_parse(optarg);
         if (m < 0)
            return bad_usage("--sort: unknown metric \"%s\" (try TotalBytes, "
                             "TotalBlocks, AtGmaxBytes, EndBytes, ReadBytes, "
                             "WriteBytes, LifetimeMean)", optarg);
         o->text.sort = (enum hv_metric)m;
         break;
      }
      case O_TOP:
         if (parse_count(optarg, &o->text.top) < 0)
            return bad_usage("--top: \"%s\" is not a count", optarg);
         o->top_given = 1;
         break;
      case O_TREE:
         o->text.tree = 1;
         break;
      case O_FILTER:
         if (optarg[0] == '\0')
            return bad_usage("--filter: empty text%s", "");
         o->text.filter = optarg;
         break;
      case O_DIFF:
         o->diff = optarg;
         break;
      case O_HTML:
         o->html = optarg;
         break;
      case O_DHAT:
         o->dhat_json = optarg;
         break;
      case 'h':
         usage(stdout);
         exit(0);
      default:
         return bad_usage("unknown or incomplete option \"%s\" (see --help)",
                          argv[optind - 1]);
      }
   }
   if (optind + 1 != argc)
      return bad_usage("expected one profile, FILE.xml%s", "");
   o->file = argv[optind];
   return 0;
}

/* An export of HP's sites as O selects them. */
typedef int (*export_fn)(FILE *out, const struct hv_profile *hp,
                         const struct hv_text_options *o);

static int dhat_export(FILE *out, const struct hv_profile *hp,
                       const struct hv_text_options *o)
{
   size_t n;
   struct hv_site **v = hv_select(hp, o->filter, o->sort, o->top, &n);
   int rc = v ? hv_write_dhat(out, hp, v, n) : -1;
   free(v);
   return rc;
}

/* Write one export of HP to PATH (atomically): all sites, or the first
   --top ones.  Returns 0, or -1 after a message. */
static int export(const char *path, export_fn fn, const struct hv_profile *hp,
                  const struct options *o)
{
   size_t len = 0;
   char *buf = NULL;
   struct hv_text_options sel = o->text;
   sel.top = o->top_given ? o->text.top : 0;
   FILE *mem = open_memstream(&buf, &len);
   int rc = mem ? fn(mem, hp, &sel) : -1;
   if (mem && fclose(mem) != 0)
      rc = -1;
   if (rc < 0) {
      fprintf(stderr, "heapview: %s: out of memory\n", path);
      free(buf);
      return -1;
   }
   char why[512];
   rc = atomic_write(path, buf, len, why, sizeof why);
   free(buf);
   if (rc < 0)
      fprintf(stderr, "heapview: %s\n", why);
   return rc;
}

/* Print the report (or the diff against OLD) on stdout. */
static int report(const struct hv_profile *hp, const struct hv_profile *old,
                  const struct options *o)
{
   int rc = old ? hv_print_diff(stdout, old, hp, &o->text)
                : hv_print(stdout, hp, &o->text);
   if (fflush(stdout) != 0 || ferror(stdout)) {
      fprintf(stderr, "heapview: standard output: %s\n", strerror(errno));
      return -1;
   }
   if (rc < 0)
      fprintf(stderr, "heapview: out of memory\n");
   return rc;
}

static int load(const char *path, struct hv_profile *hp)
{
   struct profile_error err;
   if (hv_load(path, hp, &err) < 0) {
      fprintf(stderr, "heapview: %s\n", err.msg);
      return -1;
   }
   return 0;
}

int main(int argc, char **argv)
{
   struct options o;
   int rc = parse_options(argc, argv, &o);
   if (rc)
      return rc;
   xmlInitParser();
   struct hv_profile hp, old;
   memset(&old, 0, sizeof old);
   rc = EXIT_BAD;
   if (load(o.file, &hp) < 0)
      goto out;
   if (o.diff && load(o.diff, &old) < 0)
      goto out_hp;
   if (o.html && export(o.html, hv_write_html, &hp, &o) < 0)
      goto out_old;
   if (o.dhat_json && export(o.dhat_json, dhat_export, &hp, &o) < 0)
      goto out_old;
   if ((o.diff || (!o.html && !o.dhat_json))
       && report(&hp, o.diff ? &old : NULL, &o) < 0)
      goto out_old;
   rc = 0;
out_old:
   if (o.diff)
      hv_free(&old);
out_hp:
   hv_free(&hp);
out:
   xmlCleanupParser();
   return rc;
}
