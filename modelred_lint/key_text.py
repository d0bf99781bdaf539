"""Could a key of these formats be reported in this file? Decided on its raw text, before
any parse (issue 12: the key-literal rules' trigger).

MR001 and MR002 read keys in string literals (their values, implicit and `+`
concatenations joined), f-strings' text and comments. On real-llm, a key's prefix in
the text (`sk-` of `task-`, `hf_` of `hf_token`) let a third of the files the prefilter
passed through for these rules alone, and forced every other rule's parse with them;
few held a key.

A format read here is a *plain* one: its alphabet (regex_safety.alphabet) holds no white
space, quote, backslash or brace, and nothing but the characters matched decides a
match (no anchor, no look-around; the key-start look-behind is the linter's own). Then,
where a literal's value is its text as written (no escape, not joined to another), the
format finds in the raw text exactly the keys it finds in the value: the same
characters, ended by a character outside the alphabet on both sides (a closing quote,
the value's end). Comments and f-strings' text are read by the rule as written.

Where the value may differ from the text around an occurrence of a prefix, the file
passes unread (a superset): a backslash just before the prefix (an escape makes the
character before the key), a run after it that ends at a backslash (an escape or a
continued line inside the key), or at a quote that a concatenation continues (`"sk-ab"
"cd..."`, `"sk-ab" + "cd"`, across lines, comments and closing brackets). Everywhere
else the formats' own regexes and the vocabulary's test of a real key decide, on the
text.

Not covered, as with the prefix test before: a prefix itself spelled with escapes.
"""

from __future__ import annotations

import re
from typing import Sequence

from modelred_lint.keyscan import KEY_START, KeyPattern
from modelred_lint.regex_safety import alphabet

# What may end a key's run in the text but not in a literal's value: white space (a
# value's end is never inside a run), quotes, a backslash, an f-string's braces.
_ENDS = " \t\n\r\f\v'\"\\{}"
_ENDS_BITS = sum(1 << ord(c) for c in set(_ENDS))
_RUN = re.compile(r"[^\s'\"\\{}]*")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_STRING_PREFIX = frozenset("rRbBuUfF")
_SKIPPED = frozenset(" \t\f\r\n)")
_ESCAPE_REACH = 10  # the longest escape ending in a word character: \UXXXXXXXX


def is_plain(pattern: KeyPattern) -> bool:
    """Can this free format be read on the raw text (see the module's docstring)?"""
    source = pattern.regex.pattern
    if not source.startswith(KEY_START):
        return False
    bits = alphabet(source[len(KEY_START):], pattern.regex.flags)
    return bits is not None and not bits & _ENDS_BITS and bool(pattern.prefix)


def may_hold_key(text: str, patterns: Sequence[KeyPattern], vocab) -> bool:
    """Could the rule report a key of one of these (plain) formats in `text`?"""
    reader = _Reader(text)
    for prefix in sorted({p.prefix for p in patterns}):
        at = text.find(prefix)
        while at >= 0:
            if reader.unsure(at):
                return True
            at = text.find(prefix, at + 1)
    for pattern in patterns:
        if pattern.prefix not in text:
            continue
        for match in pattern.regex.finditer(text):
            if vocab.is_real_key(pattern, match.group()):
                return True
    return False


class _Reader:
    """The text around occurrences of a prefix. Each run and each quote is read once,
    whatever the occurrences in it (`sk-sk-sk-...` is one run): linear."""

    __slots__ = ("text", "_run", "_quotes")

    def __init__(self, text: str) -> None:
        self.text = text
        self._run = (-1, -1)  # the last run read: (start, end)
        self._quotes: dict[int, bool] = {}  # a quote's offset -> is it continued

    def unsure(self, at: int) -> bool:
        text = self.text
        escaped = "\\" in text[max(0, at - _ESCAPE_REACH):at]
        if at and text[at - 1] in _WORD_CHARS and not escaped:
            return False  # no key starts here, in the value either (the look-behind)
        if escaped:
            return True
        start, end = self._run
        if not start <= at < end:
            end = _RUN.match(text, at).end()
            self._run = (at, end)
        if end >= len(text):
            return False
        stop = text[end]
        if stop == "\\":
            return True
        if stop in "'\"":
            continued = self._quotes.get(end)
            if continued is None:
                continued = self._quotes[end] = self._continued(end)
            return continued
        return False

    def _continued(self, quote: int) -> bool:
        """Does a string go on after the quote at `quote` (another literal, or `+`)?"""
        text, n = self.text, len(self.text)
        i = quote
        while i < n and text[i] == text[quote]:
            i += 1
        if i - quote not in (1, 3):
            return True  # `"sk-ab""cd"`: a literal joined to the next (or an empty one)
        while i < n:
            char = text[i]
            if char in _SKIPPED:
                i += 1
            elif char == "\\" and text.startswith(("\n", "\r"), i + 1):
                i += 2
            elif char == "#":
                line_end = text.find("\n", i)
                i = n if line_end < 0 else line_end
            else:
                break
        if i >= n:
            return False
        char = text[i]
        if char in "+'\"":
            return True
        j = i
        while j < n and j < i + 2 and text[j] in _STRING_PREFIX:
            j += 1
        return j > i and j < n and text[j] in "'\""
