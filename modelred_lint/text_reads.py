"""Reads of a name in a file's raw text, before the tree is walked: supersets of what a walk
of the module would find (`subscripted_in`: could the name stand subscripted anywhere?), so
that a walk whose answer the text already proves empty is not made.

The reading steps past what may stand between a name and the `.` or `[` that reads it, and
between those and what is read: white space, a line continuation, closing parentheses and
comments (inside brackets a comment may stand before the `.`). A `#` inside a string is
taken for a comment too, and a `)` after a `.` or `[` is no Python: both only make the
answer a larger superset. Every reading is linear in the text: each comment line is read
to its end once, and each other stretch is read from one place only."""

from __future__ import annotations

import re
from typing import Optional

_BETWEEN = frozenset(" \t\r\n\f\\)")
_STRING_PREFIX = frozenset("rRbBuUfF")
# A literal read further than this (it may overlap the next place read) is not read.
LONGEST_LITERAL = 200
# A literal `literal_at` could not read plainly (an escape, implicit concatenation, a
# triple quote, no close soon).
UNREAD = object()


# A stretch of identifier characters: every non-ASCII character counts as one (outside
# strings and comments Python allows them only in names), so a name of the code is always
# one whole stretch. (A character class repeated: linear.)
_STRETCH = re.compile(r"[^\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]+")
_STRETCH_ASCII = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")
# A text is searched name by name for the first names read in it (a lint reads a few: 4
# on sdk-heavy's median module, 14 at most), then indexed whole (every stretch's ends by
# its text, one pass), so that reading a module at each of its 20,000 names stays
# linear. The index of every stretch cost more than the few searches it served.
SEARCHED_NAMES = 32


def _in_stretch(char: str) -> bool:
    return char in _STRETCH_ASCII or char > "\x7f"


def _index(text: str) -> dict[str, list[int]]:
    """Where each identifier-like stretch of the text ends, by its text."""
    index: dict[str, list[int]] = {}
    for match in _STRETCH.finditer(text):
        index.setdefault(match.group(), []).append(match.end())
    return index


def _search(text: str, name: str) -> list[int]:
    """Where the whole stretches equal to `name` end: what _index gives for it. Linear:
    an occurrence inside a longer stretch sends the search past that stretch's end, so
    no character is read twice (`aaaa...` searched for `aaa` too)."""
    if not name or _STRETCH.fullmatch(name) is None:
        return []  # (no stretch is that text)
    ends: list[int] = []
    size, limit = len(name), len(text)
    at = text.find(name)
    while at >= 0:
        end = at + size
        if at and _in_stretch(text[at - 1]):
            at = text.find(name, _STRETCH.match(text, at).end())
        elif end < limit and _in_stretch(text[end]):
            at = text.find(name, _STRETCH.match(text, end).end())
        else:
            ends.append(end)
            at = text.find(name, end)
    return ends


class _Occurrences:
    """One text's stretches as read so far: by name, then (past SEARCHED_NAMES) all."""

    __slots__ = ("text", "searched", "index")

    def __init__(self, text: str) -> None:
        self.text = text
        self.searched: dict[str, list[int]] = {}
        self.index: Optional[dict[str, list[int]]] = None

    def ends(self, name: str) -> list[int]:
        if self.index is None:
            found = self.searched.get(name)
            if found is not None:
                return found
            if len(self.searched) < SEARCHED_NAMES:
                found = self.searched[name] = _search(self.text, name)
                return found
            self.index = _index(self.text)
        return self.index.get(name, [])


_last: Optional[_Occurrences] = None  # (one text is read at many names)


def _name_ends(text: str, name: str) -> list[int]:
    """Where the identifier-like stretch `name` ends, at each of its occurrences."""
    global _last
    held = _last
    if held is None or (held.text is not text and held.text != text):  # (equal texts: a copy of the same file's)
        held = _last = _Occurrences(text)
    return held.ends(name)


class Reader:
    """One text, read at many places, in any order; remembers the last comment skipped."""

    __slots__ = ("text", "end", "_comment")

    def __init__(self, text: str) -> None:
        self.text = text
        self.end = len(text)
        self._comment = (0, 0)  # where the last comment skipped started, and its line's end

    def code_after(self, i: int) -> int:
        """Where the code goes on at or after `i`, past white space, closing parentheses
        and comments (a `#` inside the last comment skipped lies on that line, whose end
        is known)."""
        text, end = self.text, self.end
        while i < end:
            char = text[i]
            if char in _BETWEEN:
                i += 1
            elif char == "#":
                start, stop = self._comment
                if not start <= i < stop:
                    line_end = text.find("\n", i)
                    stop = end if line_end < 0 else line_end
                    self._comment = (i, stop)
                i = stop
            else:
                break
        return i

    def name_at(self, i: int) -> tuple[str, int]:
        """The identifier that starts at `i` (possibly empty), and where it ends. (An
        identifier's stretch holds no `.`, `(` or `[`: each is read from one place.)"""
        text, end = self.text, self.end
        start = i
        while i < end and (text[i].isalnum() or text[i] == "_"):
            i += 1
        return text[start:i], i

    def literal_at(self, i: int):
        """The string literal that starts at `i` (past white space, comments and opening
        parentheses), as (its text, where the code goes on after it); (None, i) where
        none starts there (`cfg[k]`); (UNREAD, i) where one starts that this does not
        read plainly."""
        text, end = self.text, self.end
        i = self.code_after(i)
        while i < end and text[i] == "(":  # (("api_key"))
            i = self.code_after(i + 1)
        prefix = i
        while i < end and text[i] in _STRING_PREFIX and i - prefix < 2:
            i += 1
        if i >= end or text[i] not in "'\"":
            return None, i
        quote, start = text[i], i + 1
        close = text.find(quote, start, start + LONGEST_LITERAL)
        if close < 0:
            return UNREAD, i
        value = text[start:close]
        after = self.code_after(close + 1)
        if "\\" in value or (after < end and text[after] in "'\""):
            return UNREAD, i  # an escape, "api" "_key", a triple quote's second and third
        return value, after

    def past_keyword(self, i: int) -> int:
        """Past `key=` where an argument starts with a keyword; else `i` itself."""
        name, at = self.name_at(self.code_after(i))
        if not name:
            return i
        at = self.code_after(at)
        text = self.text
        if at < self.end and text[at] == "=" and text[at + 1:at + 2] != "=":
            return at + 1
        return i

    def places(self, name: str):
        """For each occurrence of the identifier `name` (a whole one: not `my_cfg` for
        `cfg`): where the code goes on after it, each place once (occurrences in a comment
        lead past it to the same place: read again from there, a long name after it would
        be read once per occurrence)."""
        seen: set[int] = set()
        for end in _name_ends(self.text, name):
            i = self.code_after(end)
            if i not in seen:
                seen.add(i)
                yield i


# The keyword `global` where a statement may start: first on a line (after its indent), or
# after the `;` or `:` that puts a statement on one line with another (`x = 1; global y`,
# `def f(): global y`). (`\r` too: Python reads a lone one as a line's end. One class
# repeated, after a one-character anchor: linear.)
_GLOBAL_STATEMENT = re.compile(r"(?:\A|[\r\n;:])[ \t\f]*global\b")


def may_declare_global(text: str) -> bool:
    """Could the text hold a `global` statement? (A superset: the word first on a line
    of a docstring or comment counts too; a word inside a name, `global_settings`, or a
    call, `globals()`, does not.)"""
    return _GLOBAL_STATEMENT.search(text) is not None


def subscripted_in(text: str, name: str) -> bool:
    """Could `name` stand subscripted anywhere in the text (`name[`, `name [`, `(name)[`,
    across a line break, a backslash or a comment)?"""
    reader = Reader(text)
    return any(i < reader.end and text[i] == "[" for i in reader.places(name))
