"""Shell-style patterns whose only wildcard is `*`, matched without a regular expression.

The rules' name patterns (`validate*`, `*_hash`, `on_*token*`) and the default exclude
names (`*.egg-info`) use nothing else. A `*`-only pattern is matched piece by piece: the
text before the first `*` starts the name, the text after the last ends it, and the
pieces between are found in turn, leftmost first. That gives fnmatch's answers in time
linear in the name for each piece (a pattern from a .gitignore under review cannot make
it backtrack, as `*a*a*a*b` turned into a regex can), and costs no compile per pattern.
"""

from __future__ import annotations

import fnmatch
import functools
from typing import Callable


@functools.lru_cache(maxsize=None)
def star_glob(pattern: str) -> Callable[[str], bool]:
    """fnmatch.fnmatchcase(name, pattern) as a test of the name; a pattern with `?` or
    `[` is left to fnmatch."""
    if any(c in pattern for c in "?[]"):
        return lambda name: fnmatch.fnmatchcase(name, pattern)
    pieces = pattern.split("*")
    if len(pieces) == 1:
        return pattern.__eq__
    head, *middle, tail = pieces
    least = len(head) + len(tail)

    def test(name: str) -> bool:
        if len(name) < least or not name.startswith(head) or not name.endswith(tail):
            return False
        position, end = len(head), len(name) - len(tail)
        for piece in middle:  # each in turn, leftmost first, between head and tail
            found = name.find(piece, position, end)
            if found < 0:
                return False
            position = found + len(piece)
        return True

    return test
