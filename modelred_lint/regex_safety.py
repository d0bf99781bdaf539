"""Does a regular expression run in linear time on hostile input?

Python's `re` is a backtracking engine: where a pattern can match the same text in
more than one way and what follows then fails, it tries every way. `(a+)+$` takes
2**n steps on n letters "a" and a "!"; `\\w+\\w+$` takes n**2. The linter runs
patterns over text a pull request controls, so one line can stall CI. This module
reads a pattern's parse tree (the parser `re` itself uses) and rejects the shapes
that backtrack more than linearly; `check_pattern` says why, in words that name what
to change and never quote the pattern whole (a key pattern may hold a key).

The model. Walking the pattern from left to right, the analysis keeps the *choice
points* still open: repeats whose count can vary (and, for a search, the start
position) that could have gone on taking characters up to here. Each keeps its
alphabet and, for every item matched since, the characters of that item it could
also have taken. A later repeat whose alphabet meets the open one's, where every
item between could stand on a shared character, splits text made of shared
characters (one repeated, `aaaa`, or a period, `abab`) in another way: the two
together match it in n ways. That costs time only if the rest can fail where such
text stops (if not, the first, greedy attempt succeeds) and again when it is given
back, so both are asked of the rest of the pattern. The rules:

1. Adjacent repeats: a growing repeat (unbounded, or a range of 8 or more) can take
   text an earlier growing repeat could have taken: `\\w+\\w+$`,
   `[a-z]+x?[a-z0-9]+!`, `.*ab.*ab.*!`. Polynomial time.
2. Search restarts: searching tries a match at every position, as if the pattern
   were preceded by a growing repeat of any character. A repeat that a match can
   reach from inside text it would then scan to the end (`[a-z]+!`, `a[a-z-]*!` on
   `-a-a-a`) is rule 1 against that implicit repeat: quadratic. A leading literal
   the repeat cannot take, or a look-behind that refuses such a start (the key
   patterns' `(?<![A-Za-z0-9_])`), avoids it.
3. Nested repeats: inside a repeat that can iterate more than once, a choice point
   of one iteration meets a repeat of the next over the same characters: `(a+)+`,
   `(a*)*`, `(\\w+\\s?)*$`, `(a?a)*`, `(.*a){20}`. Exponential (or polynomial of the
   outer count's degree). Judged as if something that can fail followed, wherever
   the pattern is used.
4. Alternation under a repeat: two alternatives that can start with the same
   character (or both match the empty string) multiply the ways to match by two at
   each iteration: `(a|a)*`, `(ab|a|b)*`. (Conservative: some such patterns are
   unambiguous; rewrite them so that the alternatives start differently. Python's
   parser already moves a common prefix out: `(ab|ac)*` is `(a[bc])*`.)
5. Backreferences and conditional groups: rejected. (For the linter's own
   patterns, `analyse(char_backreferences=True)` accepts a backreference to a group
   of exactly one character, a quote matched again, and reads it as a class.)
6. A counted repeat above 1,000: its cost per start is the count.

Possessive repeats (`a*+`, Python 3.11+) make no choices and are no choice points.
Look-aheads are analysed as scans from where they stand. Character sets are exact
(`re` itself matches each class against every code point). The rest over-
approximates: a repeat is judged by its alphabet, not by the strings it can match,
and assertions pass where the analysis cannot tell; so it may reject a safe pattern
(`\\{(?:[^{}]|\\{[^{}]*\\})+\\}`) and is built never to accept one of these
shapes. Anything it does not understand is rejected. The patterns shipped with the
linter are checked in tests/test_regex_safety.py, each in the way the code uses it.
"""

from __future__ import annotations

import array
import functools
import re
import sys
from dataclasses import dataclass
from typing import NamedTuple, Optional

from modelred_lint.keyscan import KEY_START

if sys.version_info >= (3, 11):
    from re import _constants as _c
    from re import _parser as _p
else:  # pragma: no cover - exercised on 3.10 only
    import sre_constants as _c
    import sre_parse as _p

__all__ = ["check_pattern", "analyse"]

_MAXREPEAT = _c.MAXREPEAT
_ALL = (1 << 0x110000) - 1  # every code point, as a bit set
_NEWLINE = 1 << ord("\n")
GROWTH = 8  # a repeat whose count can vary this much is a run, not a small choice
COUNT_LIMIT = 1000
_BUDGET = 50_000  # analysis steps; a pattern needing more is rejected as too complex

_CHAR_OPS = frozenset({_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN})
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)})
_POSSESSIVE = getattr(_c, "POSSESSIVE_REPEAT", None)
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
_CATEGORY_TEXT = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
# Flags that change which characters a class matches.
_CHAR_FLAGS = re.IGNORECASE | re.ASCII | re.DOTALL

_MESSAGES = {
    "backreference": (
        "it uses a backreference or a conditional group ({where}), which the safety "
        "check cannot vouch for; remove it"
    ),
    "count": f"it has a counted repeat above {COUNT_LIMIT:,}; use a smaller count",
    "nested": (
        "a repeat inside a repeat can split the same text between iterations in many "
        "ways ({where}), so a failing match backtracks exponentially (like (a+)+ or "
        "(\\w+\\s?)*$); make each iteration start or end with a character the inner "
        "repeat cannot match, or drop one of the repeats"
    ),
    "alternation": (
        "alternatives inside a repeat can match the same text ({where}), so a failing "
        "match tries every combination (like (a|a)* or (ab|a|b)*); make the "
        "alternatives start with different characters"
    ),
    "adjacent": (
        "two repeats in a row can match the same characters ({where}) and what follows "
        "can fail, so every split between them is tried (like \\w+\\w+$); put a "
        "character neither repeat matches between them, or merge them into one"
    ),
    "start": (
        "a match can start at every character of a run that its repeat ({where}) then "
        "scans to the end, which takes quadratic time; start the pattern with a fixed "
        "prefix such as acme_"
    ),
    "unsupported": "it uses a construct the safety check does not analyse ({where}); rewrite it without",
    "complex": "it is too complex for the safety check; simplify it",
}
# The order in which problems are reported (the worst first).
_ORDER = ("backreference", "nested", "alternation", "adjacent", "start", "count", "unsupported", "complex")


class _Unsafe(Exception):
    def __init__(self, kind: str, where: str = "") -> None:
        super().__init__(kind)
        self.kind = kind
        self.where = where


class _Open(NamedTuple):
    """A choice point still open: a repeat (or the implicit start of a search) that
    could have gone on taking characters of `alphabet` up to here. Every item
    matched since stood on one of `between` (a set each); a later repeat over the
    same alphabet splits text made of those characters in many ways. `grow`: its
    count can grow with the text; `start`: the search's start; `cross`: a choice of
    an earlier iteration of an enclosing repeat."""

    alphabet: int
    between: frozenset
    grow: bool
    start: bool
    cross: bool


_Tails = frozenset  # of _Open
_NONE: frozenset = frozenset()


def _passing(tails: frozenset, bits: int) -> frozenset:
    """The open choice points after an item that takes one character of `bits`."""
    out = set()
    for entry in tails:
        usable = bits & entry.alphabet
        if not usable:
            continue
        # A set that holds a smaller one adds nothing: that one meets more rarely.
        if any(other & ~usable == 0 for other in entry.between):
            out.add(entry)
            continue
        between = frozenset(b for b in entry.between if b & ~usable) | {usable}
        out.add(entry._replace(between=between))
    return _Tails(out)


def _overlap(entry: _Open, alphabet: int, first: int) -> int:
    """The characters on which a repeat over `alphabet` (starting with one of
    `first`) can take the text an open choice point could have taken: 0 if none."""
    common = entry.alphabet & alphabet
    if not common or not first & common or any(not b & common for b in entry.between):
        return 0
    return common


# -- character sets --------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _every_character() -> str:
    """Every code point, lone surrogates included, in one string (0.1 s, once)."""
    return array.array("I", range(0x110000)).tobytes().decode("utf-32-le", "surrogatepass")


@functools.lru_cache(maxsize=1024)
def _scan(class_text: str, flags: int) -> int:
    """The exact set a one-character pattern matches under these flags, found by
    letting `re` match it against every code point (categories, case folding and
    DOTALL are then `re`'s own, not a copy of its tables)."""
    bits = 0
    for match in re.finditer(f"(?:{class_text})+", _every_character(), flags & _CHAR_FLAGS):
        start, end = match.span()
        bits |= ((1 << (end - start)) - 1) << start
    return bits


def _u(code: int) -> str:
    return "\\U%08x" % code


def _class_text(op, av) -> str:
    if op is _c.LITERAL:
        return _u(av)
    if op is _c.NOT_LITERAL:
        return f"[^{_u(av)}]"
    if op is _c.ANY:
        return "."
    parts, negate = [], ""
    for item_op, item_av in av:
        if item_op is _c.NEGATE:
            negate = "^"
        elif item_op is _c.LITERAL:
            parts.append(_u(item_av))
        elif item_op is _c.RANGE:
            parts.append(f"{_u(item_av[0])}-{_u(item_av[1])}")
        elif item_op is _c.CATEGORY and item_av in _CATEGORY_TEXT:
            parts.append(_CATEGORY_TEXT[item_av])
        else:
            raise _Unsafe("unsupported", str(item_op).lower())
    return f"[{negate}{''.join(parts)}]"


def _plain_bits(op, av) -> Optional[int]:
    """The set of a literal or of a class of literals and ranges, without a scan."""
    if op is _c.LITERAL:
        return 1 << av
    if op is not _c.IN:
        return None
    bits = 0
    for item_op, item_av in av:
        if item_op is _c.LITERAL:
            bits |= 1 << item_av
        elif item_op is _c.RANGE:
            bits |= ((1 << (item_av[1] - item_av[0] + 1)) - 1) << item_av[0]
        else:
            return None
    return bits


def _char_bits(op, av, flags: int) -> int:
    if not flags & re.IGNORECASE:
        bits = _plain_bits(op, av)
        if bits is not None:
            return bits
    return _scan(_class_text(op, av), flags)


# -- rendering a fragment for a message --------------------------------------------


def _render(items, limit: int = 40) -> str:
    """A sub-pattern written back as a regex, with long literal runs cut short (a
    pattern may hold a real key) and the whole cut at `limit` characters."""
    text = _render_items(items)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _render_items(items) -> str:
    out, literal = [], []

    def flush() -> None:
        if literal:
            run = "".join(literal)
            out.append(run if len(run) <= 4 else run[:2] + "…")
            literal.clear()

    for op, av in items:
        if op is _c.LITERAL:
            literal.append(re.escape(chr(av)) if chr(av).isprintable() else "\\x%02x" % av if av < 256 else _u(av))
            continue
        flush()
        out.append(_render_item(op, av))
    flush()
    return "".join(out)


def _render_item(op, av) -> str:
    if op is _c.ANY:
        return "."
    if op in (_c.IN, _c.NOT_LITERAL):
        names = {v: k for k, v in _CATEGORY_TEXT.items()}
        if op is _c.IN and len(av) == 1 and av[0][0] is _c.CATEGORY and av[0][1] in names.values():
            return _CATEGORY_TEXT[av[0][1]]
        text = []
        for item_op, item_av in av if op is _c.IN else [(_c.NEGATE, None), (_c.LITERAL, av)]:
            if item_op is _c.NEGATE:
                text.append("^")
            elif item_op is _c.LITERAL:
                text.append(re.escape(chr(item_av)))
            elif item_op is _c.RANGE:
                text.append(f"{re.escape(chr(item_av[0]))}-{re.escape(chr(item_av[1]))}")
            elif item_op is _c.CATEGORY:
                text.append(_CATEGORY_TEXT.get(item_av, "?"))
        return "[" + "".join(text) + "]"
    if op is _c.SUBPATTERN:
        return "(" + _render_items(av[-1]) + ")"
    if op is _c.BRANCH:
        return "(?:" + "|".join(_render_items(alt) for alt in av[1]) + ")"
    if op in _REPEATS:
        low, high, body = av
        inner = _render_items(body)
        if len(body) != 1 or body[0][0] in _REPEATS:
            inner = "(?:" + inner + ")"
        if (low, high) == (0, _MAXREPEAT):
            suffix = "*"
        elif (low, high) == (1, _MAXREPEAT):
            suffix = "+"
        elif (low, high) == (0, 1):
            suffix = "?"
        elif high == _MAXREPEAT:
            suffix = "{%d,}" % low
        elif low == high:
            suffix = "{%d}" % low
        else:
            suffix = "{%d,%d}" % (low, high)
        if op is _c.MIN_REPEAT:
            suffix += "?"
        elif op is _POSSESSIVE:
            suffix += "+"
        return inner + suffix
    if op is _c.GROUPREF:
        return "\\%d" % av
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        direction, body = av
        head = {(True, 1): "(?=", (False, 1): "(?!", (True, -1): "(?<=", (False, -1): "(?<!"}
        return head[(op is _c.ASSERT, direction)] + _render_items(body) + ")"
    if op is _c.AT:
        return {_c.AT_BEGINNING: "^", _c.AT_END: "$", _c.AT_BOUNDARY: "\\b", _c.AT_NON_BOUNDARY: "\\B",
                _c.AT_BEGINNING_STRING: "\\A", _c.AT_END_STRING: "\\Z"}.get(av, "^")
    if op is _ATOMIC:
        return "(?>" + _render_items(av) + ")"
    return "?"


# -- the analysis ------------------------------------------------------------------


@dataclass
class _Problem:
    kind: str
    where: str


class _Analysis:
    def __init__(self, parsed, search: bool, end_fails: bool, char_backreferences: bool) -> None:
        self.state = parsed.state
        self.char_backreferences = char_backreferences
        self.search = search
        self.end_fails = end_fails
        self.problems: dict[tuple[str, str], _Problem] = {}
        self.steps = 0
        self.groups: dict[int, tuple] = {}  # group number -> (content, flags)
        self._widths: dict[int, tuple] = {}
        self._item_widths: dict[tuple, tuple] = {}

    # facts about items -----------------------------------------------------------
    def tick(self) -> None:
        self.steps += 1
        if self.steps > _BUDGET:
            raise _Unsafe("complex")

    def width(self, items) -> tuple[int, int]:
        """(fewest, most) characters a sequence of the tree matches."""
        cached = self._widths.get(id(items))
        if cached is None or cached[0] is not items:  # keep the object: ids are reused
            sub = items if isinstance(items, _p.SubPattern) else _p.SubPattern(self.state, list(items))
            cached = self._widths[id(items)] = (items, sub.getwidth())
        return cached[1]

    def item_width(self, item) -> tuple[int, int]:
        op, av = item
        key = (op, id(av))
        cached = self._item_widths.get(key)
        if cached is None or cached[0] is not av:
            cached = self._item_widths[key] = (av, _p.SubPattern(self.state, [item]).getwidth())
        return cached[1]

    def nullable(self, item) -> bool:
        return self.item_width(item)[0] == 0

    def group_bits(self, number: int, where: str) -> int:
        """A backreference read as a class: only to a group of one character."""
        if not self.char_backreferences or number not in self.groups:
            raise _Unsafe("backreference", where)
        content, flags = self.groups[number]
        if self.width(content) != (1, 1):
            raise _Unsafe("backreference", where)
        return self.first(content, flags)

    def uniform(self, items, flags: int) -> int:
        """Characters c such that the sequence can match c, cc, ...: a non-empty
        string of c's only."""
        common, some = _ALL, 0
        for op, av in items:
            bits = self.uniform_item(op, av, flags)
            some |= bits
            if not self.nullable((op, av)):
                common &= bits
        return common & some

    def uniform_item(self, op, av, flags: int) -> int:
        return self._item_bits(op, av, flags, self.uniform)

    def _item_bits(self, op, av, flags: int, walk) -> int:
        """The characters an item can take, its parts read by `walk` (uniform: every
        character of a run; first: the first character)."""
        self.tick()
        if op in _CHAR_OPS:
            return _char_bits(op, av, flags)
        if op is _c.GROUPREF:
            return self.group_bits(av, "\\%d" % av)
        if op is _c.SUBPATTERN:
            return walk(av[-1], _scoped(flags, av))
        if op is _ATOMIC:
            return walk(av, flags)
        if op is _c.BRANCH:
            bits = 0
            for alt in av[1]:
                bits |= walk(alt, flags)
            return bits
        if op in _REPEATS:
            return walk(av[2], flags) if av[1] > 0 else 0
        return 0  # assertions consume nothing

    def first(self, items, flags: int) -> int:
        bits = 0
        for op, av in items:
            bits |= self.first_item(op, av, flags)
            if not self.nullable((op, av)):
                break
        return bits

    def first_item(self, op, av, flags: int) -> int:
        return self._item_bits(op, av, flags, self.first)

    # what follows ---------------------------------------------------------------
    def fail_set(self, cont: tuple, chars: int, strict: bool = False) -> int:
        """Of these characters, those for which the rest of the pattern (the
        continuation `cont`) can fail when the text goes on with that character: a
        run a repeat gave back is then re-read by the rest, over and over. strict: as
        if something that can fail followed the pattern."""
        failing = 0
        for position, frame in enumerate(cont):
            if not chars:
                return failing
            if frame[0] == "ok":  # the end of a look-ahead: its scan has succeeded
                return failing
            if frame[0] == "loop":
                if frame[1] > 1:  # more iterations must follow: they can fail
                    return failing | chars
                continue
            _, items, start, flags = frame
            for index in range(start, len(items)):
                self.tick()
                op, av = items[index]
                rest = (("seq", items, index + 1, flags),) + cont[position + 1 :]
                if op is _c.SUBPATTERN:
                    return failing | self.fail_set((("seq", av[-1], 0, _scoped(flags, av)),) + rest, chars, strict)
                if op is _ATOMIC:
                    return failing | self.fail_set((("seq", av, 0, flags),) + rest, chars, strict)
                if op is _c.BRANCH:
                    # The alternatives are tried in turn: all of them must fail.
                    common = chars
                    for alt in av[1]:
                        common &= self.fail_set((("seq", alt, 0, flags),) + rest, chars, strict)
                    return failing | common
                if op in _CHAR_OPS or op is _c.GROUPREF:
                    # One character: where it is not the next one, this fails; where it
                    # is, it is taken, and the rest may fail on what comes after.
                    bits = self.uniform_item(op, av, flags)
                    failing |= chars & ~bits
                    taken = chars & bits
                    if taken and (self.fail_set(rest, _ALL, strict) or self.fails_at_end(rest, strict)):
                        failing |= taken
                    return failing
                if op is _c.ASSERT_NOT and (av[0] == 1 or self.width(av[1]) == (1, 1)):
                    # (?!P) facing c fails only where P can start with c; (?<!x) only
                    # where x is c (the character before is the run's).
                    if self.width(av[1])[0] == 0:
                        return failing | chars
                    blocked = self.first(av[1], flags)
                    failing |= chars & blocked
                    chars &= ~blocked
                    continue
                if op is _c.ASSERT and av[0] == -1 and self.width(av[1]) == (1, 1):
                    allowed = self.first(av[1], flags)  # (?<=x): the run's character is x
                    failing |= chars & ~allowed
                    chars &= allowed
                    continue
                if op is _c.ASSERT and self.width(av[1])[0] == 0 and av[0] == 1:
                    continue
                if op is _c.AT and av in (_c.AT_NON_BOUNDARY, getattr(_c, "AT_UNI_NON_BOUNDARY", None)):
                    continue
                if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                    return failing | chars
                if self.nullable((op, av)):
                    continue
                return failing | chars
        return failing | (chars if self.end_fails or strict else 0)

    def stops_badly(self, cont: tuple, runs: int, strict: bool = False) -> bool:
        """Can the rest fail where a run of these characters stops (at a character
        outside it, or at the end of the text)? If it cannot, the first, greedy
        attempt always succeeds and nothing is tried again: `[^\\n]*(?:\\n|\\Z)`."""
        return bool(self.fail_set(cont, _ALL & ~runs, strict)) or self.fails_at_end(cont, strict)

    def fails_at_end(self, cont: tuple, strict: bool = False) -> bool:
        """Can the rest fail at the end of the text? Only what must consume a
        character, or a look-ahead that must see one, fails there."""
        for position, frame in enumerate(cont):
            if frame[0] == "ok":
                return False
            if frame[0] == "loop":
                if frame[1] > 1:
                    return True
                continue
            _, items, start, flags = frame
            for index in range(start, len(items)):
                self.tick()
                op, av = items[index]
                rest = (("seq", items, index + 1, flags),) + cont[position + 1 :]
                if op is _c.SUBPATTERN:
                    return self.fails_at_end((("seq", av[-1], 0, _scoped(flags, av)),) + rest, strict)
                if op is _ATOMIC:
                    return self.fails_at_end((("seq", av, 0, flags),) + rest, strict)
                if op is _c.BRANCH:
                    return all(self.fails_at_end((("seq", alt, 0, flags),) + rest, strict) for alt in av[1])
                if op is _c.AT and av in (_c.AT_END, _c.AT_END_STRING, _c.AT_END_LINE, _c.AT_NON_BOUNDARY):
                    continue
                if op is _c.ASSERT_NOT and av[0] == 1 and self.width(av[1])[0] > 0:
                    continue  # nothing follows to match P
                if self.nullable((op, av)) and op not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                    continue
                return True
        return strict

    # the walk -------------------------------------------------------------------
    def report(self, kind: str, item) -> None:
        where = _render([item])
        self.problems.setdefault((kind, where), _Problem(kind, where))

    def walk(self, items, flags: int, tails: _Tails, cont: tuple, in_loop) -> _Tails:
        """in_loop: the innermost enclosing repeat that can iterate twice, or None."""
        for index, (op, av) in enumerate(items):
            rest = (("seq", items, index + 1, flags),) + cont
            tails = self.step(op, av, flags, tails, rest, in_loop)
        return tails

    def step(self, op, av, flags: int, tails: _Tails, rest: tuple, in_loop) -> _Tails:
        self.tick()
        if op in _CHAR_OPS:
            return _passing(tails, _char_bits(op, av, flags))
        if op is _c.GROUPREF:
            return _passing(tails, self.group_bits(av, "\\%d" % av))
        if op is _c.SUBPATTERN:
            group, content = av[0], av[-1]
            inner = _scoped(flags, av)
            if group is not None:
                self.groups[group] = (content, inner)
            return self.walk(content, inner, tails, rest, in_loop)
        if op is _ATOMIC:  # read as an ordinary group: it can only backtrack less
            return self.walk(av, flags, tails, rest, in_loop)
        if op is _c.BRANCH:
            alternatives = av[1]
            if in_loop is not None:
                self.check_alternatives(av, flags, in_loop)
            out = set()
            for alt in alternatives:
                out |= self.walk(alt, flags, tails, rest, in_loop)
            return _Tails(out)
        if op in _REPEATS:
            return self.repeat(op, av, flags, tails, rest, in_loop)
        if op is _c.AT:
            if av in (_c.AT_NON_BOUNDARY, getattr(_c, "AT_UNI_NON_BOUNDARY", None)):
                return tails
            if av in (_c.AT_BEGINNING_LINE, _c.AT_END_LINE):
                return _passing(tails, _NEWLINE)  # next to a line break of the run
            if av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_END, _c.AT_END_STRING):
                return _NONE  # only at an end of the text, never inside a run
            return tails  # \b and the like may hold between characters of a run
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, body = av
            if direction == 1:  # a look-ahead scans on from here, then succeeds
                self.walk(body, flags, tails, (("ok",),), in_loop)
                return tails
            # A look-behind of one character looks at a character of the run.
            if op is _c.ASSERT_NOT and self.width(body) == (1, 1):
                return _passing(tails, _ALL & ~self.first(body, flags))
            if op is _c.ASSERT and self.width(body) == (1, 1):
                return _passing(tails, self.first(body, flags))
            return tails
        if op is _c.GROUPREF_EXISTS:
            raise _Unsafe("backreference", "(?(…)…)")
        raise _Unsafe("unsupported", str(op).lower())

    def check_alternatives(self, av, flags: int, loop) -> None:
        alternatives = av[1]
        starts = [self.first(alt, flags) for alt in alternatives]
        empty = [self.width(alt)[0] == 0 for alt in alternatives]
        for i in range(len(alternatives)):
            for j in range(i + 1, len(alternatives)):
                if starts[i] & starts[j] or (empty[i] and empty[j]):
                    self.report("alternation", loop)
                    return

    def repeat(self, op, av, flags: int, tails: _Tails, rest: tuple, in_loop) -> _Tails:
        low, high, body = av
        if low > COUNT_LIMIT or (high != _MAXREPEAT and high > COUNT_LIMIT):
            self.report("count", (op, av))
        variable = high > low and op is not _POSSESSIVE
        growing = variable and (high == _MAXREPEAT or high - low >= GROWTH)
        alphabet = self.chars(body, flags) if variable else 0
        if alphabet:
            first = self.first(body, flags)
            for entry in tails:
                if not (entry.cross or (growing and entry.grow)):
                    continue
                common = _overlap(entry, alphabet, first)
                if not common or not self.stops_badly(rest, common, entry.cross):
                    continue
                if entry.cross and self.fail_set(rest, common, True):
                    self.report("nested", (op, av))
                elif growing and entry.grow and self.fail_set(rest, common):
                    self.report("start" if entry.start else "adjacent", (op, av))
        if high == 0:
            return tails
        body_cont = (("loop", low),) + rest
        iterates = high >= 2
        loop = (op, av) if iterates else in_loop
        out = self.walk(body, flags, tails, body_cont, loop)
        if iterates:
            # The next iteration sees the choice points this one ended with, as
            # choices of an earlier iteration (cross) that stay inside this repeat.
            outside = out
            for _ in range(4):
                carried = _Tails(entry._replace(start=False, cross=True) for entry in out)
                again = self.walk(body, flags, _Tails(tails | carried), body_cont, loop)
                merged = _Tails(out | again)
                if merged == out:
                    break
                out = merged
            out = _Tails(outside | _Tails(e for e in out if not e.cross or e in outside))
        if low == 0:
            out = _Tails(out | tails)
        if variable:
            out = _Tails(out | {_Open(alphabet, frozenset(), growing, False, False)})
        return out

    def chars(self, items, flags: int) -> int:
        """Every character the sequence may take (an over-approximation)."""
        bits = 0
        for op, av in items:
            self.tick()
            if op in _CHAR_OPS:
                bits |= _char_bits(op, av, flags)
            elif op is _c.GROUPREF:
                bits |= self.group_bits(av, "\\%d" % av)
            elif op is _c.SUBPATTERN:
                bits |= self.chars(av[-1], _scoped(flags, av))
            elif op is _ATOMIC:
                bits |= self.chars(av, flags)
            elif op is _c.BRANCH:
                for alt in av[1]:
                    bits |= self.chars(alt, flags)
            elif op in _REPEATS:
                bits |= self.chars(av[2], flags)
        return bits


def _scoped(flags: int, av) -> int:
    """The flags inside a group: (?i:...) adds, (?-i:...) removes."""
    if len(av) == 4:
        _, add, remove, _ = av
        return (flags | add) & ~remove
    return flags


def analyse(
    pattern: str,
    flags: int = 0,
    *,
    search: bool = True,
    end_fails: bool = True,
    char_backreferences: bool = False,
) -> Optional[str]:
    """None when the pattern matches in linear time (given how it is used), else
    the reason. search: tried at every position (search, finditer, findall, sub,
    split), not anchored at one (match, fullmatch). end_fails: the pattern's end can
    fail (fullmatch, or the caller does not know); with match and search a match is
    done when the pattern's end is reached. char_backreferences: accept a
    backreference to a group of exactly one character (a quote matched again),
    analysed as a character class; every other backreference is rejected."""
    try:
        parsed = _p.parse(pattern, flags)
    except re.error as exc:
        return f"it is not a valid regular expression: {exc.msg}"
    except (RecursionError, OverflowError):
        return _MESSAGES["complex"]
    analysis = _Analysis(parsed, search, end_fails, char_backreferences)
    start = _Tails({_Open(_ALL, frozenset(), True, True, False)}) if search else _NONE
    try:
        analysis.walk(parsed, parsed.state.flags, start, (), None)
    except _Unsafe as exc:
        analysis.problems.setdefault((exc.kind, exc.where), _Problem(exc.kind, exc.where))
    except RecursionError:
        return _MESSAGES["complex"]
    if not analysis.problems:
        return None
    worst = min(analysis.problems.values(), key=lambda p: _ORDER.index(p.kind))
    return _MESSAGES[worst.kind].format(where=worst.where or "?")


def check_pattern(pattern: str) -> Optional[str]:
    """For a key pattern the user configured (extra-key-patterns): None when it is
    safe to run, else why not and what to change (never the pattern itself).

    The pattern is analysed as the linter runs it: searched through the text behind
    the key-start look-behind (keyscan.KEY_START), a match done where the pattern
    ends. Nested repeats and overlapping alternatives are judged as if text that
    can fail followed (exponential shapes are rejected wherever they stand)."""
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"it is not a valid regular expression: {exc.msg}"
    except (RecursionError, OverflowError):
        return _MESSAGES["complex"]
    wrapped = f"{KEY_START}(?:{pattern})"
    try:
        re.compile(wrapped)
    except re.error:
        return "global flags such as (?i) must stand in a group of their own: write (?i:...) around the part they apply to"
    return analyse(wrapped, search=True, end_fails=False)


def alphabet(pattern: str, flags: int = 0) -> Optional[int]:
    """The characters any match of `pattern` can hold (a bit set), or None where the
    pattern holds more than characters, classes, repeats, groups and alternatives (an
    anchor, a look-around, a backreference): then what decides a match is not only
    the text matched. The prefilter reads a key format whose alphabet lacks white
    space, quotes and backslashes on a file's raw text (key_text.py)."""
    try:
        parsed = _p.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError):
        return None
    bits = 0
    stack = [(parsed, parsed.state.flags)]
    while stack:
        items, scoped = stack.pop()
        for op, av in items:
            if op in _CHAR_OPS:
                bits |= _ALL if op is _c.ANY or op is _c.NOT_LITERAL else _char_bits(op, av, scoped)
            elif op in _REPEATS:
                stack.append((av[2], scoped))
            elif op is _c.SUBPATTERN:
                stack.append((av[3], _scoped(scoped, av)))
            elif op is _c.BRANCH:
                stack.extend((branch, scoped) for branch in av[1])
            elif _ATOMIC is not None and op is _ATOMIC:
                stack.append((av, scoped))
            else:
                return None
    return bits
