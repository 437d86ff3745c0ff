#!/usr/bin/env python3
"""Check that every "required" inside a subschema declares its names in that same subschema.

Usage: python3 check_local_required.py SCHEMA_FILE_OR_DIR ...

Ajv's strictRequired looks for a required name in the subschema's own
"properties" and in those of parents it has already compiled, so whether a name
declared only in a parent counts depends on keyword order and on the Ajv
version (ajv-validator/ajv#1950: a name required in "if" is refused even when
the parent declares it). Declaring the name in the subschema itself, as
`"properties": {"name": true}` or with its real definition, passes every Ajv 8
release. The subschemas checked are those that apply to the same instance:
allOf, anyOf, oneOf, not, if, then, else and schema-valued dependencies.
Prints `FILE: #/json/pointer: message` per problem, then a count; exits 1 on
any problem or when no schema was found, 2 on a bad command line.
"""
import json
import os
import sys

SAME_INSTANCE_LISTS = ("allOf", "anyOf", "oneOf")
SAME_INSTANCE_ONE = ("not", "if", "then", "else")
CHILD_MAPS = ("properties", "patternProperties", "definitions", "$defs")
CHILD_ONE_OR_LIST = ("items", "additionalItems", "additionalProperties", "contains", "propertyNames")


def pointer_part(key):
    return str(key).replace("~", "~0").replace("/", "~1")


def undeclared_required(node, where, in_subschema, problems):
    """Collect (pointer, message) for required names a subschema does not declare itself."""
    if not isinstance(node, dict):
        return
    required = node.get("required")
    if in_subschema and isinstance(required, list):
        declared = node.get("properties") if isinstance(node.get("properties"), dict) else {}
        for name in required:
            if name not in declared:
                problems.append((where, "required property %r is not declared in this subschema's \"properties\"; "
                                        "add \"properties\": {\"%s\": true} (or its definition) beside the \"required\""
                                 % (name, name)))
    for key, value in node.items():
        path = "%s/%s" % (where, pointer_part(key))
        if key in SAME_INSTANCE_LISTS and isinstance(value, list):
            for i, sub in enumerate(value):
                undeclared_required(sub, "%s/%d" % (path, i), True, problems)
        elif key in SAME_INSTANCE_ONE:
            undeclared_required(value, path, True, problems)
        elif key == "dependencies" and isinstance(value, dict):
            for name, sub in value.items():
                undeclared_required(sub, "%s/%s" % (path, pointer_part(name)), True, problems)
        elif key in CHILD_MAPS and isinstance(value, dict):
            for name, sub in value.items():
                undeclared_required(sub, "%s/%s" % (path, pointer_part(name)), False, problems)
        elif key in CHILD_ONE_OR_LIST:
            subs = enumerate(value) if isinstance(value, list) else [(None, value)]
            for i, sub in subs:
                undeclared_required(sub, path if i is None else "%s/%d" % (path, i), False, problems)


def schema_files(args):
    files = []
    for arg in args:
        if os.path.isdir(arg):
            files.extend(os.path.join(arg, f) for f in sorted(os.listdir(arg)) if f.endswith(".schema.json"))
        else:
            files.append(arg)
    return files


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        sys.stderr.write("usage: python3 check_local_required.py SCHEMA_FILE_OR_DIR ...\n")
        return 2
    files = schema_files(argv[1:])
    if not files:
        print("%s: no *.schema.json files to check" % ", ".join(argv[1:]))
        return 1
    failed = 0
    for path in files:
        problems = []
        try:
            with open(path, encoding="utf-8") as fh:
                undeclared_required(json.load(fh), "#", False, problems)
        except (OSError, ValueError) as e:
            problems.append(("#", "cannot read schema: %s" % e))
        for where, message in problems:
            print("%s: %s: %s" % (path, where, message))
        failed += 1 if problems else 0
    print("%d schema(s) checked, %d with undeclared required properties" % (len(files), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
