/* profile_write.c: writing a profile back in the docs/profile.rng format,
   version 2 (iaidiff --merge, baselines).  Names are escaped as the tools
   escape them (names.h), so the reader gets back the same bytes.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "merge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "xmlout.h"

/* Attribute ATTR with the name VALUE escaped. */
static void name_attr(struct xmlout *o, const char *attr, const char *value)
{
   char *e = name_escape_xml(value);
   if (!e) {
      o->failed = 1;
      return;
   }
   xmlout_attr(o, attr, e);
   free(e);
}

/* The list of names as one attribute value. */
static void list_attr(struct xmlout *o, const char *attr,
                      const char *const *names, size_t n)
{
   size_t len = 1;
   for (size_t i = 0; i < n; i++)
      len += strlen(names[i]) + 1;
   char *v = malloc(len), *p = v;
   if (!v) {
      o->failed = 1;
      return;
   }
   *p = '\0';
   for (size_t i = 0; i < n; i++)
      p += sprintf(p, "%s%s", i ? " " : "", names[i]);
   xmlout_attr(o, attr, v);
   free(v);
}

/* Every metric of the list (those of the whole program only on the
   summary), 0 where L has none. */
static void total_attrs(struct xmlout *o, const struct profile *p,
                        const struct metric_list *l, int is_region)
{
   for (size_t i = 0; i < p->nmetrics; i++) {
      if (is_region && i >= p->nregion_metrics)
         continue;
      const struct metric *m = metric_find(l, p->metrics[i]);
      xmlout_attr_u64(o, p->metrics[i], m ? m->value : 0);
   }
}

static void nonzero_attrs(struct xmlout *o, const struct metric_list *l)
{
   for (size_t i = 0; i < l->n; i++)
      if (l->v[i].value)
         xmlout_attr_u64(o, l->v[i].name, l->v[i].value);
}

static void write_stack(struct xmlout *o, const struct site *s)
{
   char *v = malloc(s->nframes * 11 + 1), *p = v;
   if (!v) {
      o->failed = 1;
      return;
   }
   *p = '\0';
   for (size_t i = 0; i < s->nframes; i++)
      p += sprintf(p, "%s%u", i ? " " : "", s->frames[i]->id);
   xmlout_attr(o, "stack", v);
   free(v);
}

static void write_costs(struct xmlout *o, const struct profile *p,
                        const struct costs *c)
{
   for (size_t i = 0; i < c->nfunctions && !o->failed; i++) {
      const struct function *f = &c->functions[i];
      xmlout_start(o, "function");
      name_attr(o, "name", f->name);
      name_attr(o, "file", f->file);
      xmlout_attr_u64(o, "line", f->line);
      if (f->object)
         name_attr(o, "object", f->object);
      nonzero_attrs(o, &f->metrics);
      xmlout_end(o);
   }
   for (size_t i = 0; i < c->nsites && !o->failed; i++) {
      const struct site *s = &c->sites[i];
      xmlout_start(o, "site");
      write_stack(o, s);
      for (size_t k = 0; k < p->nregion_metrics; k++)
         if (s->values[k])
            xmlout_attr_u64(o, p->metrics[k], s->values[k]);
      xmlout_end(o);
   }
}

static void write_frames(struct xmlout *o, const struct profile *p)
{
   if (p->nframes == 0)
      return;
   xmlout_start(o, "frames");
   for (size_t i = 0; i < p->nframes && !o->failed; i++) {
      const struct frame *f = p->frames[i];
      xmlout_start(o, "frame");
      xmlout_attr_u64(o, "id", f->id);
      xmlout_attr(o, "ip", f->ip);
      name_attr(o, "name", f->name);
      name_attr(o, "file", f->file);
      xmlout_attr_u64(o, "line", f->line);
      if (f->object)
         name_attr(o, "object", f->object);
      xmlout_end(o);
   }
   xmlout_end(o);
}

static void write_header(struct xmlout *o, const struct profile *p)
{
   xmlout_start(o, "profile");
   xmlout_attr(o, "tool", p->tool);
   xmlout_attr(o, "version", "2");
   if (p->valgrind)
      name_attr(o, "valgrind", p->valgrind);
   list_attr(o, "metrics", p->metrics, p->nmetrics);
   if (p->nprogram_metrics)
      list_attr(o, "program-metrics", p->program_metrics,
                p->nprogram_metrics);
   char *command = name_escape_xml(p->command);
   if (!command)
      o->failed = 1;
   xmlout_start(o, "command");
   xmlout_text(o, command ? command : "");
   xmlout_end(o);
   free(command);
   if (p->has_pid) {
      xmlout_start(o, "pid");
      if (xmlTextWriterWriteFormatString(o->w, "%u", p->pid) < 0)
         o->failed = 1;
      xmlout_end(o);
   }
   if (p->has_ppid) {
      xmlout_start(o, "ppid");
      if (xmlTextWriterWriteFormatString(o->w, "%u", p->ppid) < 0)
         o->failed = 1;
      xmlout_end(o);
   }
   if (p->partial) {
      xmlout_start(o, "partial");
      name_attr(o, "reason", p->partial);
      xmlout_end(o);
   }
   for (size_t i = 0; i < p->noptions; i++) {
      xmlout_start(o, "option");
      name_attr(o, "name", p->options[i].name);
      name_attr(o, "value", p->options[i].value);
      xmlout_end(o);
   }
}

int profile_write(const char *path, const struct profile *p, char *why,
                  size_t whylen)
{
   struct xmlout o;
   if (xmlout_open(&o) < 0) {
      snprintf(why, whylen, "%s: out of memory", path);
      return -1;
   }
   write_header(&o, p);
   write_frames(&o, p);
   xmlout_start(&o, "summary");
   total_attrs(&o, p, &p->summary.metrics, 0);
   write_costs(&o, p, &p->summary);
   xmlout_end(&o);
   for (size_t i = 0; i < p->nregions && !o.failed; i++) {
      xmlout_start(&o, "region");
      name_attr(&o, "name", p->regions[i].name);
      total_attrs(&o, p, &p->regions[i].costs.metrics, 1);
      write_costs(&o, p, &p->regions[i].costs);
      xmlout_end(&o);
   }
   xmlout_end(&o);
   return xmlout_save(&o, path, why, whylen);
}
