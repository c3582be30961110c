'use strict';
(function () {
  var data = JSON.parse(document.getElementById('hv-data').textContent);
  var M = {};
  data.metrics.forEach(function (name, i) { M[name] = i; });
  var FLAG_SHORT = 1, FLAG_NEVER_READ = 2, FLAG_NEVER_WRITTEN = 4,
      FLAG_PEAK = 8, FLAG_END = 16;
  var SVGNS = 'http://www.w3.org/2000/svg';
  /* The view shown: the whole program (views[0]) or one region. */
  var view = data.views[0];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function grouped(v) { return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  /* "1 block", "2,048 blocks" */
  function count(n, word) { return grouped(n) + ' ' + word + (n === 1 ? '' : 's'); }
  function bytes(v) {
    if (v < 1024) return v + ' B';
    var units = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'], u = 0;
    v = v / 1024;
    while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
    return v.toFixed(2) + ' ' + units[u];
  }
  function pct(part, whole) {
    return whole ? (100 * part / whole).toFixed(2) + '%' : '-';
  }
  function tags(flags) {
    var span = el('span'), names = [[FLAG_PEAK, 'most at t-gmax', 'peak'],
      [FLAG_END, 'most at t-end', 'end'], [FLAG_SHORT, 'short-lived', ''],
      [FLAG_NEVER_READ, 'never read', ''], [FLAG_NEVER_WRITTEN, 'never written', '']];
    names.forEach(function (n) {
      if (flags & n[0]) span.appendChild(el('span', 'tag ' + n[2], n[1]));
    });
    return span;
  }
  function frame(i) { return data.frames[i]; }

  /* ---- totals ---- */
  function showTotals() {
    var t = view.total, rows = [
      ['Profile', data.file], ['Command', data.cmd]];
    if (view.region !== null) rows.push(['Region', view.region]);
    rows.push(['Total', bytes(t[M.TotalBytes]) + ' in ' + count(t[M.TotalBlocks], 'block')],
      ['At t-gmax', bytes(t[M.AtGmaxBytes]) + ' in ' + count(t[M.AtGmaxBlocks], 'block')],
      ['At t-end', bytes(t[M.EndBytes]) + ' in ' + count(t[M.EndBlocks], 'block')]);
    if (data.trackAccesses) {
      rows.push(['Reads', bytes(t[M.ReadBytes])]);
      rows.push(['Writes', bytes(t[M.WriteBytes])]);
    }
    if (data.instrs)
      rows.push(['Run', count(data.instrs, 'instr') + ', t-gmax at ' +
                 grouped(data.tgmax) + ' (' + pct(data.tgmax, data.instrs) + ')']);
    rows.push(['Sites', grouped(view.nsites) + ' (' + view.sites.length + ' in this report)']);
    var table = document.getElementById('totals');
    table.textContent = '';
    rows.forEach(function (r) {
      var tr = el('tr');
      tr.appendChild(el('td', '', r[0]));
      tr.appendChild(el('td', '', r[1]));
      table.appendChild(tr);
    });
  }

  /* ---- the table of sites ---- */
  var columns = [
    { title: '#', key: function (s) { return -s.rank; }, show: function (s) { return String(s.rank); } },
    { title: 'Total', metric: 'TotalBytes', bytes: true },
    { title: 'Blocks', metric: 'TotalBlocks' },
    { title: 'At t-gmax', metric: 'AtGmaxBytes', bytes: true },
    { title: 'At t-end', metric: 'EndBytes', bytes: true },
    { title: 'Max', metric: 'MaxBytes', bytes: true },
    { title: 'Reads', metric: 'ReadBytes', bytes: true },
    { title: 'Writes', metric: 'WriteBytes', bytes: true },
    { title: 'Mean lifetime', metric: 'LifetimeMean' },
    { title: 'Allocated at', text: true }
  ];
  var sortColumn = 1;

  function fillTable() {
    var tbody = document.querySelector('#sites tbody');
    var col = columns[sortColumn];
    var rows = view.sites.slice();
    rows.sort(function (a, b) {
      var x = col.key ? col.key(a) : a.m[M[col.metric]];
      var y = col.key ? col.key(b) : b.m[M[col.metric]];
      return y - x || a.rank - b.rank;
    });
    tbody.textContent = '';
    rows.forEach(function (s) {
      var tr = el('tr');
      columns.forEach(function (c) {
        if (c.text) {
          var td = el('td', 'stack');
          s.f.forEach(function (fi) { td.appendChild(el('div', '', frame(fi))); });
          td.appendChild(tags(s.flags));
          tr.appendChild(td);
          return;
        }
        var v = c.show ? c.show(s) : c.bytes ? bytes(s.m[M[c.metric]])
                                              : grouped(s.m[M[c.metric]]);
        tr.appendChild(el('td', 'n', v));
      });
      tbody.appendChild(tr);
    });
    document.querySelectorAll('#sites th').forEach(function (th, i) {
      th.classList.toggle('sorted', i === sortColumn);
    });
  }

  function makeTable() {
    var tr = document.querySelector('#sites thead tr');
    tr.textContent = '';
    columns.forEach(function (c, i) {
      var th = el('th', c.text ? '' : 'n', c.title);
      if (!c.text) th.addEventListener('click', function () { sortColumn = i; fillTable(); });
      tr.appendChild(th);
    });
    fillTable();
  }

  /* ---- the call tree ---- */
  function nodeText(n) {
    var name = n.f < 0 ? 'all sites' : frame(n.f);
    return bytes(n.m[M.TotalBytes]) + ' (' + pct(n.m[M.TotalBytes], view.tree[0].m[M.TotalBytes]) +
      ') in ' + count(n.m[M.TotalBlocks], 'block') + ', at t-gmax ' + bytes(n.m[M.AtGmaxBytes]) +
      ', at t-end ' + bytes(n.m[M.EndBytes]) + ': ' + name;
  }
  function treeItem(i) {
    var n = view.tree[i], li = el('li', n.k.length ? '' : 'leaf');
    var span = el('span', 'node', nodeText(n));
    li.appendChild(span);
    li.appendChild(tags(n.fl & (FLAG_SHORT | FLAG_NEVER_READ | FLAG_NEVER_WRITTEN)));
    span.addEventListener('click', function () {
      if (!n.k.length) return;
      if (!li.querySelector('ul')) {
        var ul = el('ul', 'tree');
        n.k.forEach(function (k) { ul.appendChild(treeItem(k)); });
        li.appendChild(ul);
      }
      li.classList.toggle('open');
    });
    return li;
  }
  function makeTree() {
    var root = document.getElementById('tree');
    root.textContent = '';
    view.tree[0].k.forEach(function (k) { root.appendChild(treeItem(k)); });
  }

  /* ---- charts ---- */
  function barChart(id, items, label) {
    var box = document.getElementById(id), width = 900, rowH = 18;
    box.textContent = '';
    var max = items.reduce(function (a, it) { return Math.max(a, it.v); }, 0) || 1;
    var chart = svg('svg', { width: width, height: items.length * rowH + 4 });
    items.forEach(function (it, i) {
      var w = Math.max(1, Math.round(400 * it.v / max)), y = i * rowH + 2;
      var bar = svg('rect', { x: 0, y: y, width: w, height: rowH - 4, 'class': 'bar' + (it.cls ? ' ' + it.cls : '') });
      bar.appendChild(svg('title', {}, it.title || it.label));
      chart.appendChild(bar);
      chart.appendChild(svg('text', { x: w + 6, y: y + rowH - 7 }, label(it) + '  ' + it.label));
    });
    box.appendChild(chart);
  }
  function makeCharts() {
    /* a site's bar reads "#rank function (file:line)": the rank (in the
       table's order) tells apart sites that allocate at the same place */
    var peak = view.sites.filter(function (s) { return s.m[M.AtGmaxBytes] > 0; })
      .sort(function (a, b) { return b.m[M.AtGmaxBytes] - a.m[M.AtGmaxBytes] || a.rank - b.rank; })
      .slice(0, 20).map(function (s) {
        return { v: s.m[M.AtGmaxBytes], label: '#' + s.rank + ' ' + frame(s.f[0]),
                 title: s.f.map(frame).join(' <- ') };
      });
    if (peak.length) barChart('peak', peak, function (it) { return bytes(it.v); });
    else document.getElementById('peak').textContent = 'No bytes live at t-gmax.';
    var buckets = [];
    for (var b = 0; b <= 10; b++)
      buckets.push({ v: 0, label: b === 0 ? '< 10 instrs' : b === 10 ? '>= 1e10 instrs' : '1e' + b + ' to 1e' + (b + 1) + ' instrs' });
    view.sites.forEach(function (s) {
      var mean = s.m[M.LifetimeMean], blocks = s.m[M.TotalBlocks];
      if (!blocks) return;
      var k = mean < 10 ? 0 : Math.min(10, Math.floor(Math.log10(mean)));
      buckets[k].v += blocks;
      if (mean <= data.tuth) buckets[k].cls = 'short';
    });
    barChart('life', buckets, function (it) { return count(it.v, 'block'); });
  }

  /* ---- the view: whole program or one region ---- */
  function show(i) {
    view = data.views[i];
    showTotals();
    fillTable();
    makeTree();
    makeCharts();
  }
  function makeViews() {
    var select = document.getElementById('view');
    data.views.forEach(function (v, i) {
      var o = el('option', '', v.region === null ? 'the whole program'
                 : 'region ' + v.region + ' (' + count(v.nsites, 'site') + ')');
      o.value = String(i);
      select.appendChild(o);
    });
    select.addEventListener('change', function () { show(Number(select.value)); });
    if (data.views.length < 2) document.getElementById('views').style.display = 'none';
  }

  /* ---- self-test, for the test suite: file:///report.html#selftest ---- */
  /* "peak=N life=M labels=ok plural=ok": the bars drawn in each chart,
     whether no two of the peak chart's bars read alike, and whether any
     count shown reads "1 blocks". */
  function viewChecks() {
    var peak = document.querySelectorAll('#peak svg rect').length;
    var life = document.querySelectorAll('#life svg rect').length;
    var seen = {}, alike = 0;
    document.querySelectorAll('#peak svg text').forEach(function (t) {
      var l = t.textContent.replace(/^\S+ \S+  /, '');   /* drop the value */
      if (seen[l]) alike++;
      seen[l] = true;
    });
    var text = ['totals', 'sites', 'tree', 'peak', 'life'].map(function (id) {
      return document.getElementById(id).textContent;
    }).join('\n');
    var plural = /(^|[^0-9,.])1 (block|site|instr)s/.test(text) ? 'FAIL' : 'ok';
    return 'peak=' + peak + ' life=' + life + ' labels=' + (alike ? 'alike' : 'ok') +
      ' plural=' + plural;
  }
  function selfTest() {
    var out = [];
    var rows = document.querySelectorAll('#sites tbody tr').length;
    out.push('rows=' + rows + '/' + view.sites.length + (rows === view.sites.length ? ' ok' : ' FAIL'));
    var first = document.querySelector('#tree > li > span.node');
    if (first) {
      var li = first.parentNode, before = li.querySelectorAll('li').length;
      first.click();
      var opened = li.classList.contains('open') && li.querySelectorAll('ul li').length > before &&
        getComputedStyle(li.querySelector('ul')).display !== 'none';
      out.push('expand=' + (opened ? 'ok' : 'FAIL'));
    } else out.push('expand=FAIL (no tree)');
    var cells = document.querySelectorAll('#sites td.stack div'), special = 0, exact = 0;
    data.frames.forEach(function (f) {
      if (!/[<>&]/.test(f)) return;
      special++;
      for (var i = 0; i < cells.length; i++)
        if (cells[i].textContent === f) { exact++; break; }
    });
    var injected = document.querySelectorAll('#sites td script, #sites td img, #tree script, #tree img, svg script').length;
    out.push('escape=' + special + '/' + exact + (special === exact && injected === 0 ? ' ok' : ' FAIL'));
    var th = document.querySelectorAll('#sites th')[2];
    th.click();
    var firstBlocks = document.querySelector('#sites tbody tr td:nth-child(3)');
    var maxBlocks = view.sites.reduce(function (a, s) { return Math.max(a, s.m[M.TotalBlocks]); }, 0);
    out.push('sort=' + (!firstBlocks || firstBlocks.textContent === grouped(maxBlocks) ? 'ok' : 'FAIL'));
    out.push(viewChecks());
    /* each region, chosen as a reader would: rows and chart bars */
    var select = document.getElementById('view');
    for (var r = 1; r < data.views.length; r++) {
      select.value = String(r);
      select.dispatchEvent(new Event('change'));
      out.push('region' + r + ': rows=' + document.querySelectorAll('#sites tbody tr').length +
               ' ' + viewChecks());
    }
    document.getElementById('selftest').textContent = 'SELFTEST ' + out.join(' ');
  }

  makeViews();
  showTotals();
  makeTable();
  makeTree();
  makeCharts();
  if (location.hash === '#selftest') selfTest();
})();
