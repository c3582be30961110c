#!/usr/bin/env python3
# md-outline.py FILE.md: render FILE.md as GitHub does (cmark-gfm with the
# table extension and inline HTML kept) and print what a reader sees, one
# line a block, for the tests to compare with the layout they expect:
#
#   h3: TEXT                     headings
#   p: TEXT                      paragraphs
#   summary: TEXT                the <details> summary (details: open/close)
#   th: CELL | CELL ...          a table's header
#   tr: CELL | CELL ...          a row; "tr*" when it holds bold text
#
# A name inside <code> is shown as `NAME`.  Fails (exit 1) on an element a
# report should not produce (a link, an image, emphasis, raw HTML other
# than <code>, <details> and <summary>), on a row whose cell count is not
# its header's, and on raw control characters in the file.  The one link
# allowed is the e-mail address that GitHub's renderer makes of any
# "x@y.z" whatever its escapes: it still reads as itself.
#
# Copyright (C) 2026 The benchgrind authors.
# SPDX-License-Identifier: GPL-2.0-or-later
import html.parser
import re
import subprocess
import sys

ALLOWED = {"h3", "h4", "p", "table", "thead", "tbody", "tr", "th", "td",
           "code", "strong", "details", "summary"}


class Outline(html.parser.HTMLParser):
    in_head = False    # inside <thead>: set by feed_html

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.errors = [], []
        self.text, self.cells, self.bold = None, [], False
        self.header = None
        self.link, self.link_text = None, ""

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.link, self.link_text = dict(attrs).get("href", ""), ""
        if tag not in ALLOWED and not (
                tag == "a" and self.link.startswith("mailto:")):
            self.errors.append("unexpected <%s>" % tag)
        if tag in ("h3", "h4", "p", "summary", "th", "td"):
            self.text = ""
        elif tag == "tr":
            self.cells, self.bold = [], False
        elif tag == "code" and self.text is not None:
            self.text += "`"
        elif tag == "strong":
            self.bold = True
        if tag == "details":
            self.lines.append("details:")

    def handle_endtag(self, tag):
        if tag == "a":
            if self.link_text != self.link[len("mailto:"):]:
                self.errors.append("a link %s over other text: %s"
                                   % (self.link, self.link_text))
            self.link = None
        if tag == "code" and self.text is not None:
            self.text += "`"
        elif tag in ("h3", "h4", "p", "summary"):
            self.lines.append("%s: %s" % (tag, self.text.strip()))
            self.text = None
        elif tag in ("th", "td"):
            self.cells.append(self.text.strip())
            self.text = None
        elif tag == "tr":
            self.flush_row()
        elif tag == "details":
            self.lines.append("/details")

    def flush_row(self):
        row = " | ".join(self.cells)
        if self.in_head:
            self.header = len(self.cells)
            self.lines.append("th: " + row)
        else:
            if len(self.cells) != self.header:
                self.errors.append("row of %d cells under a header of %d: %s"
                                   % (len(self.cells), self.header, row))
            self.lines.append(("tr*: " if self.bold else "tr: ") + row)

    def handle_data(self, data):
        if self.text is not None:
            self.text += data
        if self.link is not None:
            self.link_text += data

    def feed_html(self, doc):
        # thead/tbody tell header rows from body rows
        pos = 0
        for m in re.finditer(r"</?thead>", doc):
            self.feed(doc[pos:m.end()])
            self.in_head = m.group(0) == "<thead>"
            pos = m.end()
        self.feed(doc[pos:])
        self.close()


def main():
    path = sys.argv[1]
    raw = open(path, "rb").read()
    errors = []
    if re.search(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]", raw):
        errors.append("raw control characters in the file")
    doc = subprocess.run(["cmark-gfm", "--unsafe", "--extension", "table",
                          "--extension", "autolink", path],
                         check=True, capture_output=True, text=True).stdout
    o = Outline()
    o.feed_html(doc)
    for line in o.lines:
        print(line)
    errors += o.errors
    for e in errors:
        print("md-outline: %s: %s" % (path, e), file=sys.stderr)
    return 1 if errors else 0


sys.exit(main())
