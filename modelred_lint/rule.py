"""The rule API: a rule is a LibCST visitor (plain visit_/leave_ methods) that reports
nodes. The engine runs every enabled rule in one walk of one parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Optional, Sequence

import libcst as cst

from modelred_lint.names import NameTracker


@dataclass(frozen=True)
class FixSpec:
    """A fix as the rule sees it: CST nodes and their replacements. The engine turns it
    into text edits once positions are known."""

    applicability: str  # "safe" | "unsafe"
    description: str
    # Each node is replaced by this source text.
    text_replacements: Sequence[tuple[cst.CSTNode, str]] = ()
    imports: Sequence[str] = ()  # modules that must be imported (e.g. "os")


@dataclass
class RawReport:
    code: str
    node: cst.CSTNode
    message: str
    statement: Optional[cst.CSTNode]
    top: Optional[cst.CSTNode]  # the top-level statement that holds the node
    claim: Optional[cst.CSTNode] = None
    fix: Optional[FixSpec] = None
    needle: str = ""  # a substring of the node's source that the finding is about
    snippet: str = ""  # secret-free text for fingerprints


@dataclass
class FileContext:
    """What one file's walk shares between rules."""

    path: str
    names: NameTracker
    knowledge: Any  # modelred_lint.knowledge.Knowledge
    codes: frozenset[str]  # the codes enabled for this file
    reports: list[RawReport] = field(default_factory=list)
    statements: list[cst.CSTNode] = field(default_factory=list)


class Rule:
    """Base class. Subclasses set `codes` (the catalogue IDs they report) and define
    visit_<Node>/leave_<Node> methods."""

    codes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, ctx: FileContext) -> None:
        self.ctx = ctx
        self.vocab = ctx.knowledge.vocab
        self.sdk = ctx.knowledge.sdk

    @property
    def names(self) -> NameTracker:
        return self.ctx.names

    def enabled(self, code: str) -> bool:
        return code in self.ctx.codes

    def report(
        self,
        code: str,
        node: cst.CSTNode,
        message: str,
        *,
        claim: Optional[cst.CSTNode] = None,
        fix: Optional[FixSpec] = None,
        needle: str = "",
        snippet: str = "",
        statement: Optional[cst.CSTNode] = None,
        top: Optional[cst.CSTNode] = None,
    ) -> None:
        """Report a node. The statement (for suppression) and the top-level statement
        holding the node are those the walk is in, unless the rule knows better (the
        dataflow rules interpret statements themselves)."""
        stack = self.ctx.statements
        if statement is None and stack:
            statement = stack[-1]
        if top is None and stack:
            top = stack[0]
        self.ctx.reports.append(
            RawReport(code, node, message, statement, top, claim, fix, needle, snippet)
        )
