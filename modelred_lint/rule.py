"""The rule API. A rule module in `modelred_lint/checks/` is the one place where a rule
(or a family of rules) is defined: a `Rule` subclass declares

- `codes`: the catalogue IDs it reports (their metadata, docs and examples are in
  `rules/<ID>.yaml`);
- `options`: the typed options it reads (`modelred_lint.options.Option`);
- `triggers(knowledge)`: for each code, the prefilter trigger that every finding of the
  code implies (`modelred_lint.triggers.Trigger`);
- its visitor: plain `visit_<Node>` / `leave_<Node>` methods that call `self.report`.

The registry discovers the classes; the engine runs every enabled rule in one walk of
one parse. Nothing here imports LibCST: declarations are read before any parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Mapping, Optional, Sequence

from modelred_lint.options import Option
from modelred_lint.schema import ValueType
from modelred_lint.triggers import Trigger

if TYPE_CHECKING:
    import libcst as cst

    from modelred_lint.names import NameTracker


@dataclass(frozen=True)
class FixSpec:
    """A fix as the rule sees it: CST nodes and their replacements. The engine turns it
    into text edits once positions are known."""

    applicability: str  # "safe" | "unsafe"
    description: str
    # Each node is replaced by this source text.
    text_replacements: Sequence[tuple["cst.CSTNode", str]] = ()
    imports: Sequence[str] = ()  # modules that must be imported (e.g. "os")


@dataclass
class RawReport:
    code: str
    node: "cst.CSTNode"
    message: str
    statement: Optional["cst.CSTNode"]
    top: Optional["cst.CSTNode"]  # the top-level statement that holds the node
    claim: Optional["cst.CSTNode"] = None
    fix: Optional[FixSpec] = None
    needle: str = ""  # a substring of the node's source that the finding is about
    snippet: str = ""  # secret-free text for fingerprints
    # Second places the finding names: (node, its top-level statement, what it is).
    related: tuple = ()


@dataclass
class FileContext:
    """What one file's walk shares between rules."""

    path: str
    names: "NameTracker"
    knowledge: Any  # modelred_lint.knowledge.Knowledge
    options: Mapping[str, Any]  # every declared option's value (validated, defaults filled)
    catalogue: Any  # modelred_lint.catalogue.Catalogue
    codes: frozenset[str]  # the codes enabled for this file
    # The file's text, where the walk has it: rules may read it for a cheap superset test
    # before a walk of the tree (no `global` in the text: no `global` statement).
    text: Optional[str] = None
    reports: list[RawReport] = field(default_factory=list)
    statements: list["cst.CSTNode"] = field(default_factory=list)
    # Per code, where the prefilter's exact stage found the rule could fire (Trigger.focus;
    # a code not here: anywhere). A rule may spare its analysis elsewhere.
    focus: Mapping[str, Any] = field(default_factory=dict)


class Rule:
    """Base class of the rule visitors (see the module's documentation)."""

    codes: ClassVar[tuple[str, ...]] = ()
    options: ClassVar[tuple[Option, ...]] = ()
    # The fields of the `data:` section of its codes' catalogue files that it reads;
    # any other field there is an error at load.
    data_fields: ClassVar[Mapping[str, ValueType]] = {}
    # False for rules that read only statements (they interpret expressions themselves):
    # the walk then skips every expression's subtree when no other participant reads them.
    READS_EXPRESSIONS: ClassVar[bool] = True

    @classmethod
    def triggers(cls, knowledge) -> Mapping[str, Trigger]:
        """The prefilter trigger of each code: a rule without one cannot be enabled."""
        return {}

    def __init__(self, ctx: FileContext) -> None:
        self.ctx = ctx
        self.vocab = ctx.knowledge.vocab
        self.sdk = ctx.knowledge.sdk

    def unread_node_types(self) -> frozenset:
        """Node types this rule has visit_/leave_ methods for but need not be shown in
        this file (a cheap test of the text says they cannot hold what it looks for):
        the walk then need not enter the nodes that only lead to them."""
        return frozenset()

    @property
    def names(self) -> "NameTracker":
        return self.ctx.names

    def enabled(self, code: str) -> bool:
        return code in self.ctx.codes

    def option(self, option: Option) -> Any:
        return option.value(self.ctx.options)

    def data(self, code: str) -> Mapping[str, Any]:
        """The `data:` section of a rule's catalogue file."""
        return self.ctx.catalogue.rule(code).data

    def report(
        self,
        code: str,
        node: "cst.CSTNode",
        message: str,
        *,
        claim: Optional["cst.CSTNode"] = None,
        fix: Optional[FixSpec] = None,
        needle: str = "",
        snippet: str = "",
        statement: Optional["cst.CSTNode"] = None,
        top: Optional["cst.CSTNode"] = None,
        related: tuple = (),
    ) -> None:
        """Report a node. The statement (for suppression) and the top-level statement
        holding the node are those the walk is in, unless the rule knows better (the
        dataflow rules interpret statements themselves)."""
        stack = self.ctx.statements
        if statement is None and stack:
            statement = stack[-1]
        if top is None and stack:
            top = stack[0]
        self.ctx.reports.append(RawReport(code, node, message, statement, top, claim, fix, needle, snippet, related))
