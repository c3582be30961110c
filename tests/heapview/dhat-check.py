#!/usr/bin/env python3
# dhat-check.py: check heapview's --dhat-json export: valid against
# dhat.schema.json (dhatFileVersion 2, what dh_view.html reads), keys in
# DHAT's order, every "fs" index inside "ftbl", and the per-site sums equal
# to the profile's totals given as NAME=VALUE arguments (tb=..., ...).
#
# Copyright (C) 2026 The benchgrind authors.
# SPDX-License-Identifier: GPL-2.0-or-later
import json
import sys

import jsonschema

schema_path, export_path, *totals = sys.argv[1:]
with open(schema_path) as f:
    schema = json.load(f)
with open(export_path) as f:
    data = json.load(f)
errors = []
try:
    jsonschema.validate(data, schema)
except jsonschema.ValidationError as e:
    errors.append("schema: %s at %s" % (e.message, list(e.absolute_path)))
order = ["dhatFileVersion", "mode", "verb", "bklt", "bkacc", "tu", "Mtu",
         "tuth", "cmd", "pid", "te", "tg", "pps", "ftbl"]
if list(data) != order:
    errors.append("keys in order %s" % list(data))
pp_order = ["tb", "tbk", "tl", "mb", "mbk", "gb", "gbk", "eb", "ebk", "rb",
            "wb", "fs"]
for i, pp in enumerate(data.get("pps", [])):
    if [k for k in pp] != [k for k in pp_order if k in pp]:
        errors.append("pps[%d] keys in order %s" % (i, list(pp)))
    for x in pp.get("fs", []):
        if not 0 < x < len(data["ftbl"]):
            errors.append("pps[%d]: fs index %d outside ftbl" % (i, x))
for t in totals:
    name, value = t.split("=")
    got = sum(pp[name] for pp in data["pps"])
    if got != int(value):
        errors.append("sum of %s is %d, the profile says %s" % (name, got, value))
for e in errors:
    print("FAIL: " + e)
sys.exit(1 if errors else 0)
