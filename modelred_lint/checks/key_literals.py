"""MR001 hardcoded-modelred-key and MR002 hardcoded-provider-key: keys of a known
format anywhere in the file, comments and docstrings included."""

from __future__ import annotations

import re

from modelred_lint.fix_builders import redact_span_fix
from modelred_lint.key_fixes import plan_for
from modelred_lint.key_text import is_plain, may_hold_key
from modelred_lint.keyscan import KeyMatch, redact
from modelred_lint.knowledge import (
    EXTRA_KEY_PATTERNS,
    EXTRA_PLACEHOLDER_WORDS,
    KEY_PATTERNS,
)
from modelred_lint.lazy import cst
from modelred_lint.names import is_string_literal, literal_value
from modelred_lint.rule import Rule
from modelred_lint.triggers import Trigger, always, mentions


def _string_parts(node: cst.CSTNode):
    """The leaves of a concatenation, left to right (a stack, not nested generators:
    those cost the chain's depth for every part)."""
    stack = [node]
    while stack:
        top = stack.pop()
        if isinstance(top, (cst.ConcatenatedString, cst.BinaryOperation)):
            stack.extend((top.right, top.left))
        else:
            yield top


def _literal_sum(node: cst.CSTNode, known: dict[int, bool]) -> bool:
    """`"mr_abc" + "def"`: a concatenation of string literals only. Decided bottom-up
    without recursion, every `+` node once per file (`known`, by id): the walk asks at
    each `+` of a chain, and asking afresh each time was quadratic in its length."""
    stack = [node]
    while stack:
        top = stack[-1]
        if id(top) in known:
            stack.pop()
            continue
        if not (isinstance(top, cst.BinaryOperation) and isinstance(top.operator, cst.Add)):
            known[id(top)] = is_string_literal(top)
            stack.pop()
            continue
        pending = [side for side in (top.right, top.left) if id(side) not in known]
        if pending:
            stack.extend(pending)
            continue
        known[id(top)] = known[id(top.left)] and known[id(top.right)]
        stack.pop()
    return known[id(node)]


# From a line's first `#` to its end (linear: each line is read once).
_COMMENT_TAILS = re.compile(r"#[^\n]*")


class KeyLiterals(Rule):
    codes = ("MR001", "MR002")
    options = (EXTRA_KEY_PATTERNS, EXTRA_PLACEHOLDER_WORDS)
    data_fields = KEY_PATTERNS

    @classmethod
    def triggers(cls, knowledge):
        """A key of a known format starts with its prefix; a format without one could
        match anywhere, and then every file is parsed. Where every format of the rule is
        plain (key_text.py: the catalogue's are), the exact stage reads the keys on the
        raw text: a prefix alone (`task-`, `hf_token`) no longer forces the parse."""
        out = {}
        vocab = knowledge.vocab
        for code in cls.codes:
            free = tuple(p for p in vocab.free_patterns if p.rule == code)
            if any(not p.prefix for p in free):
                out[code] = Trigger(always)
            elif free and all(is_plain(p) for p in free):
                out[code] = Trigger(mentions(p.prefix for p in free),
                                    exact=lambda scan, free=free: may_hold_key(scan.text, free, vocab))
            else:
                out[code] = Trigger(mentions(p.prefix for p in free))
        return out

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        # String nodes already read as part of a larger literal (a concatenation).
        self._consumed: set[int] = set()
        self._docstrings: set[int] = set()  # bare string statements: documentation
        self._sums: dict[int, bool] = {}  # `+` nodes (and their parts) known to be literal sums or not

    def unread_node_types(self) -> frozenset:
        """Comments, where none can hold a key: a comment runs from a `#` to the end of
        its line, so the text from each line's first `#` to its end holds every comment
        (and more). Without a key there, the walk need not enter the white space,
        punctuation and names that comments hang from: half of a tree's nodes."""
        text = self.ctx.text
        scan = self.vocab.scan
        if text is None or any(next(scan(tail.group()), None) is not None for tail in _COMMENT_TAILS.finditer(text)):
            return frozenset()
        return frozenset({cst.Comment})

    def visit_Expr(self, node: cst.Expr) -> None:
        if isinstance(node.value, (cst.SimpleString, cst.ConcatenatedString)):
            self._docstrings.add(id(node.value))

    def leave_Module(self, node: cst.Module) -> None:
        plan_for(self.ctx).flush(node)

    # -- where text stands ----------------------------------------------------------
    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        if id(node) not in self._consumed:
            self._check_literal(node, literal_value(node))

    def visit_ConcatenatedString(self, node: cst.ConcatenatedString) -> None:
        if id(node) in self._consumed or not is_string_literal(node):
            return  # f-string parts are read one by one
        self._consume(node)
        self._check_literal(node, literal_value(node))

    def visit_BinaryOperation(self, node: cst.BinaryOperation) -> None:
        if id(node) in self._consumed or not isinstance(node.operator, cst.Add):
            return
        if not _literal_sum(node, self._sums):
            return
        self._consume(node)
        values = [literal_value(part) for part in _string_parts(node)]
        if all(isinstance(v, str) for v in values):
            self._check_literal(node, "".join(values))

    def visit_FormattedStringText(self, node: cst.FormattedStringText) -> None:
        self._scan(node, node.value)

    def visit_Comment(self, node: cst.Comment) -> None:
        self._scan(node, node.value, where="in a comment")

    # -- what is said ---------------------------------------------------------------
    def _consume(self, node: cst.CSTNode) -> None:
        stack = [node]
        while stack:
            top = stack.pop()
            self._consumed.add(id(top))
            if isinstance(top, (cst.ConcatenatedString, cst.BinaryOperation)):
                stack.extend((top.left, top.right))

    def _check_literal(self, node: cst.CSTNode, value) -> None:
        if value:
            where = "in a docstring" if id(node) in self._docstrings else ""
            self._scan(node, value, where=where)

    def _redaction(self, node: cst.CSTNode, match: KeyMatch):
        """A key in a comment or a docstring: the key's characters become [REDACTED]."""
        if isinstance(node, cst.Comment):
            return redact_span_fix(node, node.value, match.value, "comment")
        parts = [node] if isinstance(node, cst.SimpleString) else list(_string_parts(node))
        for part in parts:
            if isinstance(part, cst.SimpleString) and match.value in part.value:
                return redact_span_fix(part, part.value, match.value, "docstring")
        return None

    def _scan(self, node: cst.CSTNode, text: str, where: str = "") -> None:
        for match in self.vocab.scan(text):
            if not self.enabled(match.pattern.rule):
                continue
            code = match.pattern.rule
            needle = match.value
            snippet = redact(match.value, match.pattern.prefix)
            if isinstance(node, cst.Comment) or id(node) in self._docstrings:
                self.report(
                    code, node, self._message(match, where, match.pattern.env), claim=node,
                    fix=self._redaction(node, match), needle=needle, snippet=snippet,
                )
                continue

            def emit(env, fix, statement, top, match=match, code=code, needle=needle, snippet=snippet):
                self.report(
                    code, node, self._message(match, where, env), claim=node, fix=fix,
                    needle=needle, snippet=snippet, statement=statement, top=top,
                )

            plan_for(self.ctx).request(self, code, node, match.value, text, match.pattern.env, emit)

    def _message(self, match: KeyMatch, where: str, env: str) -> str:
        shown = redact(match.value, match.pattern.prefix)
        place = f" {where}" if where else ""
        return (
            f"Hardcoded {match.pattern.name} `{shown}`{place}: read it from the "
            f"environment ({env}) or a secrets manager, and rotate it"
        )
