#!/usr/bin/env python3
"""Fails when an include in src/ points up the module order or forms a cycle.

The order is the one src/core/CMakeLists.txt documents (base at the bottom,
automation at the top of core), then render < ui < cli < app above core. A file
may include headers of its own module and of modules below it, never above.
The compiler enforces the same order for core through per-module include
directories; this check also covers relative paths ("../x.hpp") and the
front-end folders, and reports every bad edge at once.

usage: check_module_graph.py SRC_DIR
"""
import os
import re
import sys

CORE_ORDER = ["base", "learning", "json", "platform", "terms", "model", "perform", "validation", "outcome", "grading",
              "wording", "variants", "practice", "progress", "exam", "cohort", "lrs", "authoring", "automation"]
# Front ends: the GUI stack and the CLI both sit on core; the app sits on all.
# net (HTTP through libcurl) sits on core and under the CLI and the app.
_TOP = len(CORE_ORDER)  # the front ends rank above every core module, however many there are
FRONT_RANK = {"net": _TOP, "render": _TOP + 5, "ui": _TOP + 6, "cli": _TOP + 6, "app": _TOP + 15}
# ui and cli are siblings: neither may include the other.
SIBLINGS = {("ui", "cli"), ("cli", "ui")}
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)


def module_of_file(src, path):
    rel = os.path.relpath(path, src).split(os.sep)
    if rel[0] == "core" and len(rel) >= 3:
        return rel[1]
    return rel[0]


def rank(module):
    if module in CORE_ORDER:
        return CORE_ORDER.index(module)
    return FRONT_RANK.get(module)


def module_of_include(src, including_file, name):
    first = name.split("/")[0]
    if first in CORE_ORDER or first in FRONT_RANK:
        if os.path.exists(os.path.join(src, "core", name)) or os.path.exists(os.path.join(src, name)):
            return first
    # A relative include: resolve it against the including file's folder.
    target = os.path.normpath(os.path.join(os.path.dirname(including_file), name))
    if os.path.exists(target) and os.path.commonpath([target, src]) == src:
        return module_of_file(src, target)
    return None  # a system or third-party header


def main():
    src = os.path.abspath(sys.argv[1])
    edges = {}
    problems = []
    files = 0
    for folder, _, names in os.walk(src):
        for n in names:
            if not n.endswith((".cpp", ".hpp", ".h")):
                continue
            path = os.path.join(folder, n)
            files += 1
            here = module_of_file(src, path)
            if rank(here) is None:
                problems.append(f"{os.path.relpath(path, src)}: folder '{here}' is not in the module order")
                continue
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for line_no, name in ((text.count("\n", 0, m.start()) + 1, m.group(1)) for m in INCLUDE.finditer(text)):
                there = module_of_include(src, path, name)
                if there is None or there == here:
                    continue
                edges.setdefault(here, set()).add(there)
                where = f"{os.path.relpath(path, src)}:{line_no}"
                if (here, there) in SIBLINGS:
                    problems.append(f"{where}: '{here}' includes its sibling '{there}' (\"{name}\")")
                elif rank(there) > rank(here):
                    problems.append(f"{where}: '{here}' includes '{there}' (\"{name}\"), which sits above it")
    # Cycles (reported separately so a cycle among equal ranks is caught too).
    state = {}
    def visit(m, stack):
        state[m] = 1
        for n in sorted(edges.get(m, ())):
            if state.get(n) == 1:
                problems.append("cycle: " + " -> ".join(stack[stack.index(n):] + [n]) if n in stack else f"cycle through {n}")
            elif n not in state:
                visit(n, stack + [n])
        state[m] = 2
    for m in sorted(edges):
        if m not in state:
            visit(m, [m])
    if files == 0:
        print(f"no sources under {src}")
        return 1
    if problems:
        print("module graph problems:")
        for p in problems:
            print("  " + p)
        return 1
    print(f"module graph: {files} files, {sum(len(v) for v in edges.values())} edges between modules, all pointing down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
