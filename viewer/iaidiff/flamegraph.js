// flamegraph.js: the script of iaidiff's flame graphs, embedded in each
// SVG by flamegraph.c.  Each frame is a <g class="frame"> holding its
// <title> (what hovering shows), <rect> and <text>, with its place as
// fractions of the whole width (data-x, data-w) and its depth (data-d).
// A click on a frame zooms on it: its subtree fills the width, its
// ancestors stay below it at full width, everything else is hidden;
// "Reset zoom" (or a click on the bottom frame) goes back.  Opened as
// FILE.svg#zoom=fN it starts zoomed on frame N; as FILE.svg#selftest it
// checks itself and reports in <text id="selftest">.
//
// Copyright (C) 2026 The benchgrind authors.
// SPDX-License-Identifier: GPL-2.0-or-later
"use strict";

var fg = { width: 0, pad: 10, frames: [], zoomed: null, unzoomButton: null };

function fgInfo(g) {
   return { x: +g.getAttribute("data-x"), w: +g.getAttribute("data-w"),
            d: +g.getAttribute("data-d") };
}

// The frame's name, cut to what PX pixels hold.
function fgLabel(g, px) {
   var name = g.getAttribute("data-name"), chars = Math.floor((px - 6) / 7);
   var t = g.querySelector("text");
   if (chars < 3)
      t.textContent = "";
   else if (name.length <= chars)
      t.textContent = name;
   else
      t.textContent = name.slice(0, chars - 2) + "..";
}

// Places G at fraction X of the width, W wide.
function fgPlace(g, x, w) {
   var span = fg.width - 2 * fg.pad, r = g.querySelector("rect");
   r.setAttribute("x", (fg.pad + x * span).toFixed(2));
   r.setAttribute("width", (w * span).toFixed(2));
   g.querySelector("text").setAttribute("x", (fg.pad + x * span + 3).toFixed(2));
   fgLabel(g, w * span);
}

function fgShow(g, on) {
   g.style.display = on ? "" : "none";
}

function fgZoom(target) {
   var z = fgInfo(target), eps = 1e-12;
   if (z.d === 0)
      return fgUnzoom();
   fg.frames.forEach(function (g) {
      var i = fgInfo(g);
      g.classList.remove("parent");
      if (i.d >= z.d && i.x >= z.x - eps && i.x + i.w <= z.x + z.w + eps) {
         fgShow(g, true);
         fgPlace(g, (i.x - z.x) / z.w, i.w / z.w);
      } else if (i.d < z.d && i.x <= z.x + eps && i.x + i.w >= z.x + z.w - eps) {
         fgShow(g, true);
         g.classList.add("parent");
         fgPlace(g, 0, 1);
      } else {
         fgShow(g, false);
      }
   });
   fg.zoomed = target;
   fg.unzoomButton.style.display = "";
}

function fgUnzoom() {
   fg.frames.forEach(function (g) {
      var i = fgInfo(g);
      g.classList.remove("parent");
      fgShow(g, true);
      fgPlace(g, i.x, i.w);
   });
   fg.zoomed = null;
   fg.unzoomButton.style.display = "none";
}

function fgRectWidth(g) {
   return +g.querySelector("rect").getAttribute("width");
}

// Clicks the widest frame at depth 2 (or 1) with something beside it,
// and checks the picture before, during and after the zoom.
function fgSelftest() {
   var span = fg.width - 2 * fg.pad, n = fg.frames.length;
   var titles = 0, rects = 0, target = null, outside = null, child = null;
   fg.frames.forEach(function (g) {
      if (g.querySelector("title") && g.querySelector("title").textContent)
         titles++;
      if (g.querySelector("rect"))
         rects++;
   });
   [2, 1].forEach(function (depth) {
      if (target)
         return;
      fg.frames.forEach(function (g) {
         var i = fgInfo(g);
         if (i.d === depth && i.w < 1 - 1e-9 && (!target || i.w > fgInfo(target).w))
            target = g;
      });
   });
   var zoom = "none", reset = "none";
   if (target) {
      var z = fgInfo(target), before = fgRectWidth(target);
      fg.frames.forEach(function (g) {
         var i = fgInfo(g);
         if (!outside && i.d === z.d && g !== target)
            outside = g;
         if (!child && i.d === z.d + 1 && i.x >= z.x && i.x + i.w <= z.x + z.w + 1e-12)
            child = g;
      });
      target.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      var full = Math.abs(fgRectWidth(target) - span) < 0.5;
      var hidden = !outside || outside.style.display === "none";
      var scaled = !child
         || Math.abs(fgRectWidth(child) - fgInfo(child).w / z.w * span) < 0.5;
      zoom = fg.zoomed === target && full && hidden && scaled && before < span - 0.5
         ? "ok" : "bad(full=" + full + ",hidden=" + hidden + ",scaled=" + scaled + ")";
      fg.unzoomButton.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      reset = fg.zoomed === null && Math.abs(fgRectWidth(target) - before) < 0.5
         && (!outside || outside.style.display !== "none") ? "ok" : "bad";
   }
   var out = document.createElementNS("http://www.w3.org/2000/svg", "text");
   out.setAttribute("id", "selftest");
   out.setAttribute("x", fg.pad);
   out.setAttribute("y", 12);
   out.textContent = "SELFTEST frames=" + n + " titles=" + titles + " rects=" + rects
      + " zoom=" + zoom + " reset=" + reset;
   document.documentElement.appendChild(out);
}

function fgInit() {
   var svg = document.documentElement;
   fg.width = +svg.getAttribute("width");
   fg.frames = Array.prototype.slice.call(document.querySelectorAll("g.frame"));
   fg.unzoomButton = document.getElementById("unzoom");
   fg.frames.forEach(function (g) {
      g.addEventListener("click", function () { fgZoom(g); });
   });
   fg.unzoomButton.addEventListener("click", fgUnzoom);
   fg.unzoomButton.style.display = "none";
   var hash = window.location.hash;
   if (hash === "#selftest")
      fgSelftest();
   else if (hash.indexOf("#zoom=") === 0) {
      var g = document.getElementById(hash.slice(6));
      if (g)
         fgZoom(g);
   }
}

window.addEventListener("load", fgInit);
