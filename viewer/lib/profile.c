/* profile.c: the profile reader.  Streams a document through libxml2's
   SAX2 parser (no DOM, so memory stays proportional to the data kept),
   checks it against the structure of docs/profile.rng and fills the structs
   of profile.h.  Input is untrusted: no network, no DTD loading, no entity
   substitution, and any DOCTYPE is refused.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#define _GNU_SOURCE   /* strndup */
#include "profile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

enum ctx {
   C_DOC, C_PROFILE, C_COMMAND, C_PID, C_PPID, C_PARTIAL, C_OPTION,
   C_COSTS, C_FUNCTION, C_SITE, C_FRAME, C_METRIC
};

#define MAX_DEPTH 8

struct reader {
   xmlParserCtxtPtr ctxt;
   const xmlChar **attrs;       /* of the element being started: */
   int nattrs;                  /* (name, prefix, URI, value, end) each */
   const char *name;            /* file name for messages */
   struct profile *p;
   struct profile_error *err;
   int failed;
   enum ctx stack[MAX_DEPTH];
   int depth;
   int seen_root, seen_command, seen_summary, seen_pid, seen_ppid,
       seen_partial;
   struct costs *costs;         /* the summary or region being read */
   struct metric_list *metrics; /* where <metric> goes now */
   size_t metrics_stamp;        /* number of that list, for duplicates */
   size_t next_stamp;
   struct site *site;
   struct metric_list scratch;  /* metrics of the current function/site */
   char *text;                  /* text of <command>, <pid>, <ppid> */
   size_t textlen;
   struct strtab region_names;
};

/* ---- errors ------------------------------------------------------------ */

static void fail_at(struct reader *r, int line, const char *fmt, ...)
{
   if (r->failed)
      return;
   r->failed = 1;
   if (r->ctxt)
      xmlStopParser(r->ctxt);
   char detail[400];
   va_list ap;
   va_start(ap, fmt);
   vsnprintf(detail, sizeof detail, fmt, ap);
   va_end(ap);
   if (line > 0)
      snprintf(r->err->msg, sizeof r->err->msg, "%s:%d: %s", r->name, line,
               detail);
   else
      snprintf(r->err->msg, sizeof r->err->msg, "%s: %s", r->name, detail);
}

static int node_line(struct reader *r)
{
   return r->ctxt && r->ctxt->input ? r->ctxt->input->line : 0;
}

static void fail(struct reader *r, const char *fmt, const char *arg)
{
   fail_at(r, node_line(r), fmt, arg);
}

/* libxml2's own diagnostics: keep the first error, print nothing. */
static void on_xml_error(void *arg, xmlErrorPtr e)
{
   struct reader *r = arg;
   if (!e || e->level < XML_ERR_ERROR)
      return;
   char msg[300];
   snprintf(msg, sizeof msg, "%s", e->message ? e->message : "XML error");
   size_t n = strlen(msg);
   while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
      msg[--n] = '\0';
   /* libxml2's push parser calls input that ends inside the root element
      "extra content at the end"; say what it is. */
   if (e->code == XML_ERR_DOCUMENT_END && r->depth > 0)
      fail_at(r, e->line, "malformed XML: premature end of data (truncated file?)");
   else
      fail_at(r, e->line, "malformed XML: %s", msg);
}

static void silent_generic(void *ctx, const char *msg, ...)
{
   (void)ctx;
   (void)msg;
}

/* ---- small helpers ----------------------------------------------------- */

/* Parse an unsigned decimal integer of at most MAX.  Returns 0 on success,
   or a short reason. */
static const char *parse_unsigned(const char *s, uint64_t max, uint64_t *v)
{
   if (*s == '\0')
      return "is empty";
   if (*s == '-')
      return "is negative";
   uint64_t x = 0;
   const char *range = NULL;
   for (const char *c = s; *c; c++) {
      if (*c < '0' || *c > '9')
         return "is not a decimal integer";
      unsigned d = (unsigned)(*c - '0');
      if (x > (max - d) / 10)
         range = "is out of range";
      else
         x = x * 10 + d;
   }
   if (range)
      return range;
   *v = x;
   return NULL;
}

static char *dup_str(struct reader *r, const char *s)
{
   char *d = strdup(s);
   if (!d)
      fail_at(r, 0, "out of memory");
   return d;
}

static void *grow_array(void *v, size_t *cap, size_t n, size_t size)
{
   if (n < *cap)
      return v;
   size_t ncap = *cap ? *cap * 2 : 4;
   void *nv = realloc(v, ncap * size);
   if (nv)
      *cap = ncap;
   return nv;
}

/* Intern LEN bytes of NAME; sets *index to its number. */
static const char *intern_len(struct profile *p, const char *name,
                              size_t len, size_t *index)
{
   size_t i;
   int added;
   if (strtab_add(&p->names, name, len, &i, &added) < 0)
      return NULL;
   if (added && i >= p->capstamp) {
      size_t cap = p->capstamp ? p->capstamp * 2 : 32;
      size_t *st = realloc(p->name_stamp, cap * sizeof *st);
      if (!st)
         return NULL;
      memset(st + p->capstamp, 0, (cap - p->capstamp) * sizeof *st);
      p->name_stamp = st;
      p->capstamp = cap;
   }
   *index = i;
   return strtab_key(&p->names, i);
}

const char *profile_intern(struct profile *p, const char *name)
{
   size_t i;
   return intern_len(p, name, strlen(name), &i);
}

const struct metric *metric_find(const struct metric_list *l,
                                 const char *name)
{
   for (size_t i = 0; i < l->n; i++)
      if (l->v[i].name == name)
         return &l->v[i];
   for (size_t i = 0; i < l->n; i++)
      if (strcmp(l->v[i].name, name) == 0)
         return &l->v[i];
   return NULL;
}

/* ---- the arena --------------------------------------------------------- */

struct arena_block {
   struct arena_block *next;
   size_t used, size;
   max_align_t data[];
};

void *profile_alloc(struct profile *p, size_t size)
{
   size = (size + 15) & ~(size_t)15;
   struct arena_block *b = p->arena;
   if (!b || b->size - b->used < size) {
      size_t bsize = size > ((size_t)1 << 20) ? size : (size_t)1 << 20;
      b = malloc(sizeof *b + bsize);
      if (!b)
         return NULL;
      b->size = bsize;
      b->used = 0;
      b->next = p->arena;
      p->arena = b;
   }
   void *m = (char *)b->data + b->used;
   b->used += size;
   return m;
}

char *profile_strndup(struct profile *p, const char *s, size_t len)
{
   char *d = profile_alloc(p, len + 1);
   if (d) {
      memcpy(d, s, len);
      d[len] = '\0';
   }
   return d;
}

/* Start collecting <metric>s into L. */
static void use_metrics(struct reader *r, struct metric_list *l)
{
   r->metrics = l;
   r->metrics_stamp = ++r->next_stamp;
}

/* ---- attributes -------------------------------------------------------- */

/* The attributes an element may carry; values are copied. */
struct attrs {
   const char *want[5];
   char *got[5];
};

static void attrs_free(struct attrs *a)
{
   for (int i = 0; i < 5; i++) {
      free(a->got[i]);
      a->got[i] = NULL;
   }
}

/* The raw value of attribute NAME (no prefix) of the element being
   started, or NULL. */
static const char *attr_raw(struct reader *r, const char *name, size_t *len)
{
   for (int i = 0; i < r->nattrs; i++) {
      const xmlChar **at = r->attrs + 5 * i;
      if (!at[1] && at[0][0] == (xmlChar)name[0]
          && strcmp((const char *)at[0], name) == 0) {
         *len = (size_t)(at[4] - at[3]);
         return (const char *)at[3];
      }
   }
   return NULL;
}

/* With entity substitution off, libxml2 hands an '&' in an attribute
   value (written "&amp;" or "&#38;") over as the five characters "&#38;",
   while it decodes every other reference.  Turn those back into '&', in
   place. */
static void decode_amp(char *s)
{
   char *o = strstr(s, "&#38;");
   if (!o)
      return;
   for (const char *i = o; *i;) {
      if (strncmp(i, "&#38;", 5) == 0) {
         *o++ = '&';
         i += 5;
      } else
         *o++ = *i++;
   }
   *o = '\0';
}

/* Read the wanted attributes of the current element; others are ignored. */
static int read_attrs(struct reader *r, struct attrs *a)
{
   for (int i = 0; i < 5 && a->want[i]; i++) {
      size_t len;
      const char *v = attr_raw(r, a->want[i], &len);
      if (!v)
         continue;
      a->got[i] = strndup(v, len);
      if (!a->got[i]) {
         fail_at(r, 0, "out of memory");
         return -1;
      }
      decode_amp(a->got[i]);
   }
   return 0;
}

/* The same into the arena: nothing to free. */
static int read_attrs_arena(struct reader *r, struct attrs *a)
{
   for (int i = 0; i < 5 && a->want[i]; i++) {
      size_t len;
      const char *v = attr_raw(r, a->want[i], &len);
      if (!v)
         continue;
      a->got[i] = profile_strndup(r->p, v, len);
      if (!a->got[i]) {
         fail_at(r, 0, "out of memory");
         return -1;
      }
      decode_amp(a->got[i]);
   }
   return 0;
}

static int require(struct reader *r, int line, const char *elem,
                   struct attrs *a, int count)
{
   for (int i = 0; i < count; i++) {
      if (!a->got[i]) {
         fail_at(r, line, "<%s> without the %s attribute", elem, a->want[i]);
         return -1;
      }
   }
   return 0;
}

static int parse_line_attr(struct reader *r, int line, const char *elem,
                           const char *s, unsigned *out)
{
   uint64_t v;
   const char *why = parse_unsigned(s, UINT_MAX, &v);
   if (why) {
      fail_at(r, line, "<%s> line \"%s\" %s", elem, s, why);
      return -1;
   }
   *out = (unsigned)v;
   return 0;
}

/* ---- elements ---------------------------------------------------------- */

static int start_profile(struct reader *r, int line)
{
   struct attrs a = { { "tool", "version" }, { 0 } };
   if (read_attrs(r, &a) < 0 || require(r, line, "profile", &a, 2) < 0)
      goto bad;
   if (strcmp(a.got[0], "iaicount") != 0 && strcmp(a.got[0], "cachetrace") != 0
       && strcmp(a.got[0], "heapcount") != 0) {
      fail_at(r, line, "unknown tool \"%s\" (expected iaicount, cachetrace or heapcount)",
              a.got[0]);
      goto bad;
   }
   if (strcmp(a.got[1], "1") != 0) {
      fail_at(r, line, "unsupported profile version \"%s\" (expected 1)",
              a.got[1]);
      goto bad;
   }
   r->p->tool = a.got[0];
   a.got[0] = NULL;
   attrs_free(&a);
   return 0;
bad:
   attrs_free(&a);
   return -1;
}

static int start_metric(struct reader *r, int line)
{
   size_t nlen, vlen;
   const char *rawname = attr_raw(r, "name", &nlen);
   const char *rawvalue = attr_raw(r, "value", &vlen);
   char value[48], name[64];
   uint64_t v;
   if (!rawname || !rawvalue) {
      fail_at(r, line, "<metric> without the %s attribute",
              rawname ? "value" : "name");
      return -1;
   }
   /* a short copy of the name for messages */
   size_t ncopy = nlen < sizeof name - 1 ? nlen : sizeof name - 1;
   memcpy(name, rawname, ncopy);
   name[ncopy] = '\0';
   size_t k = 0;
   while (k < nlen && (rawname[k] == ' ' || rawname[k] == '\t'
                       || rawname[k] == '\n' || rawname[k] == '\r'))
      k++;
   if (k == nlen) {
      fail_at(r, line, "<metric> with an empty name");
      return -1;
   }
   /* a longer value is too long for 64 bits, or not a number at all */
   size_t vcopy = vlen < 45 ? vlen : 45;
   memcpy(value, rawvalue, vcopy);
   value[vcopy] = '\0';
   const char *why = parse_unsigned(value, UINT64_MAX, &v);
   if (!why && vlen >= 45)
      why = "is out of range";
   if (why) {
      fail_at(r, line, "metric %s: value \"%.40s\" %s (expected an unsigned 64-bit integer)",
              name, value, why);
      return -1;
   }
   size_t idx;
   const char *interned = intern_len(r->p, rawname, nlen, &idx);
   if (!interned) {
      fail_at(r, 0, "out of memory");
      return -1;
   }
   if (r->p->name_stamp[idx] == r->metrics_stamp) {
      fail_at(r, line, "duplicate metric %s", name);
      return -1;
   }
   r->p->name_stamp[idx] = r->metrics_stamp;
   struct metric_list *l = r->metrics;
   struct metric *nv = grow_array(l->v, &l->cap, l->n, sizeof *nv);
   if (!nv) {
      fail_at(r, 0, "out of memory");
      return -1;
   }
   l->v = nv;
   l->v[l->n].name = interned;
   l->v[l->n].value = v;
   l->n++;
   return 0;
}

static int start_function(struct reader *r, int line)
{
   struct attrs a = { { "name", "file", "line", "object" }, { 0 } };
   struct costs *c = r->costs;
   unsigned ln;
   if (read_attrs_arena(r, &a) < 0 || require(r, line, "function", &a, 3) < 0
       || parse_line_attr(r, line, "function", a.got[2], &ln) < 0)
      return -1;
   struct function *nf = grow_array(c->functions, &c->capfunctions,
                                    c->nfunctions, sizeof *nf);
   if (!nf) {
      fail_at(r, 0, "out of memory");
      return -1;
   }
   c->functions = nf;
   struct function *f = &c->functions[c->nfunctions++];
   memset(f, 0, sizeof *f);
   f->name = a.got[0];
   f->file = a.got[1];
   f->object = a.got[3];
   f->line = ln;
   r->scratch.n = 0;
   use_metrics(r, &r->scratch);
   return 0;
}

static int start_site(struct reader *r)
{
   struct costs *c = r->costs;
   struct site *ns = grow_array(c->sites, &c->capsites, c->nsites,
                                sizeof *ns);
   if (!ns) {
      fail_at(r, 0, "out of memory");
      return -1;
   }
   c->sites = ns;
   r->site = &c->sites[c->nsites++];
   memset(r->site, 0, sizeof *r->site);
   r->scratch.n = 0;
   use_metrics(r, &r->scratch);
   return 0;
}

static int valid_ip(const char *s)
{
   if (s[0] != '0' || s[1] != 'x' || s[2] == '\0')
      return 0;
   for (s += 2; *s; s++)
      if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
         return 0;
   return 1;
}

static int start_frame(struct reader *r, int line)
{
   struct attrs a = { { "name", "file", "line", "ip", "object" }, { 0 } };
   struct site *s = r->site;
   unsigned ln;
   if (read_attrs_arena(r, &a) < 0 || require(r, line, "frame", &a, 4) < 0
       || parse_line_attr(r, line, "frame", a.got[2], &ln) < 0)
      return -1;
   if (!valid_ip(a.got[3])) {
      fail_at(r, line, "<frame> ip \"%.40s\" is not a lower-case hex address (0x...)",
              a.got[3]);
      return -1;
   }
   /* frames are few per site: grow one at a time */
   struct frame *nf = realloc(s->frames, (s->nframes + 1) * sizeof *nf);
   if (!nf) {
      fail_at(r, 0, "out of memory");
      return -1;
   }
   s->frames = nf;
   struct frame *f = &s->frames[s->nframes++];
   f->name = a.got[0];
   f->file = a.got[1];
   f->line = ln;
   f->ip = a.got[3];
   f->object = a.got[4];
   return 0;
}

/* Move the metrics collected in the scratch list into the arena. */
static int keep_scratch(struct reader *r, struct metric_list *dst)
{
   dst->n = r->scratch.n;
   dst->cap = 0;
   dst->v = NULL;
   if (r->scratch.n == 0)
      return 0;
   dst->v = profile_alloc(r->p, r->scratch.n * sizeof *dst->v);
   if (!dst->v) {
      fail_at(r, 0, "out of memory");
      return -1;
   }
   memcpy(dst->v, r->scratch.v, r->scratch.n * sizeof *dst->v);
   return 0;
}

static int start_region(struct reader *r, int line)
{
   struct attrs a = { { "name" }, { 0 } };
   struct profile *p = r->p;
   if (read_attrs(r, &a) < 0 || require(r, line, "region", &a, 1) < 0)
      goto bad;
   size_t idx;
   int added;
   if (strtab_add(&r->region_names, a.got[0], strlen(a.got[0]), &idx,
                  &added) < 0) {
      fail_at(r, 0, "out of memory");
      goto bad;
   }
   if (!added) {
      fail_at(r, line, "duplicate region \"%.100s\"", a.got[0]);
      goto bad;
   }
   struct region *nr = realloc(p->regions, (p->nregions + 1) * sizeof *nr);
   if (!nr) {
      fail_at(r, 0, "out of memory");
      goto bad;
   }
   p->regions = nr;
   struct region *rg = &p->regions[p->nregions++];
   memset(rg, 0, sizeof *rg);
   rg->name = a.got[0];
   r->costs = &rg->costs;
   use_metrics(r, &rg->costs.metrics);
   return 0;
bad:
   attrs_free(&a);
   return -1;
}

static int start_option(struct reader *r, int line)
{
   struct attrs a = { { "name", "value" }, { 0 } };
   struct profile *p = r->p;
   if (read_attrs(r, &a) < 0 || require(r, line, "option", &a, 2) < 0)
      goto bad;
   struct option_pair *no = realloc(p->options,
                                    (p->noptions + 1) * sizeof *no);
   if (!no) {
      fail_at(r, 0, "out of memory");
      goto bad;
   }
   p->options = no;
   p->options[p->noptions].name = a.got[0];
   p->options[p->noptions].value = a.got[1];
   p->noptions++;
   return 0;
bad:
   attrs_free(&a);
   return -1;
}

static int start_partial(struct reader *r, int line)
{
   struct attrs a = { { "reason" }, { 0 } };
   if (read_attrs(r, &a) < 0 || require(r, line, "partial", &a, 1) < 0) {
      attrs_free(&a);
      return -1;
   }
   r->p->partial = a.got[0];
   return 0;
}

/* Which child NAME may appear in context C, and what it opens. */
static int child_ctx(struct reader *r, enum ctx c, const char *name,
                     int line, enum ctx *out)
{
   int *once = NULL;
   switch (c) {
   case C_DOC:
      if (strcmp(name, "profile") == 0) {
         *out = C_PROFILE;
         return start_profile(r, line);
      }
      fail_at(r, line, "root element is <%.60s>, not <profile>: not a benchgrind profile",
              name);
      return -1;
   case C_PROFILE:
      if (strcmp(name, "command") == 0) {
         *out = C_COMMAND;
         once = &r->seen_command;
      } else if (strcmp(name, "pid") == 0) {
         *out = C_PID;
         once = &r->seen_pid;
      } else if (strcmp(name, "ppid") == 0) {
         *out = C_PPID;
         once = &r->seen_ppid;
      } else if (strcmp(name, "partial") == 0) {
         if (r->seen_partial) {
            fail_at(r, line, "more than one <partial>");
            return -1;
         }
         r->seen_partial = 1;
         *out = C_PARTIAL;
         return start_partial(r, line);
      } else if (strcmp(name, "option") == 0) {
         *out = C_OPTION;
         return start_option(r, line);
      } else if (strcmp(name, "summary") == 0) {
         if (r->seen_summary) {
            fail_at(r, line, "more than one <summary>");
            return -1;
         }
         r->seen_summary = 1;
         *out = C_COSTS;
         r->costs = &r->p->summary;
         use_metrics(r, &r->p->summary.metrics);
         return 0;
      } else if (strcmp(name, "region") == 0) {
         *out = C_COSTS;
         return start_region(r, line);
      } else
         break;
      if (*once) {
         fail_at(r, line, "more than one <%s>", name);
         return -1;
      }
      *once = 1;
      r->textlen = 0;
      return 0;
   case C_COSTS:
      if (strcmp(name, "metric") == 0) {
         *out = C_METRIC;
         return start_metric(r, line);
      } else if (strcmp(name, "function") == 0) {
         *out = C_FUNCTION;
         return start_function(r, line);
      } else if (strcmp(name, "site") == 0) {
         *out = C_SITE;
         return start_site(r);
      }
      break;
   case C_FUNCTION:
      if (strcmp(name, "metric") == 0) {
         *out = C_METRIC;
         return start_metric(r, line);
      }
      break;
   case C_SITE:
      if (strcmp(name, "metric") == 0) {
         *out = C_METRIC;
         return start_metric(r, line);
      } else if (strcmp(name, "frame") == 0) {
         *out = C_FRAME;
         return start_frame(r, line);
      }
      break;
   default:
      break;
   }
   fail_at(r, line, "unexpected element <%.60s>", name);
   return -1;
}

static int append_text(struct reader *r, const char *s, size_t n)
{
   if (r->textlen + n > 1 << 20) {
      fail(r, "%s", "text longer than 1 MiB");
      return -1;
   }
   char *t = realloc(r->text, r->textlen + n + 1);
   if (!t) {
      fail_at(r, 0, "out of memory");
      return -1;
   }
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
      r->p->command = dup_str(r, r->text ? r->text : "");
      return r->p->command ? 0 : -1;
   case C_PID:
   case C_PPID:
      why = parse_unsigned(r->text ? r->text : "", UINT_MAX, &v);
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
   case C_FUNCTION: {
      struct costs *c = r->costs;
      use_metrics(r, &c->metrics);
      return keep_scratch(r, &c->functions[c->nfunctions - 1].metrics);
   }
   case C_SITE:
      if (r->site->nframes == 0) {
         fail_at(r, line, "<site> without any <frame>");
         return -1;
      }
      use_metrics(r, &r->costs->metrics);
      return keep_scratch(r, &r->site->metrics);
   case C_PROFILE:
      if (!r->seen_command) {
         fail_at(r, line, "<profile> without <command>");
         return -1;
      }
      if (!r->seen_summary) {
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
   int line = node_line(r);
   enum ctx parent = r->depth ? r->stack[r->depth - 1] : C_DOC;
   enum ctx c;
   (void)uri;
   (void)nns;
   (void)ns;
   (void)ndefaulted;
   if (r->failed)
      return;
   if (prefix) {
      fail_at(r, line, "unexpected element <%s:%.60s>", (const char *)prefix,
              name);
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
      if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') {
         fail_at(r, node_line(r), "unexpected text \"%.*s\"",
                 len - i < 40 ? len - i : 40, s + i);
         return;
      }
   }
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
   fail_at(r, node_line(r), "entity reference &%.40s; not allowed in a profile",
           (const char *)name);
}

/* ---- entry points ------------------------------------------------------ */

static void costs_free(struct costs *c)
{
   /* strings, and metric arrays with cap 0, are in the arena */
   for (size_t i = 0; i < c->nfunctions; i++)
      if (c->functions[i].metrics.cap)
         free(c->functions[i].metrics.v);
   free(c->functions);
   for (size_t i = 0; i < c->nsites; i++) {
      struct site *s = &c->sites[i];
      free(s->frames);
      if (s->metrics.cap)
         free(s->metrics.v);
   }
   free(c->sites);
   free(c->metrics.v);
}

void profile_free(struct profile *p)
{
   if (!p)
      return;
   free(p->tool);
   free(p->command);
   free(p->partial);
   for (size_t i = 0; i < p->noptions; i++) {
      free(p->options[i].name);
      free(p->options[i].value);
   }
   free(p->options);
   costs_free(&p->summary);
   for (size_t i = 0; i < p->nregions; i++) {
      free(p->regions[i].name);
      costs_free(&p->regions[i].costs);
   }
   free(p->regions);
   strtab_free(&p->names);
   free(p->name_stamp);
   while (p->arena) {
      struct arena_block *next = p->arena->next;
      free(p->arena);
      p->arena = next;
   }
   free(p);
}

/* Reading is done in chunks through libxml2's push parser, so neither a
   whole file nor a copy of it is ever held in memory. */
#define CHUNK ((size_t)256 << 10)

static void reader_begin(struct reader *r, const char *name,
                         struct profile_error *err)
{
   memset(r, 0, sizeof *r);
   r->name = name;
   r->err = err;
   err->msg[0] = '\0';
}

/* Feed LEN bytes (the first chunk creates the parser); TERMINATE with the
   last one.  Returns 0, or -1 once the document is known to be bad. */
static int reader_feed(struct reader *r, const char *buf, size_t len,
                       int terminate)
{
   if (r->failed)
      return -1;
   if (!r->ctxt) {
      xmlSAXHandler sax;
      memset(&sax, 0, sizeof sax);
      sax.initialized = XML_SAX2_MAGIC;
      sax.startElementNs = on_start;
      sax.endElementNs = on_end;
      sax.characters = on_text;
      sax.ignorableWhitespace = on_text;
      sax.cdataBlock = on_text;
      sax.internalSubset = on_doctype;
      sax.externalSubset = on_doctype;
      sax.entityDecl = on_entity_decl;
      sax.getEntity = on_get_entity;
      sax.getParameterEntity = on_get_entity;
      sax.reference = on_reference;
      sax.serror = on_xml_error;
      r->p = calloc(1, sizeof *r->p);
      if (!r->p) {
         fail_at(r, 0, "out of memory");
         return -1;
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
   }
   if (xmlParseChunk(r->ctxt, buf, (int)len, terminate) != 0 && !r->failed)
      fail_at(r, node_line(r), "malformed XML");
   return r->failed ? -1 : 0;
}

/* Finish: returns 0 and sets *out, or -1. */
static int reader_end(struct reader *r, size_t total, struct profile **out)
{
   if (!r->failed && total == 0)
      fail_at(r, 0, "empty file, not a profile");
   if (!r->failed && !r->seen_root)
      fail_at(r, 0, "no <profile> element");
   if (!r->failed && r->depth > 0)
      fail_at(r, node_line(r), "malformed XML: premature end of data");
   if (r->ctxt)
      xmlFreeParserCtxt(r->ctxt);
   r->ctxt = NULL;
   free(r->text);
   free(r->scratch.v);
   strtab_free(&r->region_names);
   if (r->failed) {
      profile_free(r->p);
      return -1;
   }
   *out = r->p;
   return 0;
}

int profile_load_memory(const char *buf, size_t len, const char *name,
                        struct profile **out, struct profile_error *err)
{
   struct reader r;
   *out = NULL;
   reader_begin(&r, name, err);
   if (len > PROFILE_MAX_BYTES)
      fail_at(&r, 0, "larger than the %zu MiB limit",
              PROFILE_MAX_BYTES >> 20);
   for (size_t done = 0; len > 0 && done < len && !r.failed;) {
      size_t n = len - done < CHUNK ? len - done : CHUNK;
      reader_feed(&r, buf + done, n, done + n == len);
      done += n;
   }
   return reader_end(&r, len, out);
}

/* Opens PATH for reading after checking it is a regular file of at most
   MAX bytes; returns the descriptor (and its size in *SIZE), or -1 with
   ERR filled.  The open never blocks: O_NONBLOCK lets a FIFO with no
   writer (or a device) open at once, to be refused by the type check;
   reads of a regular file ignore it. */
static int open_capped(const char *path, uint64_t max, uint64_t *size,
                       struct profile_error *err)
{
   struct stat st;
   int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY);
   if (fd < 0) {
      snprintf(err->msg, sizeof err->msg, "%s: %s", path, strerror(errno));
      return -1;
   }
   if (fstat(fd, &st) < 0) {
      snprintf(err->msg, sizeof err->msg, "%s: %s", path, strerror(errno));
      close(fd);
      return -1;
   }
   if (!S_ISREG(st.st_mode)) {
      snprintf(err->msg, sizeof err->msg, "%s: not a regular file", path);
      close(fd);
      return -1;
   }
   if ((uint64_t)st.st_size > max) {
      snprintf(err->msg, sizeof err->msg,
               "%s: larger than the %llu MiB limit", path,
               (unsigned long long)(max >> 20));
      close(fd);
      return -1;
   }
   *size = (uint64_t)st.st_size;
   return fd;
}

int profile_load_file(const char *path, struct profile **out,
                      struct profile_error *err)
{
   return profile_load_file_max(path, PROFILE_MAX_BYTES, out, err);
}

int profile_load_file_max(const char *path, uint64_t max,
                          struct profile **out, struct profile_error *err)
{
   struct reader r;
   uint64_t file_size;
   size_t total = 0;
   *out = NULL;
   reader_begin(&r, path, err);
   int fd = open_capped(path, max, &file_size, err);
   if (fd < 0)
      return -1;
   char *buf = malloc(CHUNK);
   if (!buf) {
      snprintf(err->msg, sizeof err->msg, "%s: out of memory", path);
      close(fd);
      return -1;
   }
   for (;;) {
      ssize_t n = read(fd, buf, CHUNK);
      if (n < 0 && errno == EINTR)
         continue;
      if (n < 0) {
         fail_at(&r, 0, "%s", strerror(errno));
         break;
      }
      total += (size_t)n;
      if (total > max) {   /* the file grew meanwhile */
         fail_at(&r, 0, "larger than the %llu MiB limit",
                 (unsigned long long)(max >> 20));
         break;
      }
      if (n == 0) {
         if (total > 0)
            reader_feed(&r, buf, 0, 1);
         break;
      }
      if (reader_feed(&r, buf, (size_t)n, 0) < 0)
         break;
   }
   free(buf);
   close(fd);
   return reader_end(&r, total, out);
}

int read_file_capped(const char *path, char **bufp, size_t *lenp,
                     struct profile_error *err)
{
   *bufp = NULL;
   *lenp = 0;
   uint64_t file_size;
   int fd = open_capped(path, PROFILE_MAX_BYTES, &file_size, err);
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
