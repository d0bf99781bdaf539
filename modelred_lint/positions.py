"""Where nodes are, computed for the top-level statements that hold findings only.

LibCST's PositionProvider generates the code of the whole module to count lines, about
as costly as the parse itself. CPython's parser (an eighth of LibCST's cost) tells the
line each top-level statement starts on; generating code for just the statements that
hold findings then places every node inside them: a node's line is its line within
those statements shifted by where its statement really starts (top-level statements
start at column 0, so columns need no shift). Where CPython cannot parse the file, or a
finding stands outside every statement (a comment at the very end), the whole module
is placed the usual way.
"""

from __future__ import annotations

import ast
from typing import Iterable, Optional

import libcst as cst
from libcst.metadata import CodePosition, CodeRange, MetadataWrapper, PositionProvider


class Positions:
    def __init__(self, module: cst.Module, text: str, tops: Iterable[Optional[cst.CSTNode]]) -> None:
        self.module = module
        wanted = set(map(id, tops))
        starts = None if id(None) in wanted else _statement_lines(module, text)
        if starts is None:
            self._ranges = _place(module)
            self._shift: dict[int, int] = {}
            self._whole = True
            return
        chosen = [s for s in module.body if id(s) in wanted]
        partial = module.with_changes(body=chosen, header=(), footer=())
        self._ranges = _place(partial)
        self._shift = {id(s): starts[id(s)] - self._ranges[s].start.line for s in chosen}
        self._whole = False

    def __call__(self, node: cst.CSTNode, top: Optional[cst.CSTNode]) -> CodeRange:
        if not self._whole and (id(top) not in self._shift or node not in self._ranges):
            # A node outside the statement it was reported with (a literal bound to a
            # name in another statement): place the whole module after all.
            self._ranges = _place(self.module)
            self._whole = True
        where = self._ranges[node]
        if self._whole:
            return where
        shift = self._shift[id(top)]
        if not shift:
            return where
        return CodeRange(
            CodePosition(where.start.line + shift, where.start.column),
            CodePosition(where.end.line + shift, where.end.column),
        )

    def statement_line(self, statement: cst.CSTNode) -> int:
        """The line a top-level statement starts on (for imports a fix adds)."""
        if self._whole:
            return self._ranges[statement].start.line
        if id(statement) in self._shift:
            return self._ranges[statement].start.line + self._shift[id(statement)]
        return _statement_lines(self.module, self.module.code)[id(statement)]  # pragma: no cover


def _place(module: cst.Module):
    """PositionProvider's positions of every node of a module. MetadataWrapper would
    also walk the whole tree once more for providers that batch (there are none here),
    so the provider's code generation is run directly where this LibCST allows."""
    try:
        from libcst.metadata.position_provider import PositionProvidingCodegenState

        provider = PositionProvider()
        state = PositionProvidingCodegenState(
            default_indent=module.default_indent, default_newline=module.default_newline, provider=provider
        )
        module._codegen(state)
        return provider._computed
    except (ImportError, AttributeError, TypeError):  # another LibCST: the public way
        return MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)


def _statement_lines(module: cst.Module, text: str) -> Optional[dict[int, int]]:
    """The start line of each top-level statement, from CPython's parser; None where
    it cannot parse the file or counts statements differently."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    body = tree.body
    starts: dict[int, int] = {}
    index = 0
    for statement in module.body:
        if index >= len(body):
            return None
        starts[id(statement)] = body[index].lineno
        index += len(statement.body) if isinstance(statement, cst.SimpleStatementLine) else 1
    return starts if index == len(body) else None
