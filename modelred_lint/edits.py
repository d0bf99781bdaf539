"""Fixes: from the rules' CST replacements to text edits, and applying edits to text.

A rule describes a fix on nodes; once positions are known the engine turns it into
text edits (Finding.fix), which reporters show and `--fix` applies. An import a fix
needs goes where isort (and ruff's I001) would put it: in its section of the module's
first import block (future, standard library, third party, local; sections apart by one
blank line), plain imports before from-imports, sorted; a name from a module already
imported from joins that statement."""

from __future__ import annotations

import ast
import re
import sys
from typing import Iterable, Optional, Sequence

from modelred_lint.findings import Edit, Fix
from modelred_lint.names import is_docstring


_NEWLINE = re.compile(r"\r\n|\r|\n")
LINE_LENGTH = 88  # isort's and ruff's default: a longer from-import is wrapped
_STDLIB = frozenset(getattr(sys, "stdlib_module_names", ())) | {"__future__"}


def build_fix(spec, top, module, positions) -> Fix:
    from modelred_lint.fix_builders import Import, LineAfter, LineBefore, Within

    edits = []
    for node, text in spec.text_replacements:
        if isinstance(node, Within):
            edits.append(_within(module, positions, top, node, text))
        elif isinstance(node, LineBefore):
            start = positions(node.node, top).start
            if node.inline:
                new = f"{text}; "
            else:
                indent = _layout(module).lines[start.line - 1][: start.column]
                new = f"{text}{module.default_newline}{indent}"
            edits.append(Edit(start.line, start.column, start.line, start.column, new))
        elif isinstance(node, LineAfter):
            statement = node.node
            inner = statement.body[0] if hasattr(statement, "body") and statement.body else statement
            where = positions(inner, top)
            start_line = positions(statement, top).start.line
            line = _layout(module).lines[start_line - 1]
            indent = line[: len(line) - len(line.lstrip(" \t"))]
            new = f"{module.default_newline}{indent}{text}"
            edits.append(Edit(where.end.line, where.end.column, where.end.line, where.end.column, new))
        else:
            edits.append(_replace(positions(node, top), text))
    for wanted in spec.imports:
        imported = wanted if isinstance(wanted, Import) else Import(wanted)
        edits.extend(import_edits(module, positions, imported.module, imported.name))
    return Fix(spec.applicability, spec.description, tuple(edits))


def _replace(where, text: str) -> Edit:
    return Edit(where.start.line, where.start.column, where.end.line, where.end.column, text)


def _within(module, positions, top, place, text: str) -> Edit:
    """Characters start..end of a node's source: a key in a docstring or a comment."""
    where = positions(place.node, top).start
    code = module.code_for_node(place.node)

    def at(offset: int) -> tuple[int, int]:
        before = code[:offset]
        breaks = list(_NEWLINE.finditer(before))
        if not breaks:
            return where.line, where.column + offset
        return where.line + len(breaks), offset - breaks[-1].end()

    start, end = at(place.start), at(place.end)
    return Edit(start[0], start[1], end[0], end[1], text)


# -- imports -------------------------------------------------------------------------------
class _Layout:
    """The module's text, lines and first import block, read with CPython's parser."""

    def __init__(self, module) -> None:
        self.code = module.code
        self.lines = _NEWLINE.split(self.code)
        if self.lines and not self.lines[-1]:
            self.lines.pop()  # the text after the last line break
        self.block: list[ast.stmt] = []
        self.following: Optional[ast.stmt] = None
        self.docstring: Optional[ast.stmt] = None
        try:
            tree = ast.parse(self.code)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            self.tree = None
            return
        self.tree = tree
        body = tree.body
        index = 0
        if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant) and isinstance(body[0].value.value, str):
            self.docstring = body[0]
            index = 1
        while index < len(body) and isinstance(body[index], (ast.Import, ast.ImportFrom)):
            self.block.append(body[index])
            index += 1
        self.following = body[index] if index < len(body) else None


# The last module and its layout (build_fix runs per finding), replaced as one tuple so
# that threads (the language server) never pair a module with another's layout.
_LAST: tuple = (None, None)


def _layout(module) -> _Layout:
    global _LAST
    last = _LAST
    if last[0] is not module:
        last = _LAST = (module, _Layout(module))
    return last[1]


def _section(statement: ast.stmt) -> int:
    if isinstance(statement, ast.ImportFrom):
        if statement.level:
            return 4
        name = statement.module or ""
    else:
        name = statement.names[0].name
    top = name.split(".")[0]
    if top == "__future__":
        return 0
    return 1 if top in _STDLIB else 2


def _module_key(statement: ast.stmt) -> str:
    if isinstance(statement, ast.ImportFrom):
        return ("." * statement.level + (statement.module or "")).lower()
    return statement.names[0].name.lower()


def _member_key(name: str) -> tuple:
    """isort's order-by-type: CONSTANTS, then Classes, then the rest."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return (kind, name.lower(), name)


def import_edits(module, positions, name: str, member: Optional[str] = None) -> list[Edit]:
    """`import name` (or `from name import member`) where isort would put it, and the
    blank lines that set a new section apart (an edit of their own, so that two imports
    a fix adds there share them: identical edits are applied once)."""
    layout = _layout(module)
    newline = module.default_newline
    text = _statement_text(name, member) + newline
    if layout.tree is None:
        return [_before_anchor(module, positions, text)]
    wanted_section = 1 if name.split(".")[0] in _STDLIB else 2
    block = layout.block
    if member is not None:
        for statement in block:
            if isinstance(statement, ast.ImportFrom) and not statement.level and statement.module == name:
                merged = _merge(layout, statement, member, newline)
                if merged is not None:
                    return [merged]
                break
    members = [s for s in block if _section(s) == wanted_section]
    plain = [s for s in members if isinstance(s, ast.Import)]
    froms = [s for s in members if isinstance(s, ast.ImportFrom)]
    key = name.lower()
    if member is None:
        later = next((s for s in plain if _module_key(s) > key), None)
        if later is not None:
            return [_insert_before(layout, later, text)]
        if plain:
            return [_insert_after(layout, plain[-1], text)]
        if froms:
            return [_insert_before(layout, froms[0], text)]
    else:
        later = next((s for s in froms if _module_key(s) > key), None)
        if later is not None:
            return [_insert_before(layout, later, text)]
        if froms:
            return [_insert_after(layout, froms[-1], text)]
        if plain:
            return [_insert_after(layout, plain[-1], text)]
    # A section of its own: before the next section, or after the block (before the
    # code that follows it), one blank line after it (two before a def or a class).
    after_sections = [s for s in block if _section(s) > wanted_section]
    if after_sections:
        return [_insert_before(layout, after_sections[0], text), _insert_before(layout, after_sections[0], newline)]
    return _new_block(layout, text, newline)


def _new_block(layout: _Layout, text: str, newline: str) -> list[Edit]:
    """A section after the first import block (or the first block, after the module
    docstring or before the first statement): one blank line before it, and after it
    the blank lines isort wants before what follows (two before a def or a class)."""
    following = layout.following
    above = layout.block[-1] if layout.block else layout.docstring
    edits = []
    if above is not None:
        last = above.end_lineno or above.lineno
        line = layout.lines[last - 1]
        edits.append(Edit(last, len(line), last, len(line), newline))
        at = last + 1
    elif following is not None:
        at = _first_line(layout, following)
    else:
        at = len(layout.lines) + 1
    if at > len(layout.lines):
        end = len(layout.lines[-1]) if layout.lines else 0
        if not layout.code.endswith(("\n", "\r")) and layout.lines:
            return [Edit(len(layout.lines), end, len(layout.lines), end, newline + text.rstrip("\r\n"))]
        return edits + [Edit(at, 0, at, 0, text)]
    edits.append(Edit(at, 0, at, 0, text))
    if following is not None:
        gap = 2 if isinstance(following, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else 1
        blank = 0
        while at - 1 + blank < len(layout.lines) and not layout.lines[at - 1 + blank].strip():
            blank += 1
        if blank < gap:
            edits.append(Edit(at, 0, at, 0, newline * (gap - blank)))
    return edits


def _statement_text(name: str, member: Optional[str]) -> str:
    return f"import {name}" if member is None else f"from {name} import {member}"


def _first_line(layout: _Layout, statement: ast.stmt) -> int:
    """The statement's first line, or that of the comments right above it (isort keeps
    them with it), but never the file's header comments (shebang, coding, licence)."""
    line = statement.lineno
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and statement.decorator_list:
        line = min(d.lineno for d in statement.decorator_list)
    first = line
    while first > 1 and layout.lines[first - 2].lstrip().startswith("#"):
        first -= 1
    return line if first == 1 else first


def _insert_before(layout: _Layout, statement: ast.stmt, text: str) -> Edit:
    line = _first_line(layout, statement)
    return Edit(line, 0, line, 0, text)


def _insert_after(layout: _Layout, statement: ast.stmt, text: str) -> Edit:
    line = (statement.end_lineno or statement.lineno) + 1
    if line > len(layout.lines):
        end = len(layout.lines[-1])
        return Edit(line - 1, end, line - 1, end, "\n" + text.rstrip("\r\n"))
    return Edit(line, 0, line, 0, text)


def _merge(layout: _Layout, statement: ast.ImportFrom, member: str, newline: str) -> Optional[Edit]:
    """`from m import a, c` + b -> `from m import a, b, c` (wrapped one name a line,
    as isort does, when longer than the line length)."""
    names = [(a.name, a.asname) for a in statement.names]
    if any(name == "*" for name, _ in names):
        return None
    if any(name == member and asname is None for name, asname in names):
        return None
    first, last = statement.lineno, statement.end_lineno or statement.lineno
    source = layout.lines[first - 1 : last]
    if last > first and any("#" in line for line in source):
        return None  # comments inside a wrapped import: leave it to the user
    tail_line = layout.lines[last - 1]
    tail = tail_line.encode("utf-8")[statement.end_col_offset :].decode("utf-8", "replace") if statement.end_col_offset is not None else ""
    if ";" in tail or (first == last and ";" in tail_line[: len(tail_line) - len(tail)]):
        return None
    names.append((member, None))
    names.sort(key=lambda pair: _member_key(pair[0]))
    spelled = [f"{n} as {a}" if a else n for n, a in names]
    head = f"from {statement.module} import "
    one_line = head + ", ".join(spelled)
    if len(one_line) + len(tail) <= LINE_LENGTH and not (last > first and _trailing_comma(source)):
        text = one_line
    else:
        text = head + "(" + newline + "".join(f"    {s},{newline}" for s in spelled) + ")"
    return Edit(first, 0, last, len(tail_line) - len(tail), text)


def _trailing_comma(source: list[str]) -> bool:
    joined = "".join(source).replace(" ", "")
    return ",)" in joined


def _before_anchor(module, positions, text: str) -> Edit:
    """Without CPython's reading of the file: before the first statement after the
    docstring and `from __future__` imports."""
    import libcst as cst

    anchor = import_anchor(module)
    if anchor is None:
        lines = module.code.split(module.default_newline)
        last = len(lines)
        if module.code and not module.code.endswith(module.default_newline):
            return Edit(last, len(lines[-1]), last, len(lines[-1]), module.default_newline + text)
        return Edit(last, 0, last, 0, text)
    if isinstance(anchor, cst.BaseCompoundStatement) and getattr(anchor, "decorators", ()):
        line = positions(anchor.decorators[0], anchor).start.line
    else:
        line = positions.statement_line(anchor)
    return Edit(line, 0, line, 0, text)


def import_anchor(module):
    """The first statement after the module docstring and `from __future__` imports."""
    for index, statement in enumerate(module.body):
        if index == 0 and is_docstring(statement):
            continue
        if _is_future_import(statement):
            continue
        return statement
    return None


def _is_future_import(statement) -> bool:
    import libcst as cst

    return (
        isinstance(statement, cst.SimpleStatementLine)
        and any(
            isinstance(s, cst.ImportFrom) and getattr(s.module, "value", None) == "__future__"
            for s in statement.body
        )
    )


def line_starts(text: str) -> list[int]:
    """The offset of each line's first character (line breaks as Python's tokenizer
    reads them)."""
    return [0] + [m.end() for m in _NEWLINE.finditer(text)]


def _offset(starts: Sequence[int], line: int, col: int) -> int:
    return starts[line - 1] + col


def _insertion_order(text: str) -> tuple:
    # Insertions at one place end up in this order: plain imports before from-imports
    # (isort's order within a section), alphabetically, then the blank lines after them.
    kind = 0 if text.startswith("import ") else 1 if text.startswith("from ") else 3 if not text.strip() else 2
    return (kind, text.lower())


def apply_edits(text: str, fixes: Iterable[Fix]) -> tuple[str, list[int]]:
    """Apply non-overlapping edits of the given fixes; a fix whose edits overlap an
    already accepted one waits for the next pass. Identical edits (the same import
    wanted by two fixes) are applied once. Returns the new text and the indices of
    the fixes applied."""
    starts = line_starts(text)
    accepted: list[tuple[int, int, str]] = []
    applied: list[int] = []
    for index, fix in enumerate(fixes):
        spans = []
        for edit in fix.edits:
            start = _offset(starts, edit.start_line, edit.start_col)
            end = _offset(starts, edit.end_line, edit.end_col)
            spans.append((start, end, edit.text))
        fresh = []
        for span in spans:
            if span not in accepted and span not in fresh:
                fresh.append(span)
        if any(_overlaps(s, a) for s in fresh for a in accepted):
            continue
        accepted.extend(fresh)
        applied.append(index)
    # Applied from the end; insertions at one place in reverse of the order they end in.
    ordered = sorted(accepted, key=lambda s: (s[0], s[1], _insertion_order(s[2])), reverse=True)
    for start, end, new in ordered:
        text = text[:start] + new + text[end:]
    return text, applied


def _overlaps(a, b) -> bool:
    if a[0] == a[1] or b[0] == b[1]:  # insertions conflict only inside a replacement
        return a[0] < b[1] and b[0] < a[1] and a != b
    return a[0] < b[1] and b[0] < a[1]
