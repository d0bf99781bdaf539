"""Findings as LSP diagnostics and edits, in the position encoding the client negotiated.

The engine counts columns in code points; LSP counts them in UTF-16 code units unless
client and server agreed on UTF-8 (or UTF-32). An emoji before a key is one code
point, two UTF-16 units and four UTF-8 bytes, so every column goes through `Lines`.
"""

from __future__ import annotations

import re
from typing import Iterable

from lsprotocol import types

from modelred_lint.findings import Edit, Finding
from modelred_lint.reporters.textsafe import printable

SOURCE = "modelred-lint"
# The one place rule documentation links are built (the README's rules section).
DOCS_URL = "https://github.com/modelred-lint/modelred-lint#{anchor}"

_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
    "note": types.DiagnosticSeverity.Information,
    "hint": types.DiagnosticSeverity.Hint,
}

# LSP's line breaks, and only those: str.splitlines() would also break at \x0c, \x1c,
# \u2028 ..., which Python source (and every editor's line count) does not.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def rule_url(rule_id: str) -> str:
    return DOCS_URL.format(anchor=rule_id.lower())


class Lines:
    """A text's lines, to convert (1-based line, code-point column) into LSP positions
    and back."""

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self.lines = _LINE_BREAK.split(text)
        self.encoding = encoding

    def _units(self, text: str) -> int:
        if text.isascii() or self.encoding == types.PositionEncodingKind.Utf32:
            return len(text)
        if self.encoding == types.PositionEncodingKind.Utf8:
            return len(text.encode("utf-8", "surrogatepass"))
        return len(text.encode("utf-16-le", "surrogatepass")) // 2

    def position(self, line: int, col: int) -> types.Position:
        """The LSP position of a 1-based line and code-point column, clamped to the text
        (an engine position past the end, such as a syntax error at end of file, still
        lands on the document)."""
        index = line - 1
        if index < 0:
            return types.Position(line=0, character=0)
        if index >= len(self.lines):
            index = len(self.lines) - 1
            col = len(self.lines[index])
        text = self.lines[index]
        col = max(0, min(col, len(text)))
        return types.Position(line=index, character=self._units(text[:col]))

    def code_point(self, position: types.Position) -> tuple[int, int]:
        """(1-based line, code-point column) of an LSP position."""
        index = min(max(position.line, 0), len(self.lines) - 1)
        text = self.lines[index]
        if text.isascii() or self.encoding == types.PositionEncodingKind.Utf32:
            return index + 1, min(position.character, len(text))
        units = 0
        for col, char in enumerate(text):
            if units >= position.character:
                return index + 1, col
            units += self._units(char)
        return index + 1, len(text)

    def range(self, line: int, col: int, end_line: int, end_col: int) -> types.Range:
        return types.Range(start=self.position(line, col), end=self.position(end_line, end_col))

    def end(self) -> types.Position:
        return self.position(len(self.lines), len(self.lines[-1]))


def diagnostic(finding: Finding, lines: Lines) -> types.Diagnostic:
    return types.Diagnostic(
        range=lines.range(finding.line, finding.col, finding.end_line, finding.end_col),
        # The message as every CLI format prints it: redacted by the engine, control and
        # bidirectional characters from the scanned code shown as escapes.
        message=printable(finding.message),
        severity=_SEVERITY.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.rule,
        code_description=types.CodeDescription(href=rule_url(finding.rule)),
        source=SOURCE,
    )


def diagnostics(findings: Iterable[Finding], lines: Lines) -> list[types.Diagnostic]:
    return [diagnostic(f, lines) for f in findings]


def text_edit(edit: Edit, lines: Lines) -> types.TextEdit:
    return types.TextEdit(
        range=lines.range(edit.start_line, edit.start_col, edit.end_line, edit.end_col), new_text=edit.text
    )


def whole_change(old: str, new: str, lines: Lines) -> list[types.TextEdit]:
    """One edit turning `old` into `new`, spanning only what differs (replacing the whole
    document would move the user's cursor and folds for a one-line fix)."""
    if old == new:
        return []
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    # Never split a \r\n pair: the line arithmetic below counts it as one break.
    if 0 < start < len(old) and old[start - 1] == "\r" and old[start] == "\n":
        start -= 1
    if end and len(old) - end > 0 and old[len(old) - end - 1] == "\r" and old[len(old) - end] == "\n":
        end -= 1
    return [
        types.TextEdit(
            range=types.Range(start=_offset_position(old, start, lines), end=_offset_position(old, len(old) - end, lines)),
            new_text=new[start : len(new) - end],
        )
    ]


def _offset_position(text: str, offset: int, lines: Lines) -> types.Position:
    before = text[:offset]
    breaks = list(_LINE_BREAK.finditer(before))
    line_start = breaks[-1].end() if breaks else 0
    return lines.position(len(breaks) + 1, offset - line_start)
