"""Findings as LSP diagnostics and edits, in the position encoding the client negotiated.

The engine counts columns in code points; LSP counts them in UTF-16 code units unless
client and server agreed on UTF-8 (or UTF-32). An emoji before a key is one code
point, two UTF-16 units and four UTF-8 bytes, so every column goes through `Lines`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

from lsprotocol import types

from modelred_lint.findings import Edit, Finding
from modelred_lint.reporters.textsafe import printable
from modelred_lint.server.lines import LINE_BREAK, TextLines

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

def rule_url(rule_id: str) -> str:
    return DOCS_URL.format(anchor=rule_id.lower())


class Lines(TextLines):
    """TextLines answering in lsprotocol's types."""

    def position(self, line: int, col: int) -> types.Position:
        index, character = self.place(line, col)
        return types.Position(line=index, character=character)

    def code_point(self, position: types.Position) -> tuple[int, int]:
        return self.code_point_of(position.line, position.character)

    def range(self, line: int, col: int, end_line: int, end_col: int) -> types.Range:
        return types.Range(start=self.position(line, col), end=self.position(end_line, end_col))

    def end(self) -> types.Position:
        return self.position(len(self.lines), len(self.lines[-1]))


def related_information(finding: Finding, lines: Lines, uri: str) -> Optional[list[types.DiagnosticRelatedInformation]]:
    """The second places a finding names, in this document (or, named by path, in
    another file, whose columns are taken as they come: its text is not at hand)."""
    out = []
    for related in finding.related:
        if related.path and related.path != finding.path:
            where = types.Location(
                uri=Path(related.path).resolve().as_uri(),
                range=types.Range(
                    start=types.Position(line=max(related.line - 1, 0), character=related.col),
                    end=types.Position(line=max(related.end_line - 1, 0), character=related.end_col),
                ),
            )
        else:
            where = types.Location(uri=uri, range=lines.range(related.line, related.col, related.end_line, related.end_col))
        out.append(types.DiagnosticRelatedInformation(location=where, message=printable(related.message)))
    return out or None


def diagnostic(finding: Finding, lines: Lines, uri: str = "") -> types.Diagnostic:
    return types.Diagnostic(
        range=lines.range(finding.line, finding.col, finding.end_line, finding.end_col),
        # The message as every CLI format prints it: redacted by the engine, control and
        # bidirectional characters from the scanned code shown as escapes.
        message=printable(finding.message),
        severity=_SEVERITY.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.rule,
        code_description=types.CodeDescription(href=rule_url(finding.rule)),
        source=SOURCE,
        related_information=related_information(finding, lines, uri) if finding.related else None,
    )


def diagnostics(findings: Iterable[Finding], lines: Lines, uri: str = "") -> list[types.Diagnostic]:
    return [diagnostic(f, lines, uri) for f in findings]


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
    breaks = list(LINE_BREAK.finditer(before))
    line_start = breaks[-1].end() if breaks else 0
    return lines.position(len(breaks) + 1, offset - line_start)
