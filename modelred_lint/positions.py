"""Where nodes are, computed only around the findings, in time linear in what is placed.

LibCST's PositionProvider generates the code of the whole module to count lines, about
as costly as the parse itself. CPython's parser (an eighth of LibCST's cost; the depth
check has run it already and hands over its statement skeleton) tells the line every
statement starts on. So code is generated only for the statements that hold findings:
- a top-level simple statement whole, all such statements in one go;
- in a compound one (a class or a function), only a statement holding the node asked
  for (the one the rule reported from, else the innermost: a method's one line), with
  the indentation of the blocks around it.
A node's line is then its line within that code, shifted by where its statement really
starts (indentation is generated, so columns need no shift). Where CPython cannot parse
the file, its statements do not match LibCST's, or a node stands outside every statement
(a comment at the very end), the whole module is placed the usual way.
"""

from __future__ import annotations

import ast
from typing import Iterable, Optional

import libcst as cst
from libcst.metadata import CodePosition, CodeRange, MetadataWrapper, PositionProvider

# A compound top-level statement spanning more lines than this is placed statement by
# statement. Every one is (0): generating a whole function for the one line that holds a
# finding cost 4-5 % of the lint on sdk-heavy (same findings, fixes and places).
LARGE_STATEMENT_LINES = 0


class Positions:
    def __init__(
        self,
        module: cst.Module,
        text: str,
        tops: Iterable[Optional[cst.CSTNode]],
        skeleton: Optional[list] = None,
    ) -> None:
        self.module = module
        self._ranges: dict = {}
        self._shift: dict[int, int] = {}  # id(top) -> line shift, for tops placed whole
        self._whole = False
        self._inner: dict[int, "_Inner"] = {}  # id(top) -> its statements, for large tops
        self.near: Optional[cst.CSTNode] = None  # the default `near` (the finding being built)
        self._starts: Optional[dict] = None
        self._held: Optional[dict] = None  # id(inner statement) -> its top-level statement's _Inner
        wanted = set(map(id, tops))
        if id(None) in wanted:
            self._place_whole()
            return
        if skeleton is None:
            skeleton = _skeleton_of(text)
        self._starts = None if skeleton is None else _top_starts(module, skeleton)
        if self._starts is None:
            self._place_whole()
            return
        small = []
        for statement in module.body:
            if id(statement) not in wanted:
                continue
            first, last, entry = self._starts[id(statement)]
            if last - first > LARGE_STATEMENT_LINES and not isinstance(statement, cst.SimpleStatementLine):
                self._inner[id(statement)] = _Inner(module, statement, entry)
            else:
                small.append(statement)
        if small:
            partial = module.with_changes(body=small, header=(), footer=())
            ranges = _place(partial)
            self._ranges.update(ranges)
            self._shift = {id(s): self._starts[id(s)][0] - _start_line(ranges[s]) for s in small}

    def _place_whole(self) -> None:
        self._ranges = _place(self.module)
        self._whole = True

    def __call__(self, node: cst.CSTNode, top: Optional[cst.CSTNode], near: Optional[cst.CSTNode] = None) -> CodeRange:
        """Where node is; `top` is its top-level statement, `near` (optional) a statement
        that probably holds it (the one a rule reported from), tried first."""
        if self._whole:
            return _range(self._ranges[node])
        inner = self._inner.get(id(top))
        if inner is None and top is not None and id(top) not in self._shift:
            # `top` a statement inside a top-level one (the interpreter of a function's
            # summary takes the statements of its body for tops): placed alone, within the
            # top-level statement that holds it.
            inner = self._holder(top)
            if inner is not None:
                near = top
        if inner is not None:
            where = inner.place(node, near if near is not None else self.near)
            if where is not None:
                return where
        elif id(top) in self._shift and node in self._ranges:
            return _range(self._ranges[node], self._shift[id(top)])
        # A node outside the statements placed (a literal bound to a name in another
        # statement, a part of a large statement that belongs to no inner statement):
        # place the whole module after all.
        self._place_whole()
        return _range(self._ranges[node])

    def _holder(self, statement: cst.CSTNode) -> Optional["_Inner"]:
        """The compound top-level statement holding an inner statement, matched with
        CPython's (each one once, on the first such question: statements only, no code
        generated), or None."""
        if self._starts is None:
            return None
        held = self._held
        if held is None:
            held = self._held = {}
            for top in self.module.body:
                first, last, entry = self._starts[id(top)]
                if entry is None:
                    continue  # (a simple statement: no statements inside)
                inner = self._inner.get(id(top))
                if inner is None:
                    inner = self._inner[id(top)] = _Inner(self.module, top, entry)
                if inner.matched:
                    held.update(dict.fromkeys(inner.lines, inner))
        return held.get(id(statement))

    def statement_line(self, statement: cst.CSTNode) -> int:
        """The line a top-level statement starts on (for imports a fix adds)."""
        if not self._whole and id(statement) in self._starts:
            return self._starts[id(statement)][0]
        if not self._whole:
            self._place_whole()
        return _start_line(self._ranges[statement])


class _Inner:
    """A large top-level statement, placed one inner statement at a time: each statement
    of its blocks is matched with CPython's (same order, a line of `a; b` counting as
    CPython's two), which gives its line; a node is placed by generating the code of the
    innermost statement that holds it."""

    def __init__(self, module: cst.Module, top: cst.CSTNode, entry) -> None:
        self.module = module
        self.top = top
        self.lines: dict[int, tuple[int, tuple[str, ...]]] = {}  # id(statement) -> line, indents
        self.owner: Optional[dict[int, cst.CSTNode]] = None  # id(node) -> innermost statement
        self.every = False  # (has the owner map been made of every node, trivia too?)
        # id(statement) -> {node: its place as generated, line 1 = the statement's}
        self.ranges: dict[int, dict] = {}
        self.shifts: dict[int, int] = {}  # id(statement) -> how far its lines move
        self.matched = _match(top, entry, (), module.default_indent, self.lines)

    def place(self, node: cst.CSTNode, near: Optional[cst.CSTNode] = None) -> Optional[CodeRange]:
        if not self.matched:
            return None
        if near is not None and id(near) in self.lines:
            # Any matched statement that holds the node places it as well as the
            # innermost one: tried first, it spares the walk that finds the innermost.
            where = self._within(near, node)
            if where is not None:
                return where
        if self.owner is None:
            self.owner = {}
            _owners(self.top, self.lines, self.owner, every=False)
        statement = self.owner.get(id(node))
        if statement is None and not self.every:
            # (white space, a comment, punctuation: the first map skipped them)
            self.every = True
            _owners(self.top, self.lines, self.owner, every=True)
            statement = self.owner.get(id(node))
        if statement is None:
            return None
        return self._within(statement, node)

    def _within(self, statement: cst.CSTNode, node: cst.CSTNode) -> Optional[CodeRange]:
        # Each statement's places are kept apart: a statement placed inside another is
        # generated from its own first line, so its nodes' places differ by a shift.
        ranges = self.ranges.get(id(statement))
        if ranges is None:
            line, indents = self.lines[id(statement)]
            ranges = self.ranges[id(statement)] = _place_statement(self.module, statement, indents)
            self.shifts[id(statement)] = line - _start_line(ranges[statement])
        where = ranges.get(node)
        return None if where is None else _range(where, self.shifts[id(statement)])


def _match(statement, entry, indents: tuple[str, ...], default_indent: str, lines: dict) -> bool:
    """Record each inner statement's line and the indentation around it, walking LibCST's
    blocks beside CPython's skeleton entry (first line, last line, blocks). False where
    they do not line up."""
    lines[id(statement)] = (entry[0], indents)
    blocks = _cst_blocks(statement)
    if blocks is None:
        return False
    skeleton_blocks = entry[2]
    if len(blocks) != len(skeleton_blocks):
        return False
    if isinstance(statement, cst.Match):  # its cases stand indented under it
        indents = (*indents, statement.indent if statement.indent is not None else default_indent)
    for block, skeleton in zip(blocks, skeleton_blocks):
        if isinstance(block, cst.If):  # an `elif`: CPython's else block holds that If alone
            if len(skeleton) != 1 or not _match_elif(block, skeleton[0], indents, default_indent, lines):
                return False
            continue
        if not isinstance(block, cst.IndentedBlock):  # a body on the header's line
            continue
        inner = (*indents, block.indent if block.indent is not None else default_indent)
        index = 0
        for child in block.body:
            if index >= len(skeleton):
                return False
            if isinstance(child, cst.SimpleStatementLine):
                lines[id(child)] = (skeleton[index][0], inner)
                index += len(child.body)
            else:
                if not _match(child, skeleton[index], inner, default_indent, lines):
                    return False
                index += 1
        if index != len(skeleton):
            return False
    return True


def _match_elif(node: cst.If, entry, indents, default_indent, lines) -> bool:
    # The elif's own header is placed with the statement it belongs to.
    saved = lines.get(id(node))
    matched = _match(node, entry, indents, default_indent, lines)
    if saved is None:
        lines.pop(id(node), None)
    return matched


def _cst_blocks(statement) -> Optional[list]:
    """A compound statement's blocks in CPython's order; [] for a simple statement; None
    for a kind not known here."""
    if isinstance(statement, cst.SimpleStatementLine):
        return []
    if isinstance(statement, (cst.FunctionDef, cst.ClassDef, cst.With)):
        return [statement.body]
    if isinstance(statement, (cst.For, cst.While)):
        return [statement.body, statement.orelse.body if statement.orelse is not None else _EMPTY]
    if isinstance(statement, cst.If):
        orelse = statement.orelse
        if orelse is None:
            return [statement.body, _EMPTY]
        return [statement.body, orelse if isinstance(orelse, cst.If) else orelse.body]
    if isinstance(statement, (cst.Try, getattr(cst, "TryStar", cst.Try))):
        return [
            statement.body,
            *(handler.body for handler in statement.handlers),
            statement.orelse.body if statement.orelse is not None else _EMPTY,
            statement.finalbody.body if statement.finalbody is not None else _EMPTY,
        ]
    if isinstance(statement, cst.Match):
        return [case.body for case in statement.cases]
    return None


_EMPTY = cst.IndentedBlock(body=())


def _owners(top, lines: dict, owner: dict, every: bool) -> None:
    """id(node) -> the innermost matched statement holding it, for every node of top
    (an `elif` is no statement of its own: it belongs to its `if`). Not every: all but
    white space, comments and punctuation (three fifths of the nodes, and no rule reports
    one but a comment)."""
    from modelred_lint.node_walk import child_nodes
    from modelred_lint.tree_walk import ALL_NODE_TYPES, node_fields

    stack = [(top, top)]
    pop, push = stack.pop, stack.append
    while stack:
        current, holder = pop()
        if id(current) in lines:
            holder = current
        owner[id(current)] = holder
        if not every:
            for child in child_nodes(current):
                push((child, holder))
            continue
        # The fields read directly (LibCST's `children` rebuilds each node with a visitor).
        for name in node_fields(type(current)):
            value = getattr(current, name)
            if type(value) in ALL_NODE_TYPES:
                push((value, holder))
            elif type(value) is tuple or type(value) is list:
                stack.extend((item, holder) for item in value if type(item) in ALL_NODE_TYPES)


def _place_statement(module: cst.Module, statement: cst.CSTNode, indents: tuple[str, ...]):
    """The positions of a statement's nodes as if it stood on line 1, its indentation
    generated as in the file."""
    state = _state(module)
    if state is None:  # another LibCST: generate it inside a module of its own
        return _place(module.with_changes(body=[statement], header=(), footer=()))
    state.indent_tokens = list(indents)
    statement._codegen(state)
    return state.provider._computed


def _state(module: cst.Module):
    state_class = _fast_state_class()
    if state_class is None:
        return None
    try:
        return state_class(
            default_indent=module.default_indent, default_newline=module.default_newline, provider=PositionProvider()
        )
    except TypeError:
        return None


_FAST_STATE: list = []


def _fast_state_class():
    """LibCST's PositionProvidingCodegenState with the same positions for less: the
    syntactic position is recorded by a plain context manager (not a generator), a
    token without a line break moves the column without a regex split, and positions
    are kept as (line, column, end line, end column) tuples, made CodeRanges only when
    asked for (most nodes never are). None where this LibCST has no such state."""
    if _FAST_STATE:
        return _FAST_STATE[0]
    try:
        from libcst.metadata.position_provider import NEWLINE_RE, PositionProvidingCodegenState
    except ImportError:
        _FAST_STATE.append(None)
        return None

    class _Recording:
        __slots__ = ("state", "node", "start_node", "end_node", "line", "column")

        def __init__(self, state, node, start_node, end_node) -> None:
            self.state, self.node, self.start_node, self.end_node = state, node, start_node, end_node

        def __enter__(self) -> None:
            self.line, self.column = self.state.line, self.state.column

        def __exit__(self, *exc) -> bool:
            state = self.state
            computed = state.provider._computed
            start = computed[self.start_node][:2] if self.start_node is not None else (self.line, self.column)
            end = computed[self.end_node][2:] if self.end_node is not None else (state.line, state.column)
            computed[self.node] = (*start, *end)
            return False

    class _FastPositions(PositionProvidingCodegenState):
        __slots__ = ()

        def add_indent_tokens(self) -> None:
            self.tokens.extend(self.indent_tokens)
            for token in self.indent_tokens:
                self._update_position(token)

        def add_token(self, value: str) -> None:
            self.tokens.append(value)
            self._update_position(value)

        def _update_position(self, value: str) -> None:
            if "\n" in value or "\r" in value:
                segments = NEWLINE_RE.split(value)
                self.line += len(segments) - 1
                self.column = len(segments[-1])
            else:
                self.column += len(value)

        def before_codegen(self, node) -> None:
            self._stack.append((self.line, self.column))

        def after_codegen(self, node) -> None:
            line, column = self._stack.pop()
            computed = self.provider._computed
            if node not in computed:
                computed[node] = (line, column, self.line, self.column)

        def record_syntactic_position(self, node, *, start_node=None, end_node=None):
            return _Recording(self, node, start_node, end_node)

    _FAST_STATE.append(_FastPositions)
    return _FastPositions


def _place(module: cst.Module):
    """PositionProvider's positions of every node of a module. MetadataWrapper would
    also walk the whole tree once more for providers that batch (there are none here),
    so the provider's code generation is run directly where this LibCST allows."""
    state = _state(module)
    if state is not None:
        try:
            module._codegen(state)
            return state.provider._computed
        except (AttributeError, TypeError):
            pass
    return MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)


def _range(where, shift: int = 0) -> CodeRange:
    """A place as a CodeRange, its lines moved by shift (from the fast state's tuples,
    or LibCST's own CodeRanges where it placed the module itself)."""
    if isinstance(where, tuple):
        line, column, end_line, end_column = where
        return CodeRange(CodePosition(line + shift, column), CodePosition(end_line + shift, end_column))
    if not shift:
        return where
    return CodeRange(
        CodePosition(where.start.line + shift, where.start.column),
        CodePosition(where.end.line + shift, where.end.column),
    )


def _start_line(where) -> int:
    return where[0] if isinstance(where, tuple) else where.start.line


def _skeleton_of(text: str) -> Optional[list]:
    from modelred_lint.parsing import statement_skeleton

    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return statement_skeleton(tree.body)


def _top_starts(module: cst.Module, skeleton: list) -> Optional[dict[int, tuple]]:
    """id(top-level statement) -> (first line, last line, skeleton entry); None where
    CPython counts the statements differently."""
    starts: dict[int, tuple] = {}
    index = 0
    for statement in module.body:
        if index >= len(skeleton):
            return None
        if isinstance(statement, cst.SimpleStatementLine):
            count = len(statement.body)
            if index + count > len(skeleton):
                return None
            starts[id(statement)] = (skeleton[index][0], skeleton[index + count - 1][1], None)
            index += count
        else:
            entry = skeleton[index]
            starts[id(statement)] = (entry[0], entry[1], entry)
            index += 1
    return starts if index == len(skeleton) else None

