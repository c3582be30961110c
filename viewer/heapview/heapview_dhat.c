/* heapview_dhat.c: heapview --dhat-json: a heap profile in the JSON format
   of Valgrind's DHAT (dhatFileVersion 2, heap mode), which dh_view.html
   loads.  Also the JSON string escaping shared with the HTML report.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "heapview.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

void hv_json_string(FILE *out, const char *s, int safe_html)
{
   for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
      if (*c == '"' || *c == '\\')
         fprintf(out, "\\%c", *c);
      else if (*c < 0x20 || *c == 0x7f
               || (safe_html && (*c == '<' || *c == '>' || *c == '&')))
         fprintf(out, "\\u%04x", *c);
      else
         fputc(*c, out);
   }
}

void hv_json_name(FILE *out, const char *name, int safe_html)
{
   size_t size = 4 * strlen(name) + 8;
   char small[1024];
   char *buf = size <= sizeof small ? small : malloc(size);
   if (!buf) {
      fputs("(out of memory)", out);
      return;
   }
   hv_json_string(out, term_escape_buf(name, buf, size), safe_html);
   if (buf != small)
      free(buf);
}

/* The frame as VG_(describe_IP) spells it: "0x10918F: mk (heap.c:4)",
   "0x4011A6: f (in /lib/libc.so.6)" or "0x4011A6: f".  Returns a malloc'd
   string, or NULL. */
static char *describe(const struct frame *f, size_t *len)
{
   char where[1024];
   hv_frame_text(f, where, sizeof where);
   size_t n = strlen(f->ip) + 2 + strlen(where) + 1;
   char *s = malloc(n);
   if (!s)
      return NULL;
   snprintf(s, n, "0x%s: %s", f->ip + 2, where);
   for (char *c = s + 2; *c != ':'; c++)
      *c = (char)toupper((unsigned char)*c);
   *len = strlen(s);
   return s;
}

int hv_write_dhat(FILE *out, const struct hv_profile *hp,
                  struct hv_site *const *sites, size_t n)
{
   struct strtab ftbl;
   size_t idx;
   int added, rc = -1;
   memset(&ftbl, 0, sizeof ftbl);
   if (strtab_add(&ftbl, "[root]", 6, &idx, &added) < 0)
      return -1;

   fprintf(out, "{\"dhatFileVersion\":2\n,\"mode\":\"heap\",\"verb\":\"Allocated\"\n");
   fprintf(out, ",\"bklt\":true,\"bkacc\":%s\n",
           hp->track_accesses ? "true" : "false");
   fprintf(out, ",\"tu\":\"instrs\",\"Mtu\":\"Minstr\"\n,\"tuth\":%d\n",
           HV_SHORT_LIVED);
   fputs(",\"cmd\":\"", out);
   hv_json_name(out, hp->p->command, 0);
   fprintf(out, "\"\n,\"pid\":%u\n", hp->p->has_pid ? hp->p->pid : 0);
   fprintf(out, ",\"te\":%" PRIu64 "\n,\"tg\":%" PRIu64 "\n",
           hp->instrs, hp->tgmax);
   fputs(",\"pps\":\n [", out);
   for (size_t i = 0; i < n; i++) {
      const uint64_t *m = sites[i]->m;
      fprintf(out, "%s{\"tb\":%" PRIu64 ",\"tbk\":%" PRIu64 ",\"tl\":%" PRIu64
              "\n   ,\"mb\":%" PRIu64 ",\"mbk\":%" PRIu64
              "\n   ,\"gb\":%" PRIu64 ",\"gbk\":%" PRIu64
              "\n   ,\"eb\":%" PRIu64 ",\"ebk\":%" PRIu64,
              i ? "\n ," : "", m[HV_TB], m[HV_TBK], m[HV_LTTOTAL], m[HV_MB],
              m[HV_MBK], m[HV_GB], m[HV_GBK], m[HV_EB], m[HV_EBK]);
      if (hp->track_accesses)
         fprintf(out, "\n   ,\"rb\":%" PRIu64 ",\"wb\":%" PRIu64, m[HV_RB],
                 m[HV_WB]);
      fputs("\n   ,\"fs\":[", out);
      const struct site *s = sites[i]->site;
      for (size_t f = 0; f < s->nframes; f++) {
         size_t len;
         char *d = describe(s->frames[f], &len);
         if (!d)
            goto out;
         int r = strtab_add(&ftbl, d, len, &idx, &added);
         free(d);
         if (r < 0)
            goto out;
         fprintf(out, "%s%zu", f ? "," : "", idx);
      }
      fputs("]\n   }", out);
   }
   fputs("\n ]\n,\"ftbl\":\n [", out);
   for (size_t i = 0; i < ftbl.n; i++) {
      fputs(i ? "\n ,\"" : "\"", out);
      hv_json_string(out, strtab_key(&ftbl, i), 0);
      fputc('"', out);
   }
   fputs("\n ]\n}\n", out);
   rc = 0;
out:
   strtab_free(&ftbl);
   return rc;
}
