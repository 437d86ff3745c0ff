#!/usr/bin/env python3
"""Fails when a core test file is not named after the unit it tests.

Each tests/core/NAME_test.cpp must test one unit of src/core: NAME is a source
file's stem (grader, journal) or starts with one and an underscore
(grader_rules, journal_full_disk), so a reader finds a unit's tests by name.
usage: check_test_names.py SRC_CORE_DIR TESTS_CORE_DIR
"""
import os
import sys


def main():
    src, tests = sys.argv[1], sys.argv[2]
    units = set()
    for _, _, files in os.walk(src):
        units.update(f.rsplit('.', 1)[0] for f in files if f.endswith(('.cpp', '.hpp')))
    problems = []
    for name in sorted(os.listdir(tests)):
        if not name.endswith('_test.cpp'):
            continue
        stem = name[:-len('_test.cpp')]
        if not any(stem == u or stem.startswith(u + '_') for u in units):
            problems.append(f'{name}: no unit "{stem}" in {src}: name the file after the unit it tests')
    for p in problems:
        print(p)
    print(f'test names: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
