"""Fixes: from the rules' CST replacements to text edits, and applying edits to text.

A rule describes a fix on nodes; once positions are known the engine turns it into
text edits (Finding.fix), which reporters show and `--fix` applies."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from modelred_lint.findings import Edit, Fix


_NEWLINE = re.compile(r"\r\n|\r|\n")


def build_fix(spec, top, module, positions) -> Fix:
    edits = []
    for node, text in spec.text_replacements:
        edits.append(_replace(positions(node, top), text))
    for name in spec.imports:
        edits.append(import_edit(module, positions, name))
    return Fix(spec.applicability, spec.description, tuple(edits))


def _replace(where, text: str) -> Edit:
    return Edit(where.start.line, where.start.column, where.end.line, where.end.column, text)


def import_anchor(module):
    """The first statement after the module docstring and `from __future__` imports."""
    for index, statement in enumerate(module.body):
        if index == 0 and _is_docstring(statement):
            continue
        if _is_future_import(statement):
            continue
        return statement
    return None


def import_edit(module, positions, name: str) -> Edit:
    """`import name` before the anchor statement (after the docstring and `from
    __future__` imports), or at the end of a module that has nothing else."""
    import libcst as cst

    anchor = import_anchor(module)
    text = f"import {name}{module.default_newline}"
    if anchor is None:
        lines = module.code.split(module.default_newline)
        last = len(lines)
        if module.code and not module.code.endswith(module.default_newline):
            text = module.default_newline + text
            return Edit(last, len(lines[-1]), last, len(lines[-1]), text)
        return Edit(last, 0, last, 0, text)
    if isinstance(anchor, cst.BaseCompoundStatement) and getattr(anchor, "decorators", ()):
        line = positions(anchor.decorators[0], anchor).start.line
    else:
        line = positions.statement_line(anchor)
    return Edit(line, 0, line, 0, text)


def _is_docstring(statement) -> bool:
    import libcst as cst

    return (
        isinstance(statement, cst.SimpleStatementLine)
        and len(statement.body) == 1
        and isinstance(statement.body[0], cst.Expr)
        and isinstance(statement.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )


def _is_future_import(statement) -> bool:
    import libcst as cst

    return (
        isinstance(statement, cst.SimpleStatementLine)
        and any(
            isinstance(s, cst.ImportFrom) and getattr(s.module, "value", None) == "__future__"
            for s in statement.body
        )
    )


def _offset(line_starts: Sequence[int], line: int, col: int) -> int:
    return line_starts[line - 1] + col


def apply_edits(text: str, fixes: Iterable[Fix]) -> tuple[str, list[int]]:
    """Apply non-overlapping edits of the given fixes; a fix whose edits overlap an
    already accepted one waits for the next pass. Identical edits (the same import
    wanted by two fixes) are applied once. Returns the new text and the indices of
    the fixes applied."""
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    accepted: list[tuple[int, int, str]] = []
    applied: list[int] = []
    for index, fix in enumerate(fixes):
        spans = []
        for edit in fix.edits:
            start = _offset(line_starts, edit.start_line, edit.start_col)
            end = _offset(line_starts, edit.end_line, edit.end_col)
            spans.append((start, end, edit.text))
        fresh = [s for s in spans if s not in accepted]
        if any(_overlaps(s, a) for s in fresh for a in accepted):
            continue
        accepted.extend(fresh)
        applied.append(index)
    for start, end, new in sorted(accepted, key=lambda s: (s[0], s[1]), reverse=True):
        text = text[:start] + new + text[end:]
    return text, applied


def _overlaps(a, b) -> bool:
    if a[0] == a[1] or b[0] == b[1]:  # insertions conflict only inside a replacement
        return a[0] < b[1] and b[0] < a[1] and a != b
    return a[0] < b[1] and b[0] < a[1]
