#!/usr/bin/env python3
"""Prove the Ajv check refuses a planted schema for the strict-mode reason it was planted for.

Usage: python3 check_planted_refused.py NODE AJV_CHECK_JS PLANTED_SCHEMA EXPECTED_TEXT

The planted schema must be a valid draft-7 schema (so only Ajv's strict mode can
refuse it); the check must then exit 1 (not 0, and not 2 for "Ajv is missing")
and print EXPECTED_TEXT, the part of Ajv's strict-mode message that names the
rule (for example "(strictRequired)"). Exits 0 when all of that holds, 1 otherwise.
"""
import json
import subprocess
import sys

try:
    from jsonschema import Draft7Validator
    from jsonschema.exceptions import SchemaError
except ImportError:  # pragma: no cover
    sys.stderr.write("check_planted_refused: needs the jsonschema module (apt-get install python3-jsonschema)\n")
    sys.exit(2)


def main(argv):
    if len(argv) != 5:
        sys.stderr.write("usage: python3 check_planted_refused.py NODE AJV_CHECK_JS PLANTED_SCHEMA EXPECTED_TEXT\n")
        return 2
    node, checker, planted, expected = argv[1:]
    try:
        with open(planted, encoding="utf-8") as fh:
            Draft7Validator.check_schema(json.load(fh))
    except (OSError, ValueError, SchemaError) as e:
        print("%s: the planted schema must be valid draft-7, so that only strict mode can refuse it: %s" % (planted, e))
        return 1
    try:
        run = subprocess.run([node, checker, planted], capture_output=True, text=True, timeout=300, check=False)
    except OSError as e:
        print("cannot run %s (%s): run ./setup.sh test, which installs Node.js and Ajv" % (node, e))
        return 1
    output = run.stdout + run.stderr
    print(output, end="")
    if run.returncode != 1:
        print("%s: the Ajv check exited %d; it must refuse this schema with exit status 1" % (planted, run.returncode))
        return 1
    if "strict mode:" not in output or expected not in output:
        print("%s: the Ajv check did not refuse this schema for its strict-mode rule (expected %r)" % (planted, expected))
        return 1
    print("%s: refused as planted: %s" % (planted, expected))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
