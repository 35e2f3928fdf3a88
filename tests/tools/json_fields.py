#!/usr/bin/env python3
"""Prints a JSON document as one `path=value` line per leaf (`issues.1.status=failed`,
`issues.0.warnings.0.where=...`), so that the C++ tests can check folio's JSON field by field
with Python's own parser. With --lines, every line of the input is one JSON document, and the
paths begin with the line's index. A document that does not parse fails with status 1.

usage: json_fields.py [--lines] FILE
"""
import json
import sys


def flatten(value, path, out):
    if isinstance(value, dict):
        for key, item in value.items():
            flatten(item, path + [key], out)
    elif isinstance(value, list):
        out.append(".".join(path + ["length"]) + "=" + str(len(value)))
        for index, item in enumerate(value):
            flatten(item, path + [str(index)], out)
    else:
        text = "null" if value is None else json.dumps(value) if isinstance(value, bool) else str(value)
        out.append(".".join(path) + "=" + text)


def main():
    args = sys.argv[1:]
    lines = args and args[0] == "--lines"
    if lines:
        args = args[1:]
    with open(args[0], encoding="utf-8") as f:
        text = f.read()
    out = []
    if lines:
        for index, line in enumerate(l for l in text.splitlines() if l.strip()):
            flatten(json.loads(line), [str(index)], out)
    else:
        flatten(json.loads(text), [], out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
