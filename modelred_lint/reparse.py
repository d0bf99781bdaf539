"""Re-parsing an edited document by its changed top-level statements (the language
server's case: one keystroke changes one statement of a file it parsed a moment ago).

The server's worker keeps, per document, the last text, its LibCST module and each
top-level statement's span in the text. For a new text it finds the changed region
(common prefix and suffix), parses only the statements around it as a module of their
own, and splices them into the old module. The result is the module a full parse of the
new text gives, node for node (tests/test_reparse.py compares the two with deep_equals
over thousands of edits); where that cannot be guaranteed cheaply, it returns None and
the caller parses the whole text. Why each guard holds:

- Before the chunk the text is unchanged and ends at a top-level statement's end (a
  clean line start for the tokenizer), so the statements there parse as before.
- LibCST gives the empty lines after an indented block to that block's footer up to the
  last one indented at the block's level, and the rest to the next statement. So the
  chunk starts one statement early unless that statement is a simple line (it has no
  footer), and ends before a statement whose leading lines all start at column 0 (no
  block can claim those); the chunk's module footer goes to that statement.
- The chunk, parsed alone, puts its first empty lines in the module header: they are
  its first statement's leading lines.
- Nodes spell a newline or an indentation only where it differs from the module's
  default. The default line break (the first one) and the encoding (the first two
  lines) lie in the unchanged text before the chunk, and the chunk's line break must be
  the same. The default indentation is the first INDENT's: see _splice.
- A chunk that reaches the last statement runs to the end of the file: the module's
  footer and trailing newline are then the chunk's.
- The chunk must parse whole and end with a line break not escaped by a backslash:
  then the text after it tokenizes as before.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Optional

import libcst as cst

# Statements added to either side of the changed ones to reach safe boundaries, at most;
# past this the whole text is parsed.
_MAX_WIDEN = 4


@dataclass
class _Parsed:
    text: str
    module: cst.Module
    # Each top-level statement's length in the text (None: not measured yet), and the
    # header's (the footer is what remains).
    lengths: list
    header: Optional[int] = None


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    if a[:n] == b[:n]:
        return n
    lo, hi = 0, n  # a[:lo] == b[:lo], a[:hi] != b[:hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    n = min(len(a), len(b), limit)
    if n == 0 or a[len(a) - n :] == b[len(b) - n :]:
        return n
    lo, hi = 0, n
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[len(a) - mid : len(a) - lo] == b[len(b) - mid : len(b) - lo]:
            lo = mid
        else:
            hi = mid
    return lo


_COMPOUND_PARTS = ("body", "orelse", "finalbody")


def _has_indent(node) -> bool:
    """Whether a statement holds an INDENT token (an indented block anywhere in it: the
    module's default indentation is the first one's). Raises LookupError for a kind of
    statement not known here (the caller then parses the whole text)."""
    kind = type(node)
    if kind is cst.IndentedBlock:
        return True
    if kind is cst.SimpleStatementLine or kind is cst.SimpleStatementSuite:
        return False
    if kind not in _blocky():
        raise LookupError(kind.__name__)
    parts = [getattr(node, name, None) for name in _COMPOUND_PARTS]
    parts += [*getattr(node, "handlers", ()), *getattr(node, "cases", ())]
    return any(_has_indent(part) for part in parts if part is not None)


_BLOCKY: list = []


def _blocky() -> frozenset:
    """The compound statements and their clauses (what holds a block)."""
    if not _BLOCKY:
        names = (
            "If", "Else", "For", "While", "Try", "TryStar", "ExceptHandler", "ExceptStarHandler", "Finally",
            "With", "FunctionDef", "ClassDef", "Match", "MatchCase",
        )
        _BLOCKY.append(frozenset(getattr(cst, name) for name in names if hasattr(cst, name)))
    return _BLOCKY[0]


def _column_zero(lines) -> bool:
    return all(line.whitespace.value == "" for line in lines)


class DocumentParses:
    """The last parse of each of the most recent `documents` documents, by key."""

    def __init__(self, documents: int = 16) -> None:
        self.documents = documents
        self._last: OrderedDict[str, _Parsed] = OrderedDict()
        self._lock = threading.Lock()
        self.reused = 0  # parses answered by a splice (for tests and benchmarks)

    def parse(self, key: str, text: str, full: Callable[[str], cst.Module]) -> cst.Module:
        """The module of `text` (as `full(text)` would give it), re-using the last parse
        under `key` where only a few top-level statements changed. Errors are full()'s."""
        with self._lock:
            last = self._last.get(key)
        module = None
        if last is not None:
            if last.text == text:
                module = last.module
                entry = last
            else:
                try:
                    spliced = _splice(last, text)
                except Exception:  # (anything odd: the full parse decides)
                    spliced = None
                if spliced is not None:
                    entry = spliced
                    module = spliced.module
                    self.reused += 1
        if module is None:
            module = full(text)
            entry = _Parsed(text, module, [None] * len(module.body))
        with self._lock:
            self._last[key] = entry
            self._last.move_to_end(key)
            while len(self._last) > self.documents:
                self._last.popitem(last=False)
        return module

    def forget(self, key: str) -> None:
        with self._lock:
            self._last.pop(key, None)


def _measure(last: _Parsed) -> Optional[list]:
    """Each statement's span (start, end) in last.text, measuring what is not yet; None
    where LibCST does not give the text back (it loses a few odd spellings, such as a
    backslash continuing a line of indentation): then no span can be trusted."""
    module, text = last.module, last.text
    if last.header is None:
        header = "".join(module.code_for_node(line) for line in module.header)
        if not text.startswith(header):
            return None
        last.header = len(header)
    lengths = last.lengths
    spans = []
    at = last.header
    for index, length in enumerate(lengths):
        if length is None:
            code = module.code_for_node(module.body[index])
            if not text.startswith(code, at):
                return None
            length = lengths[index] = len(code)
        spans.append((at, at + length))
        at += length
    return spans


def _splice(last: _Parsed, text: str) -> Optional[_Parsed]:
    old, module = last.text, last.module
    body = module.body
    n = len(body)
    if n < 3:
        return None
    p = _common_prefix(old, text)
    s = _common_suffix(old, text, min(len(old), len(text)) - p)
    e0 = len(old) - s  # the changed region: old[p:e0] became text[p:len(text) - s]
    spans = _measure(last)
    if spans is None:
        return None
    starts = [a for a, _ in spans]
    if p < spans[0][0]:
        return None  # the header changed
    # (A change right at a statement's start may as well end the one before: an insertion
    # there goes with the statement before, so that lines added at the end of a block do
    # not pull the chunk to the next statement. A change in the footer goes with the
    # last statement.)
    i = bisect_right(starts, max(p - 1, 0)) - 1
    j = bisect_right(starts, e0 - 1) - 1 if e0 > p else i
    j = max(j, i)
    # The start: after a simple line (no footer to claim what follows), else one
    # statement earlier (unchanged, so the empty lines before it are its own as before).
    if i < 1:
        return None
    first = i if type(body[i - 1]) is cst.SimpleStatementLine else i - 1
    if first < 1:
        return None
    chunk_start = spans[first][0]
    if old.count("\n", 0, chunk_start) < 2 and old.count("\r", 0, chunk_start) < 2:
        return None  # the encoding's two lines
    # The end: before a statement whose leading lines no block can claim, or the end of
    # the file (the module's footer and trailing newline are then the chunk's).
    last_index = j
    while last_index + 1 < n and not _column_zero(body[last_index + 1].leading_lines):
        if last_index - j >= _MAX_WIDEN:
            return None
        last_index += 1
    at_end = last_index == n - 1
    delta = len(text) - len(old)
    chunk_end = len(text) if at_end else spans[last_index][1] + delta
    chunk = text[chunk_start:chunk_end]
    if not at_end:
        if not chunk.endswith(("\n", "\r")) or chunk.rstrip("\r\n").endswith("\\"):
            return None
        if chunk.endswith("\r") and text.startswith("\n", chunk_end):
            return None  # a \r\n split by the boundary
    if text.endswith("\r", 0, chunk_start) and chunk.startswith("\n"):
        return None  # a \r\n split by the boundary
    from modelred_lint.parsing import _refuse_deep_nesting, parse_module_unchecked

    _refuse_deep_nesting(chunk)
    piece = parse_module_unchecked(chunk)
    if not piece.body or piece.default_newline != module.default_newline:
        return None
    if not at_end and not piece.has_trailing_newline:
        return None
    # The default indentation is the first INDENT's. Before the chunk the text is
    # unchanged: with one there, it stays the module's; else it is the chunk's first, or
    # (with none in the chunk) the first after it, as before if the statements replaced
    # held none either. The chunk's blocks spell their indentation against its default.
    piece_indents = any(_has_indent(statement) for statement in piece.body)
    if piece_indents and piece.default_indent != module.default_indent:
        return None
    if not piece_indents and not any(_has_indent(statement) for statement in body[:first]):
        if any(_has_indent(statement) for statement in body[first : last_index + 1]):
            return None
    new_body = list(piece.body)
    if piece.header:
        new_body[0] = new_body[0].with_changes(leading_lines=(*piece.header, *new_body[0].leading_lines))
    after = last_index + 1
    if piece.footer and not at_end:
        # Empty lines no block of the chunk claimed: the next statement's, as its own
        # leading lines (which start at column 0) are.
        following = body[after]
        new_body.append(following.with_changes(leading_lines=(*piece.footer, *following.leading_lines)))
        after += 1
    changes: dict = {"body": (*body[:first], *new_body, *body[after:])}
    if at_end:
        changes.update(footer=piece.footer, has_trailing_newline=piece.has_trailing_newline)
    spliced = module.with_changes(**changes)
    # The new statements must give back the text they were parsed from (see _measure).
    lengths = []
    at = chunk_start
    for statement in new_body:
        code = spliced.code_for_node(statement)
        if not text.startswith(code, at):
            return None
        lengths.append(len(code))
        at += len(code)
    if at_end:
        if text[at:] != "".join(spliced.code_for_node(line) for line in piece.footer):
            return None
    elif at != spans[after - 1][1] + delta:
        return None
    return _Parsed(text, spliced, [*last.lengths[:first], *lengths, *last.lengths[after:]], last.header)
