#!/usr/bin/env python3
"""Check the JSON Schemas in cases/schema/ and validate the project's JSON data against them.

Usage: python3 tests/schema/check_schemas.py ROOT [EXTRA_DATA_FILE_OR_DIR ...]
       (ROOT = repository root; the extras are test fixtures meant to be valid)

1. every cases/schema/*.schema.json must be a valid draft-7 schema;
2. every *.json under ROOT/cases/ (except cases/schema/) and ROOT/assets/*.json is
   validated against the schema its "kind" names (case, protocol, attempt,
   catalogue, zone_map);
3. every ```json block in ROOT/cases/README.md is validated the same way;
4. every *.json under each EXTRA path is validated the same way, except files of
   no "kind" at all (such as golden expectations), which are not documents.

Prints one line per problem, `FILE: /json/pointer: message`, then `N passed, M failed`.
Exits 1 if anything failed or nothing was checked, 2 on a bad command line.
Needs the `jsonschema` module (Debian: python3-jsonschema).
"""
import json
import os
import re
import sys

try:
    import jsonschema
    from jsonschema import Draft7Validator
    from jsonschema.exceptions import best_match
except ImportError:  # pragma: no cover
    sys.stderr.write("check_schemas: needs the jsonschema module (apt-get install python3-jsonschema)\n")
    sys.exit(2)

KINDS = ("case", "protocol", "attempt", "exam", "catalogue", "zone_map", "references")
MAX_BYTES = 4 * 1024 * 1024  # cases/README.md: at most 4 MiB ...
MAX_DEPTH = 64               # ... and at most 64 levels of nesting


def pointer(path):
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "/" + "/".join(parts) if parts else "/"


def depth(value):
    """Nesting depth of containers (a scalar is 0, [] or {} is 1)."""
    best, stack = 0, [(value, 1)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict):
            best = max(best, d)
            stack.extend((c, d + 1) for c in v.values())
        elif isinstance(v, list):
            best = max(best, d)
            stack.extend((c, d + 1) for c in v)
    return best


def describe(error):
    """A readable (pointer, message) for one validation error."""
    err = error
    # For oneOf/anyOf failures, point at the most relevant sub-error instead.
    if err.context and err.validator in ("anyOf", "oneOf"):
        sub = best_match(err.context)
        if sub is not None and len(sub.absolute_path) >= len(err.absolute_path):
            msg = sub.message
            if err.validator == "oneOf":
                msg = "must match exactly one alternative; e.g. " + msg
            return pointer(sub.absolute_path), msg
    if err.validator == "oneOf" and not err.context:
        alts = err.validator_value
        if all(isinstance(a, dict) and list(a) == ["required"] for a in alts):
            names = " or ".join("'%s'" % "', '".join(a["required"]) for a in alts)
            return pointer(err.absolute_path), "give only one of %s, not several" % names
        return pointer(err.absolute_path), "matches more than one alternative; it must match exactly one"
    if err.schema is False or (err.validator == "not" and err.validator_value == {}):
        msg = "this field is not allowed here"
        if isinstance(err.schema, dict) and err.schema.get("description"):
            msg += " (" + err.schema["description"] + ")"
        return pointer(err.absolute_path), msg
    msg = err.message
    desc = err.schema.get("description") if isinstance(err.schema, dict) else None
    if desc and err.validator in ("enum", "const", "pattern", "type", "minimum", "maximum",
                                  "exclusiveMinimum", "multipleOf", "minItems", "maxItems"):
        msg += " (" + desc + ")"
    return pointer(err.absolute_path), msg


class Checker:
    def __init__(self, root, extra_paths=()):
        self.root = root
        self.extra_paths = list(extra_paths)
        self.passed = 0
        self.failed = 0
        self.data_checked = 0
        self.validators = {}
        self.schema_errors = {}

    def rel(self, path):
        return os.path.relpath(path, self.root)

    def report(self, name, problems):
        for ptr, msg in problems:
            print("%s: %s: %s" % (name, ptr, msg))
        if problems:
            self.failed += 1
        else:
            self.passed += 1

    # -- schemas ---------------------------------------------------------
    def load_schemas(self):
        sdir = os.path.join(self.root, "cases", "schema")
        names = sorted(f for f in os.listdir(sdir) if f.endswith(".json")) if os.path.isdir(sdir) else []
        for f in names:
            path = os.path.join(sdir, f)
            problems = []
            try:
                with open(path, encoding="utf-8") as fh:
                    schema = json.load(fh)
            except (OSError, ValueError) as e:
                problems.append(("/", "cannot read schema: %s" % e))
                schema = None
            if schema is not None:
                try:
                    Draft7Validator.check_schema(schema)
                except jsonschema.exceptions.SchemaError as e:
                    problems.append((pointer(e.absolute_path), "not a valid draft-7 schema: " + e.message))
                if schema.get("$schema") != "http://json-schema.org/draft-07/schema#":
                    problems.append(("/$schema", "must be http://json-schema.org/draft-07/schema#"))
            kind = f[:-len(".schema.json")] if f.endswith(".schema.json") else None
            if kind in KINDS:
                if problems:
                    self.schema_errors[kind] = "schema %s is invalid" % self.rel(path)
                else:
                    self.validators[kind] = Draft7Validator(schema)
            self.report(self.rel(path), problems)
        for kind in KINDS:
            if kind not in self.validators and kind not in self.schema_errors:
                self.schema_errors[kind] = "missing schema cases/schema/%s.schema.json" % kind

    # -- data ------------------------------------------------------------
    def check_document(self, name, text):
        self.data_checked += 1
        problems = []
        if len(text.encode("utf-8")) > MAX_BYTES:
            self.report(name, [("/", "file is larger than 4 MiB")])
            return
        try:
            doc = json.loads(text)
        except ValueError as e:
            self.report(name, [("/", "not valid JSON: %s" % e)])
            return
        if depth(doc) > MAX_DEPTH:
            self.report(name, [("/", "nests deeper than %d levels" % MAX_DEPTH)])
            return
        if not isinstance(doc, dict):
            self.report(name, [("/", "top level must be a JSON object with a \"kind\"")])
            return
        kind = doc.get("kind")
        if kind is None:
            self.report(name, [("/kind", "missing \"kind\"; expected one of: " + ", ".join(KINDS))])
            return
        if kind not in KINDS:
            self.report(name, [("/kind", "unknown kind %r; expected one of: %s" % (kind, ", ".join(KINDS)))])
            return
        validator = self.validators.get(kind)
        if validator is None:
            self.report(name, [("/", "cannot validate kind %r: %s" % (kind, self.schema_errors[kind]))])
            return
        errors = sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
        problems = [describe(e) for e in errors]
        self.report(name, problems)

    def check_file(self, path):
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as e:
            self.data_checked += 1
            self.report(self.rel(path), [("/", "cannot read file: %s" % e)])
            return
        self.check_document(self.rel(path), text)

    def data_files(self):
        files = []
        cases = os.path.join(self.root, "cases")
        schema_dir = os.path.join(cases, "schema")
        for dirpath, dirnames, filenames in os.walk(cases):
            dirnames.sort()
            if os.path.abspath(dirpath) == os.path.abspath(schema_dir):
                dirnames[:] = []
                continue
            files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".json"))
        assets = os.path.join(self.root, "assets")
        if os.path.isdir(assets):
            files.extend(os.path.join(assets, f) for f in sorted(os.listdir(assets))
                         if f.endswith(".json") and os.path.isfile(os.path.join(assets, f)))
        return files

    def extra_files(self):
        """The fixtures under the extra paths that name a kind (others are not documents)."""
        files = []
        for path in self.extra_paths:
            if os.path.isdir(path):
                for dirpath, dirnames, filenames in os.walk(path):
                    dirnames.sort()
                    files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".json"))
            else:
                files.append(path)
        return [f for f in files if not self.is_kindless(f)]

    @staticmethod
    def is_kindless(path):
        try:
            with open(path, encoding="utf-8") as fh:
                doc = json.load(fh)
        except (OSError, ValueError):
            return False  # unreadable: check_file reports it
        return isinstance(doc, dict) and "kind" not in doc

    def readme_blocks(self):
        path = os.path.join(self.root, "cases", "README.md")
        if not os.path.isfile(path):
            return []
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        blocks, inside, start, buf = [], False, 0, []
        for i, line in enumerate(lines, 1):
            s = line.strip()
            if not inside and re.match(r"^```\s*json\s*$", s):
                inside, start, buf = True, i + 1, []
            elif inside and s.startswith("```"):
                blocks.append(("%s:%d" % (self.rel(path), start), "\n".join(buf)))
                inside = False
            elif inside:
                buf.append(line)
        return blocks

    def run(self):
        self.load_schemas()
        for path in self.data_files() + self.extra_files():
            self.check_file(path)
        for name, text in self.readme_blocks():
            self.check_document(name, text)
        if self.data_checked == 0:
            print("%s: /: no JSON files or README examples found to check" % (self.rel(os.path.join(self.root, "cases"))))
        print("%d passed, %d failed" % (self.passed, self.failed))
        return 1 if self.failed or self.data_checked == 0 else 0


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        sys.stderr.write("usage: python3 tests/schema/check_schemas.py ROOT [EXTRA_DATA_FILE_OR_DIR ...]\n")
        return 2
    root, extras = argv[1], argv[2:]
    if not os.path.isdir(root):
        sys.stderr.write("check_schemas: %s is not a directory\n" % root)
        return 2
    missing = [p for p in extras if not os.path.exists(p)]
    if missing:
        sys.stderr.write("check_schemas: no such file or folder: %s\n" % ", ".join(missing))
        return 2
    return Checker(root, extras).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
