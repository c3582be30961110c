/* profile_read.c: the profile reader.  Streams a document through
   libxml2's SAX2 push parser (no DOM, so memory stays proportional to the
   data kept), checks it against docs/profile.rng and what the schema
   cannot say (metrics from the metrics list, summary and regions complete,
   stack ids defined once), and fills the structs of profile.h.  Only
   format version 2 is read.

   Input is untrusted: no network, no DTD loading, no entity substitution,
   any DOCTYPE refused, a size cap, and every message one line with the
   file's bytes escaped.  A message is formatted before the parser is
   stopped, since stopping it frees the input the message may quote.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "profile_read.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "names.h"
#include "term_escape.h"

enum ctx {
   C_DOC, C_PROFILE, C_COMMAND, C_PID, C_PPID, C_PARTIAL, C_OPTION,
   C_FRAMES, C_FRAME, C_COSTS, C_FUNCTION, C_SITE, C_CALL, C_NODE
};

/* The children of <profile> in the order the schema wants them. */
enum phase {
   PH_NONE, PH_COMMAND, PH_PID, PH_PPID, PH_PARTIAL, PH_OPTION, PH_FRAMES,
   PH_SUMMARY, PH_REGION
};
static const char *const phase_names[] = {
   "", "command", "pid", "ppid", "partial", "option", "frames", "summary",
   "region"
};

#define MAX_DEPTH 8

/* Attribute codes of <summary>, <region>, <function> and <site>: a
   metric's index in the metrics list, or one of these. */
enum { A_OTHER = -1, A_NAME = -2, A_FILE = -3, A_LINE = -4, A_OBJECT = -5,
       A_STACK = -6, A_FROM = -7, A_TO = -8, A_CALLS = -9, A_ID = -10,
       A_PARENT = -11, A_FRAME = -12 };

/* Attribute names (libxml2 interns them per parser) and their codes. */
#define ACACHE 64
struct attr_code {
   const xmlChar *name;
   int code;
};

/* A <frame>'s id and line, until the table is complete. */
struct frame_def {
   unsigned id, line;
   size_t index;            /* in the frame store */
};

struct reader {
   xmlParserCtxtPtr ctxt;
   const xmlChar **attrs;       /* of the element being started: */
   int nattrs;                  /* (name, prefix, URI, value, end) each */
   const char *name;            /* file name for messages (escaped) */
   char shown_name[256];
   struct profile *p;           /* the profile read (metadata, frames) */
   struct profile *store;       /* whose arena takes sites and strings */
   struct profile_error *err;
   int failed;
   enum ctx stack[MAX_DEPTH];
   int depth;
   enum phase phase;
   int seen_root, seen_command;
   struct costs *costs;         /* the summary or region being read */
   char *text;                  /* text of <command>, <pid>, <ppid> */
   size_t textlen;
   struct strtab region_names;
   size_t nregion_metrics;      /* metrics a region carries */
   /* scratch for one element's metrics */
   struct metric *got;
   size_t ngot;
   /* scratch for one stack */
   struct frame **stackbuf;
   size_t capstack;
   /* the frame table: the frames in p->frame_store (capstore), their ids
      in defs; once complete, found by id in one of three ways: ids 1..n
      in file order (the tools write them so) need no table, other dense
      ids go through by_id, sparse ones through the sorted defs */
   struct frame_def *defs;
   size_t ndefs, capdefs, capstore;
   int frames_done, ids_in_order;
   atomic_int frames_ready;     /* frames_done, for a range reader's thread */
   struct frame **by_id;
   size_t nby_id;
   const struct reader *table;  /* a range reader: the main reader */
   struct attr_code acache[ACACHE];
   size_t nacache;
   /* a range reader: start tags still to skip (its made-up context);
      its stacks hold frame ids until resolved */
   int skip_starts;
   int range, resolved;
};

/* ---- errors ------------------------------------------------------------ */

/* Message text must be one line: anything below a space becomes one. */
static void one_line(char *s)
{
   for (; *s; s++)
      if ((unsigned char)*s < 0x20)
         *s = ' ';
}

static void vfail_at(struct reader *r, int line, const char *fmt,
                     va_list ap)
{
   if (r->failed)
      return;
   r->failed = 1;
   /* format first: arguments may point into the parser's input, which
      xmlStopParser frees */
   char detail[400];
   vsnprintf(detail, sizeof detail, fmt, ap);
   one_line(detail);
   if (line > 0)
      snprintf(r->err->msg, sizeof r->err->msg, "%s:%d: %s", r->name, line,
               detail);
   else
      snprintf(r->err->msg, sizeof r->err->msg, "%s: %s", r->name, detail);
   if (r->ctxt)
      xmlStopParser(r->ctxt);
}

static void fail_at(struct reader *r, int line, const char *fmt, ...)
   __attribute__((format(printf, 3, 4)));
static void fail_at(struct reader *r, int line, const char *fmt, ...)
{
   va_list ap;
   va_start(ap, fmt);
   vfail_at(r, line, fmt, ap);
   va_end(ap);
}

void reader_fail(struct reader *r, const char *fmt, ...)
{
   va_list ap;
   va_start(ap, fmt);
   vfail_at(r, 0, fmt, ap);
   va_end(ap);
}

static int oom(struct reader *r)
{
   fail_at(r, 0, "out of memory");
   return -1;
}

static int node_line(struct reader *r)
{
   return r->ctxt && r->ctxt->input ? r->ctxt->input->line : 0;
}

/* At most MAX bytes of S (LEN bytes) escaped for a message, in BUF. */
static const char *quote(const char *s, size_t len, size_t max, char *buf,
                         size_t size)
{
   char raw[128];
   size_t n = len < max ? len : max;
   if (n > sizeof raw - 1)
      n = sizeof raw - 1;
   memcpy(raw, s, n);
   raw[n] = '\0';
   term_escape_buf(raw, buf, size);
   if (n < len && strlen(buf) + 4 <= size)
      strcat(buf, "...");
   return buf;
}

/* libxml2's own diagnostics: keep the first error, print nothing.  Its
   messages can span lines and quote the input: squash and escape them. */
static void on_xml_error(void *arg, xmlErrorPtr e)
{
   struct reader *r = arg;
   if (!e || e->level < XML_ERR_ERROR)
      return;
   char msg[300], esc[400];
   size_t n = 0;
   int space = 0;
   for (const char *s = e->message ? e->message : "XML error";
        *s && n < sizeof msg - 1; s++) {
      if (*s == '\n' || *s == '\r' || *s == '\t' || *s == ' ') {
         space = 1;
         continue;
      }
      if (space && n > 0)
         msg[n++] = ' ';
      space = 0;
      if (n < sizeof msg - 1)
         msg[n++] = *s;
   }
   msg[n] = '\0';
   term_escape_buf(msg, esc, sizeof esc);
   /* libxml2's push parser calls input that ends inside the root element
      "extra content at the end"; say what it is. */
   if (e->code == XML_ERR_DOCUMENT_END && r->depth > 0)
      fail_at(r, e->line, "malformed XML: premature end of data (truncated file?)");
   else
      fail_at(r, e->line, "malformed XML: %s", esc);
}

static void silent_generic(void *ctx, const char *msg, ...)
{
   (void)ctx;
   (void)msg;
}

/* ---- small helpers ----------------------------------------------------- */

static int is_space(char c)
{
   return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Parse the unsigned decimal integer in [S, E) (leading zeros allowed, as
   the schema's types allow them) of at most MAX.  Returns NULL on success,
   or a short reason. */
static const char *parse_unsigned(const char *s, const char *e, uint64_t max,
                                  uint64_t *v)
{
   if (s == e)
      return "is empty";
   if (*s == '-')
      return "is negative";
   uint64_t x = 0;
   for (; s < e; s++) {
      unsigned d = (unsigned)(unsigned char)*s - '0';
      if (d > 9)
         return "is not a decimal integer";
      if (x > (max - d) / 10) {
         for (s++; s < e; s++)
            if ((unsigned)(unsigned char)*s - '0' > 9)
               return "is not a decimal integer";
         return "is out of range";
      }
      x = x * 10 + d;
   }
   *v = x;
   return NULL;
}

static void *grow_array(void *v, size_t *cap, size_t n, size_t size)
{
   if (n < *cap)
      return v;
   size_t ncap = *cap ? *cap * 2 : 16;
   void *nv = profile_big_realloc(v, *cap * size, ncap * size);
   if (nv)
      *cap = ncap;
   return nv;
}

/* The raw value of attribute NAME (no prefix) of the element being
   started, or NULL; *LEN gets its length. */
static const char *attr_raw(struct reader *r, const char *name, size_t *len)
{
   for (int i = 0; i < r->nattrs; i++) {
      const xmlChar **at = r->attrs + 5 * i;
      if (!at[1] && strcmp((const char *)at[0], name) == 0) {
         *len = (size_t)(at[4] - at[3]);
         return (const char *)at[3];
      }
   }
   return NULL;
}

/* A copy of a name from an attribute value (or text, !ATTRIBUTE), the
   tools' escapes decoded, malloc'd or in the store's arena. */
static char *name_copy(struct reader *r, const char *s, size_t len,
                       int attribute, int arena)
{
   char *d = arena ? profile_alloc(r->store, len + 1) : malloc(len + 1);
   if (!d) {
      oom(r);
      return NULL;
   }
   memcpy(d, s, len);
   d[len] = '\0';
   name_decode(d, len, attribute);
   return d;
}

/* The attributes an element needs, copied as names; NULL when absent
   (after a message when REQUIRED). */
static char *attr_name(struct reader *r, int line, const char *elem,
                       const char *attr, int required, int arena)
{
   size_t len;
   const char *v = attr_raw(r, attr, &len);
   if (!v) {
      if (required)
         fail_at(r, line, "<%s> without the %s attribute", elem, attr);
      return NULL;
   }
   return name_copy(r, v, len, 1, arena);
}

static int attr_number(struct reader *r, int line, const char *elem,
                       const char *attr, const char *v, size_t len,
                       uint64_t max, uint64_t *out)
{
   const char *why = parse_unsigned(v, v + len, max, out);
   if (why) {
      char q[200];
      fail_at(r, line, "<%s> %s \"%s\" %s", elem, attr,
              quote(v, len, 40, q, sizeof q), why);
      return -1;
   }
   return 0;
}

/* ---- <profile> and its metrics list ------------------------------------ */

static int valid_metric_name(const char *s, size_t n)
{
   if (n == 0 || !((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z')
                   || s[0] == '_'))
      return 0;
   for (size_t i = 1; i < n; i++) {
      char c = s[i];
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-'))
         return 0;
   }
   static const char *const reserved[] = { "name", "file", "line", "object",
                                           "stack" };
   for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
      if (strlen(reserved[i]) == n && memcmp(reserved[i], s, n) == 0)
         return 0;
   return 1;
}

/* Splits the list [V, V + LEN) into interned names in *OUT (malloc'd).
   With MUST_BE_METRICS, each must be in the metrics list already;
   otherwise each is added to it. */
static int read_name_list(struct reader *r, int line, const char *attr,
                          const char *v, size_t len, const char ***out,
                          size_t *nout, int must_be_metrics)
{
   struct profile *p = r->p;
   const char *e = v + len;
   size_t cap = 0;
   char q[200];
   *out = NULL;
   *nout = 0;
   for (const char *s = v; s < e;) {
      while (s < e && is_space(*s))
         s++;
      const char *t = s;
      while (t < e && !is_space(*t))
         t++;
      if (t == s)
         break;
      size_t n = (size_t)(t - s);
      if (!valid_metric_name(s, n)) {
         fail_at(r, line, "%s: \"%s\" is not a metric name", attr,
                 quote(s, n, 60, q, sizeof q));
         return -1;
      }
      size_t idx;
      int added;
      if (must_be_metrics) {
         idx = strtab_find(&p->names, s, n);
         if (idx == (size_t)-1) {
            fail_at(r, line, "%s: %s is not in the metrics list", attr,
                    quote(s, n, 60, q, sizeof q));
            return -1;
         }
      } else if (strtab_add(&p->names, s, n, &idx, &added) < 0)
         return oom(r);
      for (size_t i = 0; i < *nout; i++)
         if ((*out)[i] == strtab_key(&p->names, idx)) {
            fail_at(r, line, "%s: metric %s listed twice", attr,
                    quote(s, n, 60, q, sizeof q));
            return -1;
         }
      const char **nv = grow_array(*out, &cap, *nout, sizeof *nv);
      if (!nv)
         return oom(r);
      *out = nv;
      (*out)[(*nout)++] = strtab_key(&p->names, idx);
      s = t;
   }
   if (*nout == 0) {
      fail_at(r, line, "%s: an empty list", attr);
      return -1;
   }
   return 0;
}

static int start_profile(struct reader *r, int line)
{
   struct profile *p = r->p;
   size_t len;
   char q[200];
   const char *version = attr_raw(r, "version", &len);
   if (!version) {
      fail_at(r, line, "<profile> without the version attribute");
      return -1;
   }
   if (len != 1 || version[0] != '2') {
      fail_at(r, line, "profile format version \"%s\" is not supported: this reader reads version 2 (run the tool again to write it)",
              quote(version, len, 20, q, sizeof q));
      return -1;
   }
   const char *tool = attr_raw(r, "tool", &len);
   if (!tool) {
      fail_at(r, line, "<profile> without the tool attribute");
      return -1;
   }
   static const char *const tools[] = { "iaicount", "cachetrace",
                                        "heapcount" };
   for (size_t i = 0; i < 3 && !p->tool; i++)
      if (strlen(tools[i]) == len && memcmp(tools[i], tool, len) == 0)
         p->tool = strdup(tools[i]);
   if (!p->tool) {
      fail_at(r, line, "unknown tool \"%s\" (expected iaicount, cachetrace or heapcount)",
              quote(tool, len, 40, q, sizeof q));
      return -1;
   }
   p->valgrind = attr_name(r, line, "profile", "valgrind", 0, 0);
   if (r->failed)
      return -1;
   const char *metrics = attr_raw(r, "metrics", &len);
   if (!metrics) {
      fail_at(r, line, "<profile> without the metrics attribute (the list of metrics)");
      return -1;
   }
   if (read_name_list(r, line, "metrics", metrics, len, &p->metrics,
                      &p->nmetrics, 0) < 0)
      return -1;
   const char *program = attr_raw(r, "program-metrics", &len);
   if (program && read_name_list(r, line, "program-metrics", program, len,
                                 &p->program_metrics, &p->nprogram_metrics,
                                 1) < 0)
      return -1;
   r->got = malloc(p->nmetrics * sizeof *r->got);
   if (!r->got)
      return oom(r);
   /* the metrics of regions and sites first, the program-wide last */
   size_t k = 0;
   for (int pass = 0; pass < 2; pass++)
      for (size_t i = 0; i < p->nmetrics; i++)
         if (profile_is_program_metric(p, p->metrics[i]) == pass)
            r->got[k++].name = p->metrics[i];
   for (size_t i = 0; i < p->nmetrics; i++)
      p->metrics[i] = r->got[i].name;
   p->nregion_metrics = r->nregion_metrics = p->nmetrics - p->nprogram_metrics;
   return 0;
}

/* ---- metrics as attributes --------------------------------------------- */

static int compute_code(const struct reader *r, const xmlChar *name)
{
   static const struct { const char *name; int code; } fixed[] = {
      { "name", A_NAME }, { "file", A_FILE }, { "line", A_LINE },
      { "object", A_OBJECT }, { "stack", A_STACK }, { "from", A_FROM },
      { "to", A_TO }, { "calls", A_CALLS }, { "id", A_ID },
      { "parent", A_PARENT }, { "frame", A_FRAME }
   };
   const char *s = (const char *)name;
   for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
      if (strcmp(s, fixed[i].name) == 0)
         return fixed[i].code;
   size_t idx = strtab_find(&r->p->names, s, strlen(s));
   for (size_t i = 0; idx != (size_t)-1 && i < r->p->nmetrics; i++)
      if (r->p->metrics[i] == strtab_key(&r->p->names, idx))
         return (int)i;
   return A_OTHER;
}

/* The code of attribute NAME, remembered by the pointer libxml2 interned
   it under. */
static int attr_code(struct reader *r, const xmlChar *name)
{
   size_t h = ((uintptr_t)name >> 4) & (ACACHE - 1);
   for (size_t k = 0; k < ACACHE; k++, h = (h + 1) & (ACACHE - 1)) {
      if (r->acache[h].name == name)
         return r->acache[h].code;
      if (!r->acache[h].name)
         break;
   }
   int code = compute_code(r, name);
   if (!r->acache[h].name && r->nacache < ACACHE / 2) {
      r->acache[h].name = name;
      r->acache[h].code = code;
      r->nacache++;
   }
   return code;
}

/* What the attributes of a cost element hold besides metrics. */
struct cost_attrs {
   const char *v[11];       /* by -code - 2: name, file, line, object, stack,
                               from, to, calls, id, parent, frame */
   size_t len[11];
};

/* Reads the attributes of <summary>, <region>, <function> or <site> into
   CA and the metrics into r->got (in attribute order). */
static int read_cost_attrs(struct reader *r, int line, const char *elem,
                           struct cost_attrs *ca)
{
   memset(ca, 0, sizeof *ca);
   r->ngot = 0;
   for (int i = 0; i < r->nattrs; i++) {
      const xmlChar **at = r->attrs + 5 * i;
      int code = at[1] ? A_OTHER : attr_code(r, at[0]);
      const char *v = (const char *)at[3];
      size_t len = (size_t)(at[4] - at[3]);
      if (code >= 0) {
         struct metric *m = &r->got[r->ngot++];
         m->name = r->p->metrics[code];
         const char *why = parse_unsigned(v, v + len, UINT64_MAX, &m->value);
         if (why) {
            char q[200];
            fail_at(r, line, "metric %s: value \"%s\" %s (expected an unsigned 64-bit integer)",
                    m->name, quote(v, len, 40, q, sizeof q), why);
            return -1;
         }
      } else if (code != A_OTHER) {
         ca->v[-code - 2] = v;
         ca->len[-code - 2] = len;
      } else {
         char q[200];
         fail_at(r, line, "<%s> attribute %s%s%s is not a metric of this profile (not in the metrics list)",
                 elem, at[1] ? (const char *)at[1] : "", at[1] ? ":" : "",
                 quote((const char *)at[0], strlen((const char *)at[0]), 60,
                       q, sizeof q));
         return -1;
      }
   }
   return 0;
}

/* The metrics read for <summary> or <region>: every one it must carry,
   in the list's order, into L (malloc'd). */
static int keep_totals(struct reader *r, int line, const char *elem,
                       int is_region, struct metric_list *l)
{
   struct profile *p = r->p;
   size_t need = is_region ? r->nregion_metrics : p->nmetrics;
   if (is_region)
      for (size_t i = 0; i < r->ngot; i++)
         if (profile_is_program_metric(p, r->got[i].name)) {
            fail_at(r, line, "<region> with %s, a program-wide metric (program-metrics)",
                    r->got[i].name);
            return -1;
         }
   if (r->ngot != need) {
      for (size_t k = 0; k < p->nmetrics; k++) {
         if (is_region && profile_is_program_metric(p, p->metrics[k]))
            continue;
         if (!metric_find(&(struct metric_list){ r->got, r->ngot, 0 },
                          p->metrics[k])) {
            fail_at(r, line, "<%s> without metric %s (every metric of the list must be there)",
                    elem, p->metrics[k]);
            return -1;
         }
      }
   }
   l->v = malloc((need ? need : 1) * sizeof *l->v);
   if (!l->v)
      return oom(r);
   l->cap = need ? need : 1;
   l->n = 0;
   for (size_t k = 0; k < p->nmetrics; k++) {
      const struct metric *m = metric_find(&(struct metric_list){ r->got, r->ngot, 0 },
                                           p->metrics[k]);
      if (m)
         l->v[l->n++] = *m;
   }
   return 0;
}

/* The metrics not 0 read for <function> or <site>, into L in the arena. */
static int keep_nonzero(struct reader *r, struct metric_list *l)
{
   size_t n = 0;
   for (size_t i = 0; i < r->ngot; i++)
      if (r->got[i].value)
         r->got[n++] = r->got[i];
   l->n = n;
   l->cap = 0;
   l->v = NULL;
   if (n == 0)
      return 0;
   l->v = profile_alloc(r->store, n * sizeof *l->v);
   if (!l->v)
      return oom(r);
   memcpy(l->v, r->got, n * sizeof *l->v);
   return 0;
}

/* ---- <summary> and <region> -------------------------------------------- */

static int start_summary(struct reader *r, int line)
{
   struct cost_attrs ca;
   r->costs = &r->p->summary;
   if (read_cost_attrs(r, line, "summary", &ca) < 0)
      return -1;
   return keep_totals(r, line, "summary", 0, &r->p->summary.metrics);
}

static int start_region(struct reader *r, int line)
{
   struct profile *p = r->p;
   struct cost_attrs ca;
   char q[200];
   if (read_cost_attrs(r, line, "region", &ca) < 0)
      return -1;
   if (!ca.v[0]) {
      fail_at(r, line, "<region> without the name attribute");
      return -1;
   }
   char *name = name_copy(r, ca.v[0], ca.len[0], 1, 0);
   if (!name)
      return -1;
   size_t idx;
   int added;
   if (strtab_add(&r->region_names, name, strlen(name), &idx, &added) < 0) {
      free(name);
      return oom(r);
   }
   if (!added) {
      fail_at(r, line, "duplicate region \"%s\"",
              quote(name, strlen(name), 100, q, sizeof q));
      free(name);
      return -1;
   }
   struct region *nr = realloc(p->regions, (p->nregions + 1) * sizeof *nr);
   if (!nr) {
      free(name);
      return oom(r);
   }
   p->regions = nr;
   struct region *rg = &p->regions[p->nregions++];
   memset(rg, 0, sizeof *rg);
   rg->name = name;
   r->costs = &rg->costs;
   return keep_totals(r, line, "region", 1, &rg->costs.metrics);
}

/* ---- <function> -------------------------------------------------------- */

static int start_function(struct reader *r, int line)
{
   struct costs *c = r->costs;
   struct cost_attrs ca;
   static const char *const need[] = { "name", "file", "line" };
   if (read_cost_attrs(r, line, "function", &ca) < 0)
      return -1;
   for (int i = 0; i < 3; i++)
      if (!ca.v[i]) {
         fail_at(r, line, "<function> without the %s attribute", need[i]);
         return -1;
      }
   uint64_t ln;
   if (attr_number(r, line, "function", "line", ca.v[2], ca.len[2], UINT_MAX,
                   &ln) < 0)
      return -1;
   struct function *nf = grow_array(c->functions, &c->capfunctions,
                                    c->nfunctions, sizeof *nf);
   if (!nf)
      return oom(r);
   c->functions = nf;
   struct function *f = &c->functions[c->nfunctions++];
   memset(f, 0, sizeof *f);
   f->line = (unsigned)ln;
   f->name = name_copy(r, ca.v[0], ca.len[0], 1, 1);
   f->file = name_copy(r, ca.v[1], ca.len[1], 1, 1);
   if (ca.v[3])
      f->object = name_copy(r, ca.v[3], ca.len[3], 1, 1);
   if (r->failed)
      return -1;
   return keep_nonzero(r, &f->metrics);
}

/* ---- the frame table --------------------------------------------------- */

static int valid_ip(const char *s, size_t len)
{
   if (len < 3 || s[0] != '0' || s[1] != 'x')
      return 0;
   for (size_t i = 2; i < len; i++)
      if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
         return 0;
   return 1;
}

static int start_frame(struct reader *r, int line)
{
   static const char *const need[] = { "id", "ip", "name", "file", "line" };
   const char *v[5];
   size_t len[5];
   char q[200];
   for (int i = 0; i < 5; i++) {
      v[i] = attr_raw(r, need[i], &len[i]);
      if (!v[i]) {
         fail_at(r, line, "<frame> without the %s attribute", need[i]);
         return -1;
      }
   }
   uint64_t id, ln;
   if (attr_number(r, line, "frame", "id", v[0], len[0], UINT32_MAX, &id) < 0
       || attr_number(r, line, "frame", "line", v[4], len[4], UINT_MAX,
                      &ln) < 0)
      return -1;
   if (id == 0) {
      fail_at(r, line, "<frame> id 0: ids are positive integers");
      return -1;
   }
   if (!valid_ip(v[1], len[1])) {
      fail_at(r, line, "<frame> ip \"%s\" is not a lower-case hex address (0x...)",
              quote(v[1], len[1], 40, q, sizeof q));
      return -1;
   }
   struct profile *p = r->p;
   struct frame *ns = grow_array(p->frame_store, &r->capstore, r->ndefs,
                                 sizeof *ns);
   struct frame_def *nd = ns ? grow_array(r->defs, &r->capdefs, r->ndefs,
                                          sizeof *nd) : NULL;
   if (ns)
      p->frame_store = ns;
   if (!nd)
      return oom(r);
   r->defs = nd;
   struct frame *f = &p->frame_store[r->ndefs];
   memset(f, 0, sizeof *f);
   r->defs[r->ndefs].id = (unsigned)id;
   r->defs[r->ndefs].line = (unsigned)line;
   r->defs[r->ndefs].index = r->ndefs;
   r->ndefs++;
   f->id = (unsigned)id;
   f->line = (unsigned)ln;
   f->ip = profile_strndup(r->store, v[1], len[1]);
   f->name = name_copy(r, v[2], len[2], 1, 1);
   f->file = name_copy(r, v[3], len[3], 1, 1);
   f->object = attr_name(r, line, "frame", "object", 0, 1);
   if (r->failed || !f->ip)
      return r->failed ? -1 : oom(r);
   return 0;
}

static int cmp_defs(const void *a, const void *b)
{
   const struct frame_def *x = a, *y = b;
   if (x->id != y->id)
      return x->id < y->id ? -1 : 1;
   return (x->line > y->line) - (x->line < y->line);
}

/* </frames>: the table in file order, and by id: a direct array when the
   ids are dense (as the tools write them), else sorted for bsearch. */
static int end_frames(struct reader *r, int line)
{
   struct profile *p = r->p;
   if (r->ndefs == 0) {
      fail_at(r, line, "<frames> without any <frame>");
      return -1;
   }
   p->frames = malloc(r->ndefs * sizeof *p->frames);
   if (!p->frames)
      return oom(r);
   p->nframes = r->ndefs;
   unsigned max = 0;
   r->ids_in_order = 1;
   for (size_t i = 0; i < r->ndefs; i++) {
      p->frames[i] = &p->frame_store[i];
      if (r->defs[i].id > max)
         max = r->defs[i].id;
      r->ids_in_order &= r->defs[i].id == i + 1;
   }
   if (r->ids_in_order) {
      /* ids 1..n: no table */
   } else if ((size_t)max <= 4 * r->ndefs + 1024) {
      r->by_id = calloc((size_t)max + 1, sizeof *r->by_id);
      if (!r->by_id)
         return oom(r);
      r->nby_id = (size_t)max + 1;
      for (size_t i = 0; i < r->ndefs; i++) {
         if (r->by_id[r->defs[i].id]) {
            fail_at(r, (int)r->defs[i].line, "duplicate frame id %u",
                    r->defs[i].id);
            return -1;
         }
         r->by_id[r->defs[i].id] = &p->frame_store[i];
      }
   } else {
      qsort(r->defs, r->ndefs, sizeof *r->defs, cmp_defs);
      for (size_t i = 1; i < r->ndefs; i++)
         if (r->defs[i].id == r->defs[i - 1].id) {
            fail_at(r, (int)r->defs[i].line, "duplicate frame id %u",
                    r->defs[i].id);
            return -1;
         }
   }
   r->frames_done = 1;
   atomic_store_explicit(&r->frames_ready, 1, memory_order_release);
   return 0;
}

static struct frame *frame_by_id(const struct reader *t, unsigned id)
{
   if (t->ids_in_order)
      return id - 1 < t->ndefs ? &t->p->frame_store[id - 1] : NULL;
   if (t->by_id)
      return id < t->nby_id ? t->by_id[id] : NULL;
   size_t lo = 0, hi = t->ndefs;
   while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (t->defs[mid].id == id)
         return &t->p->frame_store[t->defs[mid].index];
      if (t->defs[mid].id < id)
         lo = mid + 1;
      else
         hi = mid;
   }
   return NULL;
}

/* ---- <site> ------------------------------------------------------------ */

static int read_stack(struct reader *r, int line, const char *v, size_t len,
                      struct site *s)
{
   const struct reader *t = r->table ? r->table : r;
   const char *e = v + len;
   size_t n = 0;
   char q[200];
   if (!t->frames_done && !r->range) {
      fail_at(r, line, "<site> before <frames>: a stack needs the frame table first");
      return -1;
   }
   for (const char *c = v;;) {
      while (c < e && is_space(*c))
         c++;
      if (c == e)
         break;
      uint64_t id = 0;
      const char *start = c;
      for (; c < e && !is_space(*c); c++) {
         unsigned d = (unsigned)(unsigned char)*c - '0';
         if (d > 9 || id > UINT32_MAX / 10) {
            fail_at(r, line, "<site> stack \"%s\" is not a list of frame ids",
                    quote(v, len, 60, q, sizeof q));
            return -1;
         }
         id = id * 10 + d;
      }
      /* a range reader keeps the id, resolved once the table is complete
         (reader_resolve_range) */
      struct frame *f = r->range ? (struct frame *)(uintptr_t)id
                        : id <= UINT32_MAX ? frame_by_id(t, (unsigned)id)
                        : NULL;
      if (!f || id > UINT32_MAX) {
         fail_at(r, line, "<site> stack: frame id %s is not in <frames>",
                 quote(start, (size_t)(c - start), 20, q, sizeof q));
         return -1;
      }
      struct frame **ns = grow_array(r->stackbuf, &r->capstack, n,
                                     sizeof *ns);
      if (!ns)
         return oom(r);
      r->stackbuf = ns;
      r->stackbuf[n++] = f;
   }
   if (n == 0) {
      fail_at(r, line, "<site> with an empty stack");
      return -1;
   }
   s->frames = profile_alloc(r->store, n * sizeof *s->frames);
   if (!s->frames)
      return oom(r);
   memcpy(s->frames, r->stackbuf, n * sizeof *s->frames);
   s->nframes = n;
   return 0;
}

/* <site stack="..." metrics...>: the hot path of a big heap profile, so
   the metrics go straight into the site's values. */
static int start_site(struct reader *r, int line)
{
   struct costs *c = r->costs;
   size_t nvalues = r->p->nregion_metrics;
   struct site *ns = grow_array(c->sites, &c->capsites, c->nsites,
                                sizeof *ns);
   if (!ns)
      return oom(r);
   c->sites = ns;
   struct site *s = &c->sites[c->nsites++];
   s->frames = NULL;
   s->nframes = 0;
   s->values = profile_alloc(r->store, (nvalues ? nvalues : 1)
                                       * sizeof *s->values);
   if (!s->values)
      return oom(r);
   memset(s->values, 0, nvalues * sizeof *s->values);
   const char *stack = NULL;
   size_t stacklen = 0;
   for (int i = 0; i < r->nattrs; i++) {
      const xmlChar **at = r->attrs + 5 * i;
      int code = at[1] ? A_OTHER : attr_code(r, at[0]);
      const char *v = (const char *)at[3];
      size_t len = (size_t)(at[4] - at[3]);
      char q[200];
      if (code >= 0 && (size_t)code < nvalues) {
         const char *why = parse_unsigned(v, v + len, UINT64_MAX,
                                          &s->values[code]);
         if (why) {
            fail_at(r, line, "metric %s: value \"%s\" %s (expected an unsigned 64-bit integer)",
                    r->p->metrics[code], quote(v, len, 40, q, sizeof q),
                    why);
            return -1;
         }
      } else if (code == A_STACK) {
         stack = v;
         stacklen = len;
      } else if (code >= 0) {
         fail_at(r, line, "<site> with %s, a program-wide metric (program-metrics)",
                 r->p->metrics[code]);
         return -1;
      } else {
         fail_at(r, line, "<site> attribute %s%s%s is not a metric of this profile (not in the metrics list)",
                 at[1] ? (const char *)at[1] : "", at[1] ? ":" : "",
                 quote((const char *)at[0], strlen((const char *)at[0]), 60,
                       q, sizeof q));
         return -1;
      }
   }
   if (!stack) {
      fail_at(r, line, "<site> without the stack attribute");
      return -1;
   }
   return read_stack(r, line, stack, stacklen, s);
}

/* ---- <call> and <node>: the call graph --------------------------------- */

/* The frame whose id is attribute A (index in ca) of ELEM. */
static struct frame *frame_attr(struct reader *r, int line, const char *elem,
                                const char *attr, const char *v, size_t len)
{
   uint64_t id;
   if (!v) {
      fail_at(r, line, "<%s> without the %s attribute", elem, attr);
      return NULL;
   }
   if (attr_number(r, line, elem, attr, v, len, UINT32_MAX, &id) < 0)
      return NULL;
   if (!r->frames_done) {
      fail_at(r, line, "<%s> before <frames>: it needs the frame table first",
              elem);
      return NULL;
   }
   struct frame *f = id ? frame_by_id(r, (unsigned)id) : NULL;
   if (!f)
      fail_at(r, line, "<%s> %s: frame id %llu is not in <frames>", elem,
              attr, (unsigned long long)id);
   return f;
}

/* <call from="ID" to="ID" calls="N" metrics...> */
static int start_call(struct reader *r, int line)
{
   struct costs *c = r->costs;
   struct cost_attrs ca;
   uint64_t n;
   if (read_cost_attrs(r, line, "call", &ca) < 0)
      return -1;
   if (ca.v[0] || ca.v[1] || ca.v[2] || ca.v[3] || ca.v[4] || ca.v[8]
       || ca.v[9] || ca.v[10]) {
      fail_at(r, line, "<call> takes from, to, calls and metrics only");
      return -1;
   }
   struct frame *from = frame_attr(r, line, "call", "from", ca.v[5], ca.len[5]);
   struct frame *to = from ? frame_attr(r, line, "call", "to", ca.v[6], ca.len[6])
                           : NULL;
   if (!to)
      return -1;
   if (!ca.v[7]) {
      fail_at(r, line, "<call> without the calls attribute");
      return -1;
   }
   if (attr_number(r, line, "call", "calls", ca.v[7], ca.len[7], UINT64_MAX,
                   &n) < 0)
      return -1;
   struct call_edge *ne = grow_array(c->calls, &c->capcalls, c->ncalls,
                                     sizeof *ne);
   if (!ne)
      return oom(r);
   c->calls = ne;
   struct call_edge *e = &c->calls[c->ncalls++];
   memset(e, 0, sizeof *e);
   e->from = from;
   e->to = to;
   e->calls = n;
   return keep_nonzero(r, &e->metrics);
}

/* <node id="N" parent="P" frame="ID" calls="N" metrics...>: ids are 1, 2,
   3, ... in the order of the file, and a parent comes before its
   children (0: the root), as the tools write them. */
static int start_node(struct reader *r, int line)
{
   struct costs *c = r->costs;
   struct cost_attrs ca;
   uint64_t id, parent, n;
   if (read_cost_attrs(r, line, "node", &ca) < 0)
      return -1;
   if (ca.v[0] || ca.v[1] || ca.v[2] || ca.v[3] || ca.v[4] || ca.v[5]
       || ca.v[6]) {
      fail_at(r, line, "<node> takes id, parent, frame, calls and metrics only");
      return -1;
   }
   static const char *const need[] = { "calls", "id", "parent" };
   for (int i = 0; i < 3; i++)
      if (!ca.v[7 + i]) {
         fail_at(r, line, "<node> without the %s attribute", need[i]);
         return -1;
      }
   if (attr_number(r, line, "node", "id", ca.v[8], ca.len[8], UINT64_MAX, &id) < 0
       || attr_number(r, line, "node", "parent", ca.v[9], ca.len[9], UINT64_MAX,
                      &parent) < 0
       || attr_number(r, line, "node", "calls", ca.v[7], ca.len[7], UINT64_MAX,
                      &n) < 0)
      return -1;
   if (id != c->nnodes + 1) {
      fail_at(r, line, "<node> id %llu where %llu was due (ids are 1, 2, 3, ... in file order)",
              (unsigned long long)id, (unsigned long long)(c->nnodes + 1));
      return -1;
   }
   if (parent >= id) {
      fail_at(r, line, "<node> %llu: parent %llu does not come before it",
              (unsigned long long)id, (unsigned long long)parent);
      return -1;
   }
   struct frame *f = frame_attr(r, line, "node", "frame", ca.v[10], ca.len[10]);
   if (!f)
      return -1;
   struct call_node *nn = grow_array(c->nodes, &c->capnodes, c->nnodes,
                                     sizeof *nn);
   if (!nn)
      return oom(r);
   c->nodes = nn;
   struct call_node *node = &c->nodes[c->nnodes++];
   memset(node, 0, sizeof *node);
   node->parent = parent ? (size_t)parent - 1 : CALL_NODE_ROOT;
   node->frame = f;
   node->calls = n;
   return keep_nonzero(r, &node->metrics);
}

/* ---- the other children of <profile> ----------------------------------- */

static int start_option(struct reader *r, int line)
{
   struct profile *p = r->p;
   char *name = attr_name(r, line, "option", "name", 1, 0);
   char *value = name ? attr_name(r, line, "option", "value", 1, 0) : NULL;
   struct option_pair *no = value ? realloc(p->options,
                                            (p->noptions + 1) * sizeof *no)
                                  : NULL;
   if (!no) {
      free(name);
      free(value);
      return r->failed ? -1 : oom(r);
   }
   p->options = no;
   p->options[p->noptions].name = name;
   p->options[p->noptions].value = value;
   p->noptions++;
   return 0;
}

static int start_partial(struct reader *r, int line)
{
   r->p->partial = attr_name(r, line, "partial", "reason", 1, 0);
   return r->p->partial ? 0 : -1;
}

/* A child of <profile>: in the schema's order, each once but <option>
   and <region>. */
static int profile_child(struct reader *r, const char *name, int line,
                         enum ctx *out)
{
   static const struct { const char *name; enum phase ph; enum ctx c; } kids[] = {
      { "command", PH_COMMAND, C_COMMAND }, { "pid", PH_PID, C_PID },
      { "ppid", PH_PPID, C_PPID }, { "partial", PH_PARTIAL, C_PARTIAL },
      { "option", PH_OPTION, C_OPTION }, { "frames", PH_FRAMES, C_FRAMES },
      { "summary", PH_SUMMARY, C_COSTS }, { "region", PH_REGION, C_COSTS }
   };
   size_t k = 0;
   while (k < sizeof kids / sizeof kids[0] && strcmp(kids[k].name, name) != 0)
      k++;
   if (k == sizeof kids / sizeof kids[0]) {
      char q[200];
      fail_at(r, line, "unexpected element <%s>",
              quote(name, strlen(name), 60, q, sizeof q));
      return -1;
   }
   enum phase ph = kids[k].ph;
   if (ph == r->phase && ph != PH_OPTION && ph != PH_REGION) {
      fail_at(r, line, "more than one <%s>", name);
      return -1;
   }
   if (ph < r->phase) {
      fail_at(r, line, "<%s> after <%s> (the order is command, pid, ppid, partial, option, frames, summary, region)",
              name, phase_names[r->phase]);
      return -1;
   }
   if (ph == PH_REGION && r->phase < PH_SUMMARY) {
      fail_at(r, line, "<region> before <summary>");
      return -1;
   }
   r->phase = ph;
   *out = kids[k].c;
   r->textlen = 0;
   switch (ph) {
   case PH_COMMAND:
      r->seen_command = 1;
      return 0;
   case PH_PARTIAL:
      return start_partial(r, line);
   case PH_OPTION:
      return start_option(r, line);
   case PH_SUMMARY:
      return start_summary(r, line);
   case PH_REGION:
      return start_region(r, line);
   default:
      return 0;
   }
}

/* Which child NAME may appear in context C, and what it opens. */
static int child_ctx(struct reader *r, enum ctx c, const char *name,
                     int line, enum ctx *out)
{
   switch (c) {
   case C_DOC:
      if (strcmp(name, "profile") == 0) {
         *out = C_PROFILE;
         return start_profile(r, line);
      }
      {
         char q[200];
         fail_at(r, line, "root element is <%s>, not <profile>: not a benchgrind profile",
                 quote(name, strlen(name), 60, q, sizeof q));
      }
      return -1;
   case C_PROFILE:
      if (r->range)
         break;
      return profile_child(r, name, line, out);
   case C_FRAMES:
      if (strcmp(name, "frame") == 0) {
         *out = C_FRAME;
         return start_frame(r, line);
      }
      break;
   case C_COSTS:
      if (strcmp(name, "site") == 0) {
         *out = C_SITE;
         return start_site(r, line);
      } else if (strcmp(name, "function") == 0 && !r->range) {
         *out = C_FUNCTION;
         return start_function(r, line);
      } else if (strcmp(name, "call") == 0 && !r->range) {
         *out = C_CALL;
         return start_call(r, line);
      } else if (strcmp(name, "node") == 0 && !r->range) {
         *out = C_NODE;
         return start_node(r, line);
      }
      break;
   default:
      break;
   }
   char q[200];
   fail_at(r, line, "unexpected element <%s>",
           quote(name, strlen(name), 60, q, sizeof q));
   return -1;
}

static int append_text(struct reader *r, const char *s, size_t n)
{
   if (r->textlen + n > 1 << 20) {
      fail_at(r, node_line(r), "text longer than 1 MiB");
      return -1;
   }
   char *t = realloc(r->text, r->textlen + n + 1);
   if (!t)
      return oom(r);
   memcpy(t + r->textlen, s, n);
   t[r->textlen + n] = '\0';
   r->text = t;
   r->textlen += n;
   return 0;
}

static int end_ctx(struct reader *r, enum ctx c, int line)
{
   uint64_t v;
   const char *why;
   switch (c) {
   case C_COMMAND:
      r->p->command = name_copy(r, r->text ? r->text : "", r->textlen, 0, 0);
      return r->p->command ? 0 : -1;
   case C_PID:
   case C_PPID:
      why = parse_unsigned(r->text ? r->text : "",
                           r->text ? r->text + r->textlen : "", UINT_MAX,
                           &v);
      if (why) {
         fail_at(r, line, "<%s> %s", c == C_PID ? "pid" : "ppid", why);
         return -1;
      }
      if (c == C_PID) {
         r->p->pid = (unsigned)v;
         r->p->has_pid = 1;
      } else {
         r->p->ppid = (unsigned)v;
         r->p->has_ppid = 1;
      }
      return 0;
   case C_FRAMES:
      return end_frames(r, line);
   case C_PROFILE:
      if (r->range)
         return 0;
      if (!r->seen_command) {
         fail_at(r, line, "<profile> without <command>");
         return -1;
      }
      if (r->phase < PH_SUMMARY) {
         fail_at(r, line, "<profile> without <summary>");
         return -1;
      }
      return 0;
   default:
      return 0;
   }
}

/* ---- SAX callbacks ----------------------------------------------------- */

static void on_start(void *ctx, const xmlChar *localname,
                     const xmlChar *prefix, const xmlChar *uri, int nns,
                     const xmlChar **ns, int nattrs, int ndefaulted,
                     const xmlChar **attrs)
{
   struct reader *r = ctx;
   const char *name = (const char *)localname;
   (void)uri;
   (void)nns;
   (void)ns;
   (void)ndefaulted;
   if (r->failed)
      return;
   if (r->skip_starts > 0) {
      r->skip_starts--;
      return;
   }
   int line = node_line(r);
   enum ctx parent = r->depth ? r->stack[r->depth - 1] : C_DOC;
   enum ctx c = C_DOC;
   if (prefix) {
      char q[200], qp[100];
      fail_at(r, line, "unexpected element <%s:%s>",
              quote((const char *)prefix, strlen((const char *)prefix), 30,
                    qp, sizeof qp),
              quote(name, strlen(name), 60, q, sizeof q));
      return;
   }
   if (r->depth == MAX_DEPTH) {
      fail_at(r, line, "elements nested too deeply");
      return;
   }
   r->attrs = attrs;
   r->nattrs = nattrs;
   int rc = child_ctx(r, parent, name, line, &c);
   r->attrs = NULL;
   r->nattrs = 0;
   if (rc < 0)
      return;
   if (parent == C_DOC)
      r->seen_root = 1;
   r->stack[r->depth++] = c;
}

static void on_end(void *ctx, const xmlChar *localname,
                   const xmlChar *prefix, const xmlChar *uri)
{
   struct reader *r = ctx;
   (void)localname;
   (void)prefix;
   (void)uri;
   if (r->failed || r->depth == 0)
      return;
   end_ctx(r, r->stack[--r->depth], node_line(r));
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
   struct reader *r = ctx;
   const char *s = (const char *)ch;
   if (r->failed || r->depth == 0 || len <= 0)
      return;
   enum ctx c = r->stack[r->depth - 1];
   if (c == C_COMMAND || c == C_PID || c == C_PPID) {
      append_text(r, s, (size_t)len);
      return;
   }
   for (int i = 0; i < len; i++) {
      if (!is_space(s[i])) {
         /* the parser is at the end of the text: the line of its first
            visible character is before that */
         int line = node_line(r);
         for (int k = i; k < len; k++)
            line -= s[k] == '\n';
         char q[200];
         fail_at(r, line, "unexpected text \"%s\"",
                 quote(s + i, (size_t)(len - i), 40, q, sizeof q));
         return;
      }
   }
}

/* A range reader must see sites and white space only. */
static void on_range_other(void *ctx, const xmlChar *a, const xmlChar *b)
{
   struct reader *r = ctx;
   (void)a;
   (void)b;
   fail_at(r, node_line(r), "not a site");
}

static void on_range_comment(void *ctx, const xmlChar *a)
{
   on_range_other(ctx, a, NULL);
}

static void on_range_cdata(void *ctx, const xmlChar *a, int len)
{
   (void)len;
   on_range_other(ctx, a, NULL);
}

static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *eid,
                       const xmlChar *sid)
{
   struct reader *r = ctx;
   (void)name;
   (void)eid;
   (void)sid;
   fail_at(r, node_line(r), "DOCTYPE declarations are not allowed in a profile");
}

static void on_entity_decl(void *ctx, const xmlChar *name, int type,
                           const xmlChar *pid, const xmlChar *sid,
                           xmlChar *content)
{
   struct reader *r = ctx;
   (void)name;
   (void)type;
   (void)pid;
   (void)sid;
   (void)content;
   fail_at(r, node_line(r), "entity declarations are not allowed in a profile");
}

static xmlEntityPtr on_get_entity(void *ctx, const xmlChar *name)
{
   (void)ctx;
   return xmlGetPredefinedEntity(name);
}

static void on_reference(void *ctx, const xmlChar *name)
{
   struct reader *r = ctx;
   char q[200];
   fail_at(r, node_line(r), "entity reference &%s; not allowed in a profile",
           quote((const char *)name, strlen((const char *)name), 40, q,
                 sizeof q));
}

/* ---- readers ----------------------------------------------------------- */

static struct reader *reader_alloc(const char *name,
                                   struct profile_error *err)
{
   struct reader *r = calloc(1, sizeof *r);
   err->msg[0] = '\0';
   if (!r) {
      snprintf(err->msg, sizeof err->msg, "%s: out of memory", name);
      return NULL;
   }
   r->name = term_escape_buf(name, r->shown_name, sizeof r->shown_name);
   r->err = err;
   return r;
}

struct reader *reader_new(const char *name, struct profile_error *err)
{
   struct reader *r = reader_alloc(name, err);
   if (!r)
      return NULL;
   r->p = r->store = calloc(1, sizeof *r->p);
   if (!r->p) {
      free(r);
      snprintf(err->msg, sizeof err->msg, "%s: out of memory", name);
      return NULL;
   }
   return r;
}

static int create_parser(struct reader *r)
{
   xmlSAXHandler sax;
   memset(&sax, 0, sizeof sax);
   sax.initialized = XML_SAX2_MAGIC;
   sax.startElementNs = on_start;
   sax.endElementNs = on_end;
   sax.characters = on_text;
   sax.ignorableWhitespace = on_text;
   sax.cdataBlock = r->range ? on_range_cdata : on_text;
   sax.internalSubset = on_doctype;
   sax.externalSubset = on_doctype;
   sax.entityDecl = on_entity_decl;
   sax.getEntity = on_get_entity;
   sax.getParameterEntity = on_get_entity;
   sax.reference = on_reference;
   sax.serror = on_xml_error;
   if (r->range) {
      sax.comment = on_range_comment;
      sax.processingInstruction = on_range_other;
   }
   xmlSetGenericErrorFunc(NULL, silent_generic);
   r->ctxt = xmlCreatePushParserCtxt(&sax, r, NULL, 0, NULL);
   if (!r->ctxt) {
      fail_at(r, 0, "cannot create an XML parser");
      return -1;
   }
   /* no network, no DTD loading, no entity substitution */
   xmlCtxtUseOptions(r->ctxt, XML_PARSE_NONET);
   memcpy(r->ctxt->sax, &sax, sizeof sax);
   r->ctxt->userData = r;
   r->ctxt->replaceEntities = 0;
   r->ctxt->loadsubset = 0;
   r->ctxt->validate = 0;
   return 0;
}

int reader_feed(struct reader *r, const char *buf, size_t len, int terminate)
{
   if (r->failed)
      return -1;
   if (!r->ctxt && create_parser(r) < 0)
      return -1;
   while (len > 0 || terminate) {
      /* xmlParseChunk takes an int */
      int n = len > (1u << 30) ? 1 << 30 : (int)len;
      int last = terminate && (size_t)n == len;
      if (xmlParseChunk(r->ctxt, buf, n, last) != 0 && !r->failed)
         fail_at(r, node_line(r), "malformed XML");
      if (r->failed || last)
         break;
      buf += n;
      len -= (size_t)n;
   }
   return r->failed ? -1 : 0;
}

static void reader_free(struct reader *r)
{
   if (r->ctxt)
      xmlFreeParserCtxt(r->ctxt);
   free(r->text);
   free(r->got);
   free(r->stackbuf);
   free(r->defs);
   free(r->by_id);
   strtab_free(&r->region_names);
   free(r);
}

int reader_finish(struct reader *r, size_t total, struct profile **out)
{
   *out = NULL;
   if (!r->failed && total == 0)
      fail_at(r, 0, "empty file, not a profile");
   if (!r->failed && !r->seen_root)
      fail_at(r, 0, "no <profile> element");
   if (!r->failed && r->depth > 0)
      fail_at(r, node_line(r), "malformed XML: premature end of data");
   int failed = r->failed;
   struct profile *p = r->p;
   reader_free(r);
   if (failed) {
      profile_free(p);
      return -1;
   }
   *out = p;
   return 0;
}

/* ---- the two-core load ------------------------------------------------- */

int reader_has_metrics(const struct reader *r)
{
   return !r->failed && r->p->metrics != NULL && r->got != NULL;
}

int reader_in_summary(const struct reader *r)
{
   return !r->failed && r->depth == 2 && r->phase == PH_SUMMARY;
}

int reader_at_summary_site(struct reader *r)
{
   if (!reader_in_summary(r) || !r->ctxt || !r->ctxt->input
       || r->ctxt->instate != XML_PARSER_CONTENT)
      return 0;
   /* what the parser holds back must be white space between elements */
   for (const xmlChar *c = r->ctxt->input->cur; c < r->ctxt->input->end; c++)
      if (!is_space((char)*c))
         return 0;
   return 1;
}

struct reader *reader_new_range(const struct reader *main,
                                struct profile_error *err)
{
   struct reader *r = reader_alloc(main->shown_name, err);
   if (!r)
      return NULL;
   r->range = 1;
   r->table = main;
   r->p = main->p;                    /* read only: metrics, names */
   r->store = calloc(1, sizeof *r->store);
   r->costs = calloc(1, sizeof *r->costs);
   r->got = malloc((main->p->nmetrics ? main->p->nmetrics : 1)
                   * sizeof *r->got);
   if (!r->store || !r->costs || !r->got || create_parser(r) < 0) {
      free(r->store);
      free(r->costs);
      free(r->got);
      r->got = NULL;
      reader_free(r);
      return NULL;
   }
   /* the context the sites sit in */
   r->stack[0] = C_PROFILE;
   r->stack[1] = C_COSTS;
   r->depth = 2;
   r->phase = PH_SUMMARY;
   r->seen_root = r->seen_command = 1;
   r->skip_starts = 2;
   static const char head[] = "<profile><summary>";
   reader_feed(r, head, sizeof head - 1, 0);
   return r;
}

int reader_resolve_range(struct reader *r)
{
   const struct reader *t = r->table;
   if (r->resolved)
      return 0;
   if (r->failed
       || !atomic_load_explicit(&t->frames_ready, memory_order_acquire))
      return -1;
   struct costs *c = r->costs;
   for (size_t i = 0; i < c->nsites; i++) {
      struct site *s = &c->sites[i];
      for (size_t k = 0; k < s->nframes; k++) {
         struct frame *f = frame_by_id(t, (unsigned)(uintptr_t)s->frames[k]);
         if (!f)
            return -1;
         s->frames[k] = f;
      }
   }
   r->resolved = 1;
   return 0;
}

int reader_finish_range(struct reader *r, struct reader *main)
{
   static const char tail[] = "</summary></profile>";
   int ok = reader_feed(r, tail, sizeof tail - 1, 1) == 0 && !r->failed
            && reader_resolve_range(r) == 0;
   struct costs *c = r->costs;
   struct costs *dst = &main->p->summary;
   if (ok) {
      size_t n = dst->nsites + c->nsites;
      struct site *ns = n > dst->capsites
                        ? profile_big_realloc(dst->sites,
                                              dst->nsites * sizeof *ns,
                                              n * sizeof *ns)
                        : dst->sites;
      if (ns) {
         if (n > dst->capsites)
            dst->capsites = n;
         dst->sites = ns;
         memcpy(dst->sites + dst->nsites, c->sites, c->nsites * sizeof *ns);
         dst->nsites = n;
         profile_take_arena(main->p, r->store);
      } else
         ok = 0;
   } else
      ok = 0;
   free(c->functions);
   free(c->sites);
   free(c->metrics.v);
   free(c);
   profile_free(r->store);
   r->p = NULL;
   reader_free(r);
   return ok ? 0 : -1;
}

/* ---- files and buffers ------------------------------------------------- */

int profile_load_memory(const char *buf, size_t len, const char *name,
                        struct profile **out, struct profile_error *err)
{
   *out = NULL;
   struct reader *r = reader_new(name, err);
   if (!r)
      return -1;
   if (len > PROFILE_MAX_BYTES)
      reader_fail(r, "larger than the %zu MiB limit", PROFILE_MAX_BYTES >> 20);
   else if (len > 0)
      reader_feed(r, buf, len, 1);
   return reader_finish(r, len, out);
}

int profile_open_capped(const char *path, uint64_t max, uint64_t *size,
                        struct profile_error *err)
{
   struct stat st;
   char q[200];
   const char *shown = term_escape_buf(path, q, sizeof q);
   /* never block on a FIFO or a device: look before opening */
   if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
      snprintf(err->msg, sizeof err->msg, "%s: not a regular file", shown);
      return -1;
   }
   int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY);
   if (fd < 0) {
      snprintf(err->msg, sizeof err->msg, "%s: %s", shown, strerror(errno));
      return -1;
   }
   if (fstat(fd, &st) < 0) {
      snprintf(err->msg, sizeof err->msg, "%s: %s", shown, strerror(errno));
      close(fd);
      return -1;
   }
   if (!S_ISREG(st.st_mode)) {
      snprintf(err->msg, sizeof err->msg, "%s: not a regular file", shown);
      close(fd);
      return -1;
   }
   if ((uint64_t)st.st_size > max) {
      snprintf(err->msg, sizeof err->msg,
               "%s: larger than the %llu MiB limit", shown,
               (unsigned long long)(max >> 20));
      close(fd);
      return -1;
   }
   *size = (uint64_t)st.st_size;
   return fd;
}

int read_file_capped(const char *path, char **bufp, size_t *lenp,
                     struct profile_error *err)
{
   *bufp = NULL;
   *lenp = 0;
   uint64_t file_size;
   int fd = profile_open_capped(path, PROFILE_MAX_BYTES, &file_size, err);
   if (fd < 0)
      return -1;
   size_t size = (size_t)file_size;
   char *buf = malloc(size + 1);
   if (!buf) {
      snprintf(err->msg, sizeof err->msg, "%s: out of memory", path);
      close(fd);
      return -1;
   }
   size_t got = 0;
   while (got < size) {
      ssize_t n = read(fd, buf + got, size - got);
      if (n < 0 && errno == EINTR)
         continue;
      if (n < 0) {
         snprintf(err->msg, sizeof err->msg, "%s: %s", path,
                  strerror(errno));
         free(buf);
         close(fd);
         return -1;
      }
      if (n == 0)
         break;   /* the file shrank: parse what is there */
      got += (size_t)n;
   }
   close(fd);
   buf[got] = '\0';
   *bufp = buf;
   *lenp = got;
   return 0;
}
