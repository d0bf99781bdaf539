"""A file's text without what no scan of its code can read: comments, and strings
standing alone as statements (docstrings), found by a regular expression over the
text instead of a parse (issue 12: the message rules' prefilter asks, of ~3,000 files
on real-llm, whether their secret-like words and their sinks are in code at all; many
name a key only in a docstring or a comment, or say "raises" only there).

Two views, each a string in which every removed part stands as one space (so no two
tokens join):

- `quiet`: comments and the strings (not f-strings) that stand alone at the start of
  a block, where they can only be a statement, a dict's value, a lambda's body, a
  slice's bound or a parameter's annotation (see `_standalone`): none of them is a
  name, a key, a secrets reader's argument or a constant a secret can be read from.
- `bare`: comments and every string but f-strings (an f-string's fields are code).
  A sink (`raise`, a log call) written inside a string is no sink.

An f-string is read as one string token, which is how CPython's tokenizer reads one up
to 3.11. From 3.12 on (PEP 701) a field may hold the f-string's own quotes, which this
reading takes for its end; so each f-string's fields must close within the part read
(`_fields_close`), or the reading declines (None) and the caller keeps the whole text.
Where they do close, the quote that ended the part stands outside any field, and so ends
the f-string in every grammar: the reading holds on any Python. It declines too on a
string left open (a file CPython could not parse either).
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

# A comment or a string, from its first quote (a string's prefix is read before it, in
# `_prefix`): triple-quoted first (they may span lines), then single-quoted (they end at
# the line's end unless a backslash escapes it). A backslash escapes the next character
# in raw strings too, as far as where the string ends is concerned. Each body is an
# unrolled loop (linear, one way to match). It is matched only where `_START` found a
# `#` or a quote, and always matches there (a quote no string closes is `open`): the
# tokens are those a search would find, and no match is tried from anywhere else.
_START = re.compile(r"[#'\"]")
_TOKENS = re.compile(
    r"(?:#[^\r\n]*"
    r"|(?P<string>'''[^'\\]*(?:(?:\\[\s\S]|'(?!''))[^'\\]*)*'''"
    r'|"""[^"\\]*(?:(?:\\[\s\S]|"(?!""))[^"\\]*)*"""'
    r"|'[^'\\\r\n]*(?:\\[\s\S][^'\\\r\n]*)*'"
    r'|"[^"\\\r\n]*(?:\\[\s\S][^"\\\r\n]*)*")'
    r"|(?P<open>['\"]))"
)
_PREFIX_LETTERS = frozenset("rRbBuUfF")
_BLANK_BEFORE = frozenset(" \t\f\n")
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
# What may follow a standalone string on its line: white space and a comment.
_LINE_REST = re.compile(r"[ \t\f]*(?:#[^\r\n]*)?(?:\r?\n|\r|\Z)")

# In an f-string's text: what opens or closes a field, a string inside one, an escape,
# a comment.
_FIELD_MARKS = re.compile(r"""[{}'"\\#]""")


class CodeViews(NamedTuple):
    quiet: str  # without comments and standalone strings
    bare: str  # without comments and strings other than f-strings


def code_views(text: str) -> Optional[CodeViews]:
    """The two views of `text`, or None where this reading cannot vouch for them."""
    quiet: list[str] = []
    bare: list[str] = []
    kept_quiet = kept_bare = 0
    find, read = _START.search, _TOKENS.match
    # (tens of thousands of tokens in a large module: each is read with as few calls
    # as can be; the tests before _prefix and _standalone are their own first ones)
    at = find(text)
    while at is not None:
        match = read(text, at.start())
        start, end = match.span()
        at = find(text, end)
        kind = match.lastgroup
        if kind is None:  # a comment: gone from both
            quiet.append(text[kept_quiet:start])
            quiet.append(" ")
            kept_quiet = end
            bare.append(text[kept_bare:start])
            bare.append(" ")
            kept_bare = end
            continue
        if kind == "open":
            return None  # a quote no string closes: not Python CPython parses
        if start and text[start - 1] in _PREFIX_LETTERS:  # (a prefix, or a name's end)
            quote = start
            start = _prefix(text, quote)
            if "f" in text[start:quote] or "F" in text[start:quote]:
                if not _fields_close(text, quote, end):
                    return None  # (a field holds the f-string's own quote: Python 3.12's)
                continue  # an f-string's fields are code: kept in both
        bare.append(text[kept_bare:start])
        bare.append(" ")
        kept_bare = end
        # (standalone only with nothing but blanks before it on its line)
        if (not start or text[start - 1] in _BLANK_BEFORE) and _standalone(text, start, end):
            quiet.append(text[kept_quiet:start])
            quiet.append(" ")
            kept_quiet = end
    quiet.append(text[kept_quiet:])
    bare.append(text[kept_bare:])
    return CodeViews("".join(quiet), "".join(bare))


def _prefix(text: str, quote: int) -> int:
    """Where the string whose first quote is at `quote` starts: before its prefix, one
    or two of r, b, u, f standing at the start of a token (`if"x"`: the f ends a name,
    so the string has none), as CPython's tokenizer reads it."""
    start = quote
    while start > 0 and quote - start < 3 and text[start - 1] in _PREFIX_LETTERS:
        start -= 1
    if start == quote or quote - start > 2 or (start > 0 and text[start - 1] in _NAME_CHARS):
        return quote
    return start


def _standalone(text: str, start: int, end: int) -> bool:
    """A string alone on its lines, right after a line that ends with a colon (or at
    the top of the file). After such a line CPython reads a statement, or, inside
    brackets, what follows a colon there: a dict's value, a lambda's body, a slice's
    bound, a parameter's annotation, a format never (f-strings are whole tokens here).
    A string followed by anything but a comment (an operator, a method call, a second
    string on the line) is taken as code."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t\f"):
        return False  # something stands before it on its line
    if not _LINE_REST.match(text, end):
        return False
    # The last line before it that holds more than white space and a comment: it must
    # end with a colon, and hold no `#` (a comment could end with the colon, and this
    # does not tell a comment from a `#` in a string: `def f():  # noqa` is taken as
    # code).
    at = line_start - 1
    while at > 0:
        previous = text.rfind("\n", 0, at) + 1
        line = text[previous:at].rstrip(" \t\f\r")
        if line and not line.lstrip(" \t\f").startswith("#"):
            return line.endswith(":") and "#" not in line
        at = previous - 1
    return True  # the file's first statement


def _fields_close(text: str, quote: int, end: int) -> bool:
    """Does every field of the f-string read from its first quote (`quote`) to `end`
    close before its closing quote? Outside a field, `{{` and `}}` are braces of the
    text (a lone `}` there is not Python); inside one, braces nest and a string is passed
    over whole (an f-string in a field, once its own fields close). Declined (False): a
    plain string in a field that holds a brace, a comment in a field, a string left open
    (which a quote in a format spec, `{x:'>5}`, may seem to be). What is passed over
    holds no brace but its own fields', so the count of open fields is exact: where
    it is zero at the closing quote, that quote stands outside any field, and ends the
    f-string in every grammar."""
    width = 3 if end - quote >= 6 and text.startswith(text[quote] * 3, quote) else 1
    body_end = end - width
    depth = 0
    at = quote + width
    search = _FIELD_MARKS.search
    while True:
        mark = search(text, at, body_end)
        if mark is None:
            return depth == 0
        at = mark.start()
        char = text[at]
        if char == "\\":
            at += 2  # (an escape: the next character is the escape's)
        elif char == "{":
            if depth == 0 and at + 1 < body_end and text[at + 1] == "{":
                at += 2  # `{{`: a brace of the text
            else:
                depth += 1
                at += 1
        elif char == "}":
            if depth:
                depth -= 1
                at += 1
            elif at + 1 < body_end and text[at + 1] == "}":
                at += 2  # `}}`
            else:
                return False
        elif depth == 0:
            at += 1  # a quote or a `#` of the text
        elif char == "#":
            return False  # a comment in a field (Python 3.12's)
        else:
            inner = _TOKENS.match(text, at, body_end)  # (a string in the field, read as any other)
            if inner.lastgroup != "string":
                return False
            if "{" in inner.group() or "}" in inner.group():
                # an f-string in the field (f"{json.dumps({'detail': f'{e}'})}"): its braces
                # are its own fields', which must close in it; a plain string's, declined
                prefix = _prefix(text, at)
                if not ("f" in text[prefix:at] or "F" in text[prefix:at]) or not _fields_close(text, at, inner.end()):
                    return False
            at = inner.end()
