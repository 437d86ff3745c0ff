#!/usr/bin/env python3
"""Fails when a core test file is not named after the unit it tests, or sits outside its module's folder.

Each tests/core/MODULE/NAME_test.cpp must test one unit of src/core/MODULE: NAME
is a source file's stem in that module (grader, journal) or starts with one and
an underscore (grader_rules, journal_full_disk), so a reader finds a unit's tests
by module and name. Shared fixtures (headers) may sit in tests/core itself.
usage: check_test_names.py SRC_CORE_DIR TESTS_CORE_DIR
"""
import os
import sys


def units_by_module(src):
    units = {}
    for module in sorted(os.listdir(src)):
        folder = os.path.join(src, module)
        if os.path.isdir(folder):
            units[module] = {f.rsplit('.', 1)[0] for f in os.listdir(folder) if f.endswith(('.cpp', '.hpp'))}
    return units


def main():
    src, tests = sys.argv[1], sys.argv[2]
    units = units_by_module(src)
    problems = []
    for folder, _, files in os.walk(tests):
        rel_folder = os.path.relpath(folder, tests)
        for name in files:
            if not name.endswith('_test.cpp'):
                continue
            rel = name if rel_folder == '.' else f'{rel_folder}/{name}'
            stem = name[:-len('_test.cpp')]
            if rel_folder == '.':
                home = [m for m, us in units.items() if any(stem == u or stem.startswith(u + '_') for u in us)]
                where = f'tests/core/{home[0]}/' if len(home) == 1 else 'tests/core/<module>/'
                problems.append(f'{rel}: sits outside a module folder: move it to {where}')
                continue
            module = rel_folder.split(os.sep)[0]
            if module not in units:
                problems.append(f'{rel}: no module "{module}" in {src}: name the folder after the module it tests')
            elif not any(stem == u or stem.startswith(u + '_') for u in units[module]):
                problems.append(f'{rel}: no unit "{stem}" in {src}/{module}: name the file after the unit it tests')
    for p in sorted(problems):
        print(p)
    print(f'test names: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
