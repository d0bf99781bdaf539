"""The floor: parse every .py file under the given paths with `libcst.parse_module`, nothing more.

One process, one file at a time, files read as bytes (LibCST detects the encoding as a linter
must).  A file that does not parse is counted, not fatal.  Prints one summary line to stderr.

    python benchmarks/parse_floor.py PATH [PATH ...]
"""

from __future__ import annotations

import os
import sys

import libcst


def python_files(path: str):
    if os.path.isfile(path):
        yield path
        return
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                yield os.path.join(root, name)


def main(paths: list[str]) -> int:
    parsed = failed = 0
    for path in paths:
        for file in python_files(path):
            with open(file, "rb") as f:
                source = f.read()
            try:
                libcst.parse_module(source)
                parsed += 1
            except Exception:  # ParserSyntaxError, and anything LibCST raises on odd bytes
                failed += 1
    print(f"parse_floor: {parsed} parsed, {failed} failed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
