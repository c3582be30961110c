/* heapview_html.c: heapview --html: one self-contained page (inline CSS
   and JavaScript, nothing fetched) with the totals, a sortable table of the
   sites, the call tree expanded by click, and two charts: bytes per site at
   t-gmax and a histogram of block lifetimes.

   The profile goes into the page as JSON inside a <script type=
   "application/json"> element, with '<', '>' and '&' written as \u
   escapes so no name can close the element; the script puts every name
   into the document with textContent, never as markup.  The fragment
   #selftest makes the page check itself (used by the test suite).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "heapview.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static const char page_css[] =
   "body { font: 14px/1.4 system-ui, sans-serif; margin: 1em 2em; color: #222; }\n"
   "h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.5em; }\n"
   "table { border-collapse: collapse; }\n"
   "th, td { padding: 2px 8px; border-bottom: 1px solid #ddd; vertical-align: top; }\n"
   "td.n, th.n { text-align: right; white-space: nowrap; }\n"
   "th { background: #eee; cursor: pointer; user-select: none; }\n"
   "th.sorted::after { content: ' \\25BE'; }\n"
   "#totals td:first-child { font-weight: bold; }\n"
   ".stack { font-family: monospace; font-size: 12px; }\n"
   ".stack div + div { color: #666; }\n"
   ".tag { display: inline-block; font-size: 11px; padding: 0 4px; margin: 1px;\n"
   "       border-radius: 3px; background: #fde3a7; white-space: nowrap; }\n"
   ".tag.peak { background: #f7b7b7; } .tag.end { background: #c9b7f7; }\n"
   "ul.tree { list-style: none; padding-left: 1.2em; margin: 0; }\n"
   "ul.tree li > span.node { cursor: pointer; font-family: monospace; font-size: 12px; }\n"
   "ul.tree li > span.node::before { content: '\\25B8 '; color: #888; }\n"
   "ul.tree li.open > span.node::before { content: '\\25BE '; }\n"
   "ul.tree li.leaf > span.node::before { content: '\\2022 '; }\n"
   "ul.tree li > ul { display: none; } ul.tree li.open > ul { display: block; }\n"
   "svg text { font: 11px monospace; } svg .bar { fill: #4a7fc1; }\n"
   "svg .bar.short { fill: #e0913a; } svg .axis { stroke: #888; }\n"
   "#selftest { white-space: pre; }\n";

static const char page_js[] =
   "'use strict';\n"
   "(function () {\n"
   "  var data = JSON.parse(document.getElementById('hv-data').textContent);\n"
   "  var M = {};\n"
   "  data.metrics.forEach(function (name, i) { M[name] = i; });\n"
   "  var FLAG_SHORT = 1, FLAG_NEVER_READ = 2, FLAG_NEVER_WRITTEN = 4,\n"
   "      FLAG_PEAK = 8, FLAG_END = 16;\n"
   "  var SVGNS = 'http://www.w3.org/2000/svg';\n"
   "\n"
   "  function el(tag, cls, text) {\n"
   "    var e = document.createElement(tag);\n"
   "    if (cls) e.className = cls;\n"
   "    if (text !== undefined) e.textContent = text;\n"
   "    return e;\n"
   "  }\n"
   "  function svg(tag, attrs, text) {\n"
   "    var e = document.createElementNS(SVGNS, tag);\n"
   "    for (var k in attrs) e.setAttribute(k, attrs[k]);\n"
   "    if (text !== undefined) e.textContent = text;\n"
   "    return e;\n"
   "  }\n"
   "  function grouped(v) { return String(v).replace(/\\B(?=(\\d{3})+(?!\\d))/g, ','); }\n"
   "  function bytes(v) {\n"
   "    if (v < 1024) return v + ' B';\n"
   "    var units = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'], u = 0;\n"
   "    v = v / 1024;\n"
   "    while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }\n"
   "    return v.toFixed(2) + ' ' + units[u];\n"
   "  }\n"
   "  function pct(part, whole) {\n"
   "    return whole ? (100 * part / whole).toFixed(2) + '%' : '-';\n"
   "  }\n"
   "  function tags(flags) {\n"
   "    var span = el('span'), names = [[FLAG_PEAK, 'most at t-gmax', 'peak'],\n"
   "      [FLAG_END, 'most at t-end', 'end'], [FLAG_SHORT, 'short-lived', ''],\n"
   "      [FLAG_NEVER_READ, 'never read', ''], [FLAG_NEVER_WRITTEN, 'never written', '']];\n"
   "    names.forEach(function (n) {\n"
   "      if (flags & n[0]) span.appendChild(el('span', 'tag ' + n[2], n[1]));\n"
   "    });\n"
   "    return span;\n"
   "  }\n"
   "  function frame(i) { return data.frames[i]; }\n"
   "\n"
   "  /* ---- totals ---- */\n"
   "  function showTotals() {\n"
   "    var t = data.total, rows = [\n"
   "      ['Profile', data.file], ['Command', data.cmd],\n"
   "      ['Total', bytes(t[M.TotalBytes]) + ' in ' + grouped(t[M.TotalBlocks]) + ' blocks'],\n"
   "      ['At t-gmax', bytes(t[M.AtGmaxBytes]) + ' in ' + grouped(t[M.AtGmaxBlocks]) + ' blocks'],\n"
   "      ['At t-end', bytes(t[M.EndBytes]) + ' in ' + grouped(t[M.EndBlocks]) + ' blocks']];\n"
   "    if (data.trackAccesses) {\n"
   "      rows.push(['Reads', bytes(t[M.ReadBytes])]);\n"
   "      rows.push(['Writes', bytes(t[M.WriteBytes])]);\n"
   "    }\n"
   "    if (data.instrs)\n"
   "      rows.push(['Run', grouped(data.instrs) + ' instrs, t-gmax at ' +\n"
   "                 grouped(data.tgmax) + ' (' + pct(data.tgmax, data.instrs) + ')']);\n"
   "    rows.push(['Sites', grouped(data.nsites) + ' (' + data.sites.length + ' in this report)']);\n"
   "    var table = document.getElementById('totals');\n"
   "    rows.forEach(function (r) {\n"
   "      var tr = el('tr');\n"
   "      tr.appendChild(el('td', '', r[0]));\n"
   "      tr.appendChild(el('td', '', r[1]));\n"
   "      table.appendChild(tr);\n"
   "    });\n"
   "  }\n"
   "\n"
   "  /* ---- the table of sites ---- */\n"
   "  var columns = [\n"
   "    { title: '#', key: function (s) { return -s.rank; }, show: function (s) { return String(s.rank); } },\n"
   "    { title: 'Total', metric: 'TotalBytes', bytes: true },\n"
   "    { title: 'Blocks', metric: 'TotalBlocks' },\n"
   "    { title: 'At t-gmax', metric: 'AtGmaxBytes', bytes: true },\n"
   "    { title: 'At t-end', metric: 'EndBytes', bytes: true },\n"
   "    { title: 'Max', metric: 'MaxBytes', bytes: true },\n"
   "    { title: 'Reads', metric: 'ReadBytes', bytes: true },\n"
   "    { title: 'Writes', metric: 'WriteBytes', bytes: true },\n"
   "    { title: 'Mean lifetime', metric: 'LifetimeMean' },\n"
   "    { title: 'Allocated at', text: true }\n"
   "  ];\n"
   "  var sortColumn = 1;\n"
   "\n"
   "  function fillTable() {\n"
   "    var tbody = document.querySelector('#sites tbody');\n"
   "    var col = columns[sortColumn];\n"
   "    var rows = data.sites.slice();\n"
   "    rows.sort(function (a, b) {\n"
   "      var x = col.key ? col.key(a) : a.m[M[col.metric]];\n"
   "      var y = col.key ? col.key(b) : b.m[M[col.metric]];\n"
   "      return y - x || a.rank - b.rank;\n"
   "    });\n"
   "    tbody.textContent = '';\n"
   "    rows.forEach(function (s) {\n"
   "      var tr = el('tr');\n"
   "      columns.forEach(function (c) {\n"
   "        if (c.text) {\n"
   "          var td = el('td', 'stack');\n"
   "          s.f.forEach(function (fi) { td.appendChild(el('div', '', frame(fi))); });\n"
   "          td.appendChild(tags(s.flags));\n"
   "          tr.appendChild(td);\n"
   "          return;\n"
   "        }\n"
   "        var v = c.show ? c.show(s) : c.bytes ? bytes(s.m[M[c.metric]])\n"
   "                                              : grouped(s.m[M[c.metric]]);\n"
   "        tr.appendChild(el('td', 'n', v));\n"
   "      });\n"
   "      tbody.appendChild(tr);\n"
   "    });\n"
   "    document.querySelectorAll('#sites th').forEach(function (th, i) {\n"
   "      th.classList.toggle('sorted', i === sortColumn);\n"
   "    });\n"
   "  }\n"
   "\n"
   "  function makeTable() {\n"
   "    var tr = document.querySelector('#sites thead tr');\n"
   "    columns.forEach(function (c, i) {\n"
   "      var th = el('th', c.text ? '' : 'n', c.title);\n"
   "      if (!c.text) th.addEventListener('click', function () { sortColumn = i; fillTable(); });\n"
   "      tr.appendChild(th);\n"
   "    });\n"
   "    fillTable();\n"
   "  }\n"
   "\n"
   "  /* ---- the call tree ---- */\n"
   "  function nodeText(n) {\n"
   "    var name = n.f < 0 ? 'all sites' : frame(n.f);\n"
   "    return bytes(n.m[M.TotalBytes]) + ' (' + pct(n.m[M.TotalBytes], data.tree[0].m[M.TotalBytes]) +\n"
   "      ') in ' + grouped(n.m[M.TotalBlocks]) + ' blocks, at t-gmax ' + bytes(n.m[M.AtGmaxBytes]) +\n"
   "      ', at t-end ' + bytes(n.m[M.EndBytes]) + ': ' + name;\n"
   "  }\n"
   "  function treeItem(i) {\n"
   "    var n = data.tree[i], li = el('li', n.k.length ? '' : 'leaf');\n"
   "    var span = el('span', 'node', nodeText(n));\n"
   "    li.appendChild(span);\n"
   "    li.appendChild(tags(n.fl & (FLAG_SHORT | FLAG_NEVER_READ | FLAG_NEVER_WRITTEN)));\n"
   "    span.addEventListener('click', function () {\n"
   "      if (!n.k.length) return;\n"
   "      if (!li.querySelector('ul')) {\n"
   "        var ul = el('ul', 'tree');\n"
   "        n.k.forEach(function (k) { ul.appendChild(treeItem(k)); });\n"
   "        li.appendChild(ul);\n"
   "      }\n"
   "      li.classList.toggle('open');\n"
   "    });\n"
   "    return li;\n"
   "  }\n"
   "  function makeTree() {\n"
   "    var root = document.getElementById('tree');\n"
   "    data.tree[0].k.forEach(function (k) { root.appendChild(treeItem(k)); });\n"
   "  }\n"
   "\n"
   "  /* ---- charts ---- */\n"
   "  function barChart(id, items, label) {\n"
   "    var box = document.getElementById(id), width = 900, rowH = 18;\n"
   "    var max = items.reduce(function (a, it) { return Math.max(a, it.v); }, 0) || 1;\n"
   "    var chart = svg('svg', { width: width, height: items.length * rowH + 4 });\n"
   "    items.forEach(function (it, i) {\n"
   "      var w = Math.max(1, Math.round(400 * it.v / max)), y = i * rowH + 2;\n"
   "      var bar = svg('rect', { x: 0, y: y, width: w, height: rowH - 4, 'class': 'bar' + (it.cls ? ' ' + it.cls : '') });\n"
   "      bar.appendChild(svg('title', {}, it.title || it.label));\n"
   "      chart.appendChild(bar);\n"
   "      chart.appendChild(svg('text', { x: w + 6, y: y + rowH - 7 }, label(it) + '  ' + it.label));\n"
   "    });\n"
   "    box.appendChild(chart);\n"
   "  }\n"
   "  function makeCharts() {\n"
   "    var peak = data.sites.filter(function (s) { return s.m[M.AtGmaxBytes] > 0; })\n"
   "      .sort(function (a, b) { return b.m[M.AtGmaxBytes] - a.m[M.AtGmaxBytes] || a.rank - b.rank; })\n"
   "      .slice(0, 20).map(function (s) {\n"
   "        return { v: s.m[M.AtGmaxBytes], label: frame(s.f[0]), title: s.f.map(frame).join(' <- ') };\n"
   "      });\n"
   "    if (peak.length) barChart('peak', peak, function (it) { return bytes(it.v); });\n"
   "    else document.getElementById('peak').textContent = 'No bytes live at t-gmax.';\n"
   "    var buckets = [];\n"
   "    for (var b = 0; b <= 10; b++)\n"
   "      buckets.push({ v: 0, label: b === 0 ? '< 10 instrs' : b === 10 ? '>= 1e10 instrs' : '1e' + b + ' to 1e' + (b + 1) + ' instrs' });\n"
   "    data.sites.forEach(function (s) {\n"
   "      var mean = s.m[M.LifetimeMean], blocks = s.m[M.TotalBlocks];\n"
   "      if (!blocks) return;\n"
   "      var k = mean < 10 ? 0 : Math.min(10, Math.floor(Math.log10(mean)));\n"
   "      buckets[k].v += blocks;\n"
   "      if (mean <= data.tuth) buckets[k].cls = 'short';\n"
   "    });\n"
   "    barChart('life', buckets, function (it) { return grouped(it.v) + ' blocks'; });\n"
   "  }\n"
   "\n"
   "  /* ---- self-test, for the test suite: file:///report.html#selftest ---- */\n"
   "  function selfTest() {\n"
   "    var out = [];\n"
   "    var rows = document.querySelectorAll('#sites tbody tr').length;\n"
   "    out.push('rows=' + rows + '/' + data.sites.length + (rows === data.sites.length ? ' ok' : ' FAIL'));\n"
   "    var first = document.querySelector('#tree > li > span.node');\n"
   "    if (first) {\n"
   "      var li = first.parentNode, before = li.querySelectorAll('li').length;\n"
   "      first.click();\n"
   "      var opened = li.classList.contains('open') && li.querySelectorAll('ul li').length > before &&\n"
   "        getComputedStyle(li.querySelector('ul')).display !== 'none';\n"
   "      out.push('expand=' + (opened ? 'ok' : 'FAIL'));\n"
   "    } else out.push('expand=FAIL (no tree)');\n"
   "    var cells = document.querySelectorAll('#sites td.stack div'), special = 0, exact = 0;\n"
   "    data.frames.forEach(function (f) {\n"
   "      if (!/[<>&]/.test(f)) return;\n"
   "      special++;\n"
   "      for (var i = 0; i < cells.length; i++)\n"
   "        if (cells[i].textContent === f) { exact++; break; }\n"
   "    });\n"
   "    var injected = document.querySelectorAll('#sites td script, #sites td img, #tree script, #tree img, svg script').length;\n"
   "    out.push('escape=' + special + '/' + exact + (special === exact && injected === 0 ? ' ok' : ' FAIL'));\n"
   "    var th = document.querySelectorAll('#sites th')[2];\n"
   "    th.click();\n"
   "    var firstBlocks = document.querySelector('#sites tbody tr td:nth-child(3)');\n"
   "    var maxBlocks = data.sites.reduce(function (a, s) { return Math.max(a, s.m[M.TotalBlocks]); }, 0);\n"
   "    out.push('sort=' + (!firstBlocks || firstBlocks.textContent === grouped(maxBlocks) ? 'ok' : 'FAIL'));\n"
   "    out.push('charts=' + document.querySelectorAll('svg rect').length);\n"
   "    document.getElementById('selftest').textContent = 'SELFTEST ' + out.join(' ');\n"
   "  }\n"
   "\n"
   "  showTotals();\n"
   "  makeTable();\n"
   "  makeTree();\n"
   "  makeCharts();\n"
   "  if (location.hash === '#selftest') selfTest();\n"
   "})();\n";

static void json_str(FILE *out, const char *s)
{
   fputc('"', out);
   hv_json_string(out, s, 1);
   fputc('"', out);
}

static void json_metrics(FILE *out, const uint64_t *m)
{
   fputc('[', out);
   for (int k = 0; k < HV_NMETRICS; k++)
      fprintf(out, "%s%" PRIu64, k ? "," : "", m[k]);
   fputc(']', out);
}

/* The number of frame F's text in FRAMES, added when new; (size_t)-1 when
   out of memory. */
static size_t frame_index(struct strtab *frames, const struct frame *f)
{
   char text[1024];
   size_t idx;
   int added;
   hv_frame_text(f, text, sizeof text);
   if (strtab_add(frames, text, strlen(text), &idx, &added) < 0)
      return (size_t)-1;
   return idx;
}

static int write_data(FILE *out, const struct hv_profile *hp,
                      struct hv_site *const *sites, size_t n,
                      const struct hv_tree *tree, struct strtab *frames)
{
   fputs("{\"file\":", out);
   json_str(out, hp->path);
   fputs(",\"cmd\":", out);
   json_str(out, hp->p->command);
   fprintf(out, ",\"instrs\":%" PRIu64 ",\"tgmax\":%" PRIu64
           ",\"tuth\":%d,\"trackAccesses\":%s,\"nsites\":%zu,\"metrics\":[",
           hp->instrs, hp->tgmax, HV_SHORT_LIVED,
           hp->track_accesses ? "true" : "false", hp->nsites);
   for (int k = 0; k < HV_NMETRICS; k++)
      fprintf(out, "%s\"%s\"", k ? "," : "", hv_metric_names[k]);
   fputs("],\n\"total\":", out);
   json_metrics(out, hp->total);
   fputs(",\n\"sites\":[", out);
   for (size_t i = 0; i < n; i++) {
      fprintf(out, "%s{\"rank\":%zu,\"flags\":%u,\"m\":", i ? ",\n" : "\n",
              i + 1, sites[i]->flags);
      json_metrics(out, sites[i]->m);
      fputs(",\"f\":[", out);
      const struct site *s = sites[i]->site;
      for (size_t f = 0; f < s->nframes; f++) {
         size_t idx = frame_index(frames, &s->frames[f]);
         if (idx == (size_t)-1)
            return -1;
         fprintf(out, "%s%zu", f ? "," : "", idx);
      }
      fputs("]}", out);
   }
   fputs("],\n\"tree\":[", out);
   for (size_t i = 0; i < tree->n; i++) {
      const struct hv_node *nd = &tree->nodes[i];
      long f = -1;
      if (nd->frame) {
         size_t idx = frame_index(frames, nd->frame);
         if (idx == (size_t)-1)
            return -1;
         f = (long)idx;
      }
      fprintf(out, "%s{\"f\":%ld,\"fl\":%u,\"m\":", i ? ",\n" : "\n", f,
              nd->flags);
      json_metrics(out, nd->m);
      fputs(",\"k\":[", out);
      for (size_t k = 0; k < nd->nkids; k++)
         fprintf(out, "%s%zu", k ? "," : "", nd->kids[k]);
      fputs("]}", out);
   }
   fputs("],\n\"frames\":[", out);
   for (size_t i = 0; i < frames->n; i++) {
      fputs(i ? ",\n" : "\n", out);
      json_str(out, strtab_key(frames, i));
   }
   fputs("]}\n", out);
   return 0;
}

int hv_write_html(FILE *out, const struct hv_profile *hp,
                  struct hv_site *const *sites, size_t n,
                  enum hv_metric sort)
{
   struct hv_tree tree;
   struct strtab frames;
   memset(&frames, 0, sizeof frames);
   if (hv_tree_build(&tree, sites, n, sort, hp->track_accesses) < 0)
      return -1;
   fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
         "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
         "<title>heapview</title>\n<style>\n", out);
   fputs(page_css, out);
   fputs("</style>\n</head>\n<body>\n<h1>heapview</h1>\n"
         "<table id=\"totals\"></table>\n"
         "<h2>Sites</h2>\n<p>Click a column title to sort.</p>\n"
         "<table id=\"sites\"><thead><tr></tr></thead><tbody></tbody></table>\n"
         "<h2>Call tree</h2>\n<p>Allocation points first, then their callers;"
         " click a line to expand it.</p>\n<ul id=\"tree\" class=\"tree\"></ul>\n"
         "<h2>Bytes per site at t-gmax</h2>\n<div id=\"peak\"></div>\n"
         "<h2>Block lifetimes</h2>\n<p>Blocks by their site's mean lifetime"
         " (orange: short-lived).</p>\n<div id=\"life\"></div>\n"
         "<div id=\"selftest\"></div>\n"
         "<script type=\"application/json\" id=\"hv-data\">\n", out);
   int rc = write_data(out, hp, sites, n, &tree, &frames);
   fputs("</script>\n<script>\n", out);
   fputs(page_js, out);
   fputs("</script>\n</body>\n</html>\n", out);
   strtab_free(&frames);
   hv_tree_free(&tree);
   return rc;
}
