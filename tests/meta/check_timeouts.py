#!/usr/bin/env python3
"""Fails when any registered ctest test lacks a TIMEOUT property.

A test with no limit can hang CI until its 90-minute cap; every test must end
on its own. Reads `ctest --show-only=json-v1`, which lists the tests (the
discovered Catch2 ones included) without running them.

usage: check_timeouts.py CTEST BUILD_DIR
"""
import json
import subprocess
import sys


def main():
    ctest, build = sys.argv[1], sys.argv[2]
    listing = subprocess.run([ctest, "--test-dir", build, "--show-only=json-v1"], capture_output=True, text=True, check=True)
    tests = json.loads(listing.stdout)["tests"]
    missing = []
    for test in tests:
        props = {p["name"]: p["value"] for p in test.get("properties", [])}
        if not props.get("TIMEOUT"):
            missing.append(test["name"])
    if not tests:
        print("no tests listed")
        return 1
    if missing:
        print(f"{len(missing)} of {len(tests)} tests have no TIMEOUT:")
        for name in missing:
            print("  " + name)
        return 1
    print(f"all {len(tests)} tests have a TIMEOUT")
    return 0


if __name__ == "__main__":
    sys.exit(main())
