#!/usr/bin/env python3
# ci-commands.py FILE...: the shell snippets of CI files, and the commands
# they run.  A .yml file is parsed as YAML (a GitHub Actions workflow: the
# "run" of every step; a GitLab CI file: before_script, script and
# after_script of every job); any other file is one shell script.
#
#   ci-commands.py --snippets FILE   one snippet a line: "FILE:WHERE<TAB>
#                                    the snippet, newlines as \n"
#   ci-commands.py --commands FILE   one command word a line: the first
#                                    word of each simple command, after
#                                    assignments and sudo/exec/env/!
#   ci-commands.py --first WORD FILE the first snippet whose first
#                                    command is WORD, as it is
#
# Copyright (C) 2026 The benchgrind authors.
# SPDX-License-Identifier: GPL-2.0-or-later
import shlex
import sys

import yaml

SEPARATORS = {";", "&&", "||", "|", "&", "(", ")", ";;", "\n"}
KEYWORDS_THEN_COMMAND = {"if", "then", "else", "elif", "do", "while",
                         "until", "!", "{", "}", "fi", "done", "esac"}
PREFIXES = {"sudo", "exec", "env", "command", "time"}


def snippets(path):
    if not path.endswith((".yml", ".yaml")):
        with open(path) as f:
            yield "script", f.read()
        return
    with open(path) as f:
        doc = yaml.safe_load(f)
    if "jobs" in doc:          # GitHub Actions
        for job, spec in doc["jobs"].items():
            for i, step in enumerate(spec.get("steps", [])):
                if "run" in step:
                    yield "%s.steps[%d]" % (job, i), step["run"]
                elif "uses" not in step:
                    raise SystemExit("%s: step %d has neither run nor uses"
                                     % (path, i))
        return
    for job, spec in doc.items():  # GitLab CI
        if not isinstance(spec, dict) or "script" not in spec:
            continue
        for key in ("before_script", "script", "after_script"):
            for i, line in enumerate(spec.get(key, [])):
                yield "%s.%s[%d]" % (job, key, i), line


def commands(text):
    text = text.replace("\\\n", " ")
    lex = shlex.shlex(text.replace("\n", " \n "), posix=True,
                      punctuation_chars=";&|()<>")
    lex.whitespace = " \t"
    lex.whitespace_split = True
    lex.commenters = "#"
    at_start, skip_next = True, False
    for tok in lex:
        if tok in SEPARATORS:
            at_start = True
            continue
        if not at_start:
            continue
        if tok in KEYWORDS_THEN_COMMAND:
            continue
        if "=" in tok.split("/")[0] and not tok.startswith("="):
            continue           # an assignment before the command
        if tok in PREFIXES:
            # "command -v X" and "env X=..." run nothing themselves
            if tok == "command":
                at_start = False
            continue
        if tok.startswith("-"):
            continue           # an option of a prefix (sudo -E ...)
        yield tok
        at_start = False


def main():
    mode, paths = sys.argv[1], sys.argv[2:]
    if mode == "--first":
        word, path = paths
        for where, text in snippets(path):
            if next(commands(text), None) == word:
                sys.stdout.write(text)
                return
        raise SystemExit("%s: no snippet runs %s" % (path, word))
    for path in paths:
        for where, text in snippets(path):
            if mode == "--snippets":
                print("%s:%s\t%s" % (path, where, text.rstrip("\n")
                                     .replace("\\", "\\\\")
                                     .replace("\n", "\\n")))
            else:
                for word in commands(text):
                    print(word)


main()
