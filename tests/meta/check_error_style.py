#!/usr/bin/env python3
"""Fails when a header in src/ breaks the one-error-type rule.

Every operation that can fail returns std::expected<T, core::Error> (spelled
std::expected<..., Error>, core::Result<T> or core::Status), and every such
declaration is [[nodiscard]], so a caller cannot drop the error silently.
Reported: a declaration returning expected/Result/Status without [[nodiscard]],
and any std::expected whose error type is not Error.
usage: check_error_style.py SRC_DIR
"""
import os
import re
import sys

RETURNS = re.compile(
    r'^\s*(?:\[\[nodiscard\]\]\s*)?(?:static\s+|virtual\s+|inline\s+|friend\s+)*'
    r'(?:std::expected<|(?:core::)?Result<|(?:core::)?Status\s+[A-Za-z_]\w*\s*\()')
EXPECTED = re.compile(r'std::expected<')


def error_type_of(text, start):
    """The last template argument of the std::expected< at `start`."""
    depth, i, args, current = 1, start, [], ''
    while i < len(text) and depth:
        c = text[i]
        if c == '<':
            depth += 1
        elif c == '>':
            depth -= 1
            if depth == 0:
                break
        if c == ',' and depth == 1:
            args.append(current)
            current = ''
        else:
            current += c
        i += 1
    args.append(current)
    return args[-1].strip()


def main():
    src = sys.argv[1]
    problems = []
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith(('.hpp', '.cpp')):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, src)
            with open(path, encoding='utf-8') as f:
                lines = f.read().split('\n')
            text = '\n'.join(lines)
            for m in EXPECTED.finditer(text):
                error = error_type_of(text, m.end())
                if error not in ('Error', 'core::Error'):
                    line = text.count('\n', 0, m.start()) + 1
                    problems.append(f'{rel}:{line}: std::expected with error type "{error}": use core::Error')
            if not name.endswith('.hpp'):
                continue
            for n, line in enumerate(lines, 1):
                if line.lstrip().startswith(('//', 'using ', 'template')) or not RETURNS.match(line):
                    continue
                previous = lines[n - 2] if n > 1 else ''
                if '[[nodiscard]]' not in line and '[[nodiscard]]' not in previous:
                    problems.append(f'{rel}:{n}: a function returning an error is not [[nodiscard]]: {line.strip()}')
    for p in problems:
        print(p)
    print(f'error style: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
