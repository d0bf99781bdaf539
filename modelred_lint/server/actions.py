"""Code actions for one linted text: each finding's fix as a quick fix, a `# noqa`
suppression per finding, and the fix-all source action (`source.fixAll.modelred-lint`,
for fix-on-save). Formatting is not ours.

Every edit refers to the text the findings came from; the workspace edit names that
text's version where the client accepts versioned edits, so a client that has moved on
refuses it instead of applying it to the wrong text.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Optional, Sequence

from lsprotocol import types

from modelred_lint.findings import Finding
from modelred_lint.reporters.textsafe import printable
from modelred_lint.server.convert import Lines, text_edit
from modelred_lint.server.noqa import Statements, suppression

FIX_ALL_KIND = "source.fixAll.modelred-lint"
QUICK_FIX = types.CodeActionKind.QuickFix


def _name(kind: object) -> str:
    # lsprotocol's kinds are str-valued Enums, whose f-string form is "CodeActionKind.X".
    return kind.value if isinstance(kind, enum.Enum) else str(kind)


def wanted(kind: object, only: Optional[Sequence[object]]) -> bool:
    """LSP kinds are hierarchical: asking for "source.fixAll" admits ours."""
    if not only:
        return True
    name = _name(kind)
    return any(name == _name(k) or name.startswith(f"{_name(k)}.") for k in only)


@dataclass
class Target:
    uri: str
    version: Optional[int]
    versioned: bool  # the client accepts `documentChanges`

    def edit(self, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
        if self.versioned:
            document = types.OptionalVersionedTextDocumentIdentifier(uri=self.uri, version=self.version)
            return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=edits)])
        return types.WorkspaceEdit(changes={self.uri: edits})


def combine(changes: Sequence[tuple[Target, list[types.TextEdit]]]) -> types.WorkspaceEdit:
    """One workspace edit for several documents (a notebook's cells)."""
    if all(target.versioned for target, _ in changes):
        return types.WorkspaceEdit(
            document_changes=[
                types.TextDocumentEdit(
                    text_document=types.OptionalVersionedTextDocumentIdentifier(uri=target.uri, version=target.version),
                    edits=edits,
                )
                for target, edits in changes
            ]
        )
    return types.WorkspaceEdit(changes={target.uri: edits for target, edits in changes})


def fix_allowed(finding: Finding, unsafe: bool) -> bool:
    """A quick fix: a fix with edits in this text, safe or allowed."""
    return finding.fix is not None and bool(finding.fix.edits) and (finding.fix.applicability == "safe" or unsafe)


def fixable(finding: Finding, unsafe: bool) -> bool:
    """What fix-all applies: a notebook's fix may have no edits in the finding's cell
    (the import it adds goes to the first code cell), and fix-all still applies it."""
    return finding.fix is not None and (finding.fix.applicability == "safe" or unsafe)


def _overlaps(finding: Finding, start: tuple[int, int], end: tuple[int, int]) -> bool:
    return (finding.line, finding.col) <= end and start <= (finding.end_line, finding.end_col)


def quick_fixes(
    findings: Sequence[Finding],
    diagnostics: Sequence[types.Diagnostic],
    text: str,
    lines: Lines,
    requested: types.Range,
    unsafe: bool,
    target: Target,
    can_suppress: bool = True,
) -> list[types.CodeAction]:
    """The fix and the suppression of each finding that touches the requested range."""
    start, end = lines.code_point(requested.start), lines.code_point(requested.end)
    statements: Optional[Statements] = None
    actions: list[types.CodeAction] = []
    for finding, diag in zip(findings, diagnostics):
        if not _overlaps(finding, start, end):
            continue
        if fix_allowed(finding, unsafe):
            fix = finding.fix
            label = " (unsafe)" if fix.applicability == "unsafe" else ""
            actions.append(
                types.CodeAction(
                    title=f"{finding.rule}: {printable(fix.description)}{label}",
                    kind=QUICK_FIX,
                    diagnostics=[diag],
                    is_preferred=fix.applicability == "safe",
                    edit=target.edit([text_edit(e, lines) for e in fix.edits]),
                )
            )
        if finding.rule == "MR000" or not can_suppress:  # nothing to suppress, or no comments here
            continue
        if statements is None:  # tokenized once per request, and only when needed
            statements = Statements(text)
        where = suppression(lines.lines, finding.line, finding.rule, statements)
        position = lines.position(where.line, where.col)
        actions.append(
            types.CodeAction(
                title=f"{finding.rule}: suppress with `# noqa: {finding.rule}`",
                kind=QUICK_FIX,
                diagnostics=[diag],
                edit=target.edit([types.TextEdit(range=types.Range(start=position, end=position), new_text=where.text)]),
            )
        )
    return actions


def fix_all_title(unsafe: bool) -> str:
    return "modelred-lint: fix all" + (" (unsafe fixes included)" if unsafe else "")
