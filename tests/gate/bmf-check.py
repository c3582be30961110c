#!/usr/bin/env python3
# bmf-check.py SCHEMA FILE: FILE (iaidiff --bmf) must validate against
# SCHEMA; prints one line per measure, "benchmark<TAB>measure<TAB>value",
# in the file's order, for the test to compare with the profile.  With
# --reject, FILE must NOT validate (the schema's own check).
#
# Copyright (C) 2026 The benchgrind authors.
# SPDX-License-Identifier: GPL-2.0-or-later
import json
import sys

import jsonschema

args = sys.argv[1:]
reject = args[0] == "--reject"
if reject:
    args = args[1:]
schema_path, path = args
with open(schema_path) as f:
    schema = json.load(f)
jsonschema.Draft7Validator.check_schema(schema)
with open(path, encoding="utf-8") as f:
    data = json.load(f)
try:
    jsonschema.validate(data, schema)
except jsonschema.ValidationError as e:
    if reject:
        sys.exit(0)
    print("bmf-check: %s: %s at %s" % (path, e.message, list(e.absolute_path)),
          file=sys.stderr)
    sys.exit(1)
if reject:
    print("bmf-check: %s: accepted, should be rejected" % path, file=sys.stderr)
    sys.exit(1)
for bench, measures in data.items():
    for measure, metric in measures.items():
        print("%s\t%s\t%s" % (bench, measure, metric["value"]))
