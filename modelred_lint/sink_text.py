"""Could any sink of the message rules hold a name? Read on a file's code alone (the
`bare` view of code_text.py: no comments, no strings but f-strings), before CPython
parses it (issue 12).

The flow scan (flow_scan.py) reports a function only where a sink's arguments hold
something secret-like; what they are made of comes from the names, attributes and calls
in them. A sink whose arguments are only constants (`raise ValueError("bad input")`,
`logger.info("done")`) holds no secret, and no function wraps a sink whose arguments
hold none of its parameters. So a file whose every sink reads as constants here has
no finding of MR020 or MR021, and need not be parsed for them.

Each sink is read as the scan reads it, and taken as holding a name whenever this
reading is not sure: any letter or underscore in its arguments (a keyword's name, a
number's exponent, an f-string's prefix count too), a callee or a receiver that is not
a plain dotted name, a call on the result of the sink's call, an assert's message, a
log call on a call's result (`log.bind(token=t).info(...)`: the bound values are
written too), an output function imported under another name.
"""

from __future__ import annotations

import re
from typing import Iterator

# `raise` and the callee of its exception: a dotted name, then what follows it.
_CALLEE = re.compile(r"[ \t]*(?P<callee>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)?[ \t]*(?P<next>.?)")
_WORD = re.compile(r"(?<![A-Za-z0-9_])(?:raise|assert|__init__)(?![A-Za-z0-9_])")
_BRACKETS = re.compile(r"[()\[\]{}\n]")
_LETTER = re.compile(r"[^\W\d]")  # a letter or an underscore, in any script
CALL_OPEN = re.compile(r"\s*\(")
# The last words of an exception class's name (ValueError, HTTPException, UserWarning): such
# a class called anywhere makes an error with that message (raised later, or collected).
EXCEPTION_ENDINGS = ("Error", "Exception", "Warning")
IDENTIFIER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def imported_as(text: str, names) -> dict[str, str]:
    """The other names these are imported under (`build as make_service`): each ` as`
    of the text that a blank follows, the word before it and the word after, over white
    space, brackets' line breaks and continuations (a superset: `with build as b` reads
    the same). One search of the text, each stretch read once."""
    out: dict[str, str] = {}
    at = text.find(" as")
    while at >= 0:
        end = at + 3
        if end < len(text) and text[end] in _BLANKS:
            start = at
            while start > 0 and text[start - 1] in _BLANKS:
                start -= 1
            first = start
            while first > 0 and text[first - 1] in IDENTIFIER_CHARS:
                first -= 1
            if text[first:start] in names:
                while end < len(text) and text[end] in _BLANKS:
                    end += 1
                stop = end
                while stop < len(text) and text[stop] in IDENTIFIER_CHARS:
                    stop += 1
                if stop > end:
                    out[text[end:stop]] = text[first:start]
        at = text.find(" as", at + 3)
    return out


_BLANKS = frozenset(" \t\r\n\\")


def renames(text: str, names) -> bool:
    """Is one of these names imported under another (`exit as die`, `exit as\\` and the
    new name on the next line)?"""
    return bool(imported_as(text, names))


def named_sink(bare: str, log_names, renamed: frozenset, helpers: tuple = ()) -> bool:
    """Could a sink of this code hold a name? `log_names`: the last names of the log
    methods and output functions; `renamed`: the last names of the output functions
    that can be imported under another name (sys.exit: exit); `helpers`: the first
    words of an output helper's name (print_banner(lines), written in any case)."""
    if renames(bare, renamed) or "print_exc" in bare:
        return True  # (and traceback's printers, under any name they are imported by)
    if helpers:
        low = bare.lower()
        if len(low) != len(bare):
            return True  # (a letter whose lower case is longer: offsets moved, taken as a sink)
        if any(_arguments_named(bare, at) for at in helper_call_openings(bare, low, helpers)):
            return True
    for match in _WORD.finditer(bare):
        word = match.group()
        if word == "raise":
            if _raise_is_named(bare, match.end()):
                return True
        elif word == "assert":
            if _assert_message_is_named(bare, match.end()):
                return True
        else:  # __init__: a sink where called as an attribute (super().__init__(message))
            opening = CALL_OPEN.match(bare, match.end())
            if opening and _before(bare, match.start()) == "." and _arguments_named(bare, opening.end() - 1):
                return True
    for ending in EXCEPTION_ENDINGS:  # errors.append(ValueError(f"... {key}")): made outside a raise
        at = bare.find(ending)
        while at >= 0:
            end = at + len(ending)
            opening = CALL_OPEN.match(bare, end)
            if opening and _arguments_named(bare, opening.end() - 1):
                return True
            at = bare.find(ending, end)
    for name in log_names:
        at = bare.find(name)
        while at >= 0:
            end = at + len(name)
            opening = CALL_OPEN.match(bare, end)
            if opening and (at == 0 or bare[at - 1] not in IDENTIFIER_CHARS):
                dot = _before_at(bare, at)
                if dot >= 0 and bare[dot] == "." and _before(bare, dot) in (")", "]"):
                    return True  # a call's or an item's log method: what the receiver was bound with
                if name == "exception" and dot >= 0 and bare[dot] == ".":
                    return True  # log.exception("failed"): the caught error's traceback, whatever the message
                if _arguments_named(bare, opening.end() - 1):
                    return True
            at = bare.find(name, end)
    return False


_NAME_REST = re.compile(r"\w*")


def helper_call_openings(text: str, low: str, helpers) -> Iterator[int]:
    """Where each call of a name that starts with one of `helpers` opens its bracket
    (print_banner(, printBanner(, in any case: `low` is the text lowered, offsets kept)."""
    for word in helpers:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            # (a private one's leading underscores are no word: self._log_error(...))
            start = at
            while start and text[start - 1] == "_":
                start -= 1
            if start == 0 or text[start - 1] not in IDENTIFIER_CHARS:
                end = _NAME_REST.match(text, end).end()
                opening = CALL_OPEN.match(text, end)
                if opening:
                    yield opening.end() - 1
            at = low.find(word, end)


def _raise_is_named(bare: str, at: int) -> bool:
    """`raise X(args)`: are the arguments named? `raise`, `raise e`, `raise X from e`
    have no call, hence no sink; anything else unread is taken as named."""
    callee = _CALLEE.match(bare, at)
    following = callee.group("next")
    if callee.group("callee") is None:
        return following not in ("", "\n", "\r", ";")  # a bare raise, or an expression
    if following != "(":
        # raise e / raise E from e / raise E  (no call): no sink here
        return following not in ("", "\n", "\r", ";", "f")  # (f: from)
    opening = callee.end() - 1
    close = _closing(bare, opening)
    if close is None:
        return True
    rest = bare[close + 1 :].lstrip(" \t")
    if rest[:1] in ("(", ".", "["):
        return True  # raise X(a)(b), X(a).with_traceback(tb): read whole
    return _LETTER.search(bare, opening + 1, close) is not None


def _assert_message_is_named(bare: str, at: int) -> bool:
    """`assert test, message`: is there a message, and is it named? The statement ends
    at a line break outside brackets."""
    depth = 0
    comma = None
    for bracket in _BRACKETS.finditer(bare, at):
        char = bracket.group()
        if char == "\n":
            if depth == 0 and not _continued(bare, bracket.start()):
                end = bracket.start()
                break
            continue
        if char in "([{":
            depth += 1
        else:
            depth -= 1
            if depth < 0:
                return True
    else:
        end = len(bare)
    # the first comma outside brackets, between the assert and the statement's end
    depth = 0
    for index in range(at, end):
        char = bare[index]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            comma = index
            break
        elif char == ";" and depth == 0:
            end = index
            break
    if comma is None:
        return False
    return _LETTER.search(bare, comma + 1, end) is not None


# What may stand between a receiver, its dot and the name: white space, line breaks
# (inside brackets), a backslash's continuation (comments are gone in the bare view).
_GAP = frozenset(" \t\f\r\n\\")


def _before_at(bare: str, at: int) -> int:
    """The index of the last character before `at` that is no gap (-1 if none)."""
    index = at - 1
    while index >= 0 and bare[index] in _GAP:
        index -= 1
    return index


def _before(bare: str, at: int) -> str:
    index = _before_at(bare, at)
    return bare[index] if index >= 0 else ""


def _continued(bare: str, newline: int) -> bool:
    """Does a backslash end the line that ends here (before a \\r of \\r\\n too)?"""
    index = newline - 1
    if index >= 0 and bare[index] == "\r":
        index -= 1
    return index >= 0 and bare[index] == "\\"


def _arguments_named(bare: str, opening: int) -> bool:
    close = _closing(bare, opening)
    if close is None:
        return True
    return _LETTER.search(bare, opening + 1, close) is not None


def _closing(bare: str, opening: int):
    """The bracket that closes the one at `opening`, or None."""
    depth = 0
    for bracket in _BRACKETS.finditer(bare, opening):
        char = bracket.group()
        if char == "\n":
            continue
        if char in "([{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return bracket.start()
    return None
