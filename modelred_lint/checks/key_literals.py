"""MR001 hardcoded-modelred-key and MR002 hardcoded-provider-key: keys of a known
format anywhere in the file, comments and docstrings included."""

from __future__ import annotations

from modelred_lint.fix_builders import (
    embedded_env_fix,
    env_lookup_fix,
    fstring_env_fix,
    redact_text_fix,
)
from modelred_lint.keyscan import KeyMatch, redact
from modelred_lint.knowledge import KEY_PATTERNS, EXTRA_KEY_PATTERNS, EXTRA_PLACEHOLDER_WORDS
from modelred_lint.lazy import cst
from modelred_lint.names import is_string_literal, literal_value
from modelred_lint.rule import Rule
from modelred_lint.triggers import Trigger, always, mentions


def _string_parts(node: cst.CSTNode):
    if isinstance(node, cst.ConcatenatedString):
        yield from _string_parts(node.left)
        yield from _string_parts(node.right)
    elif isinstance(node, cst.BinaryOperation):
        yield from _string_parts(node.left)
        yield from _string_parts(node.right)
    else:
        yield node


def _literal_sum(node: cst.CSTNode) -> bool:
    """`"mr_abc" + "def"`: a concatenation of string literals only."""
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        return _literal_sum(node.left) and _literal_sum(node.right)
    return is_string_literal(node)


class KeyLiterals(Rule):
    codes = ("MR001", "MR002")
    options = (EXTRA_KEY_PATTERNS, EXTRA_PLACEHOLDER_WORDS)
    data_fields = KEY_PATTERNS

    @classmethod
    def triggers(cls, knowledge):
        """A key of a known format starts with its prefix; a format without one could
        match anywhere, and then every file is parsed."""
        out = {}
        for code in cls.codes:
            free = [p for p in knowledge.vocab.free_patterns if p.rule == code]
            out[code] = Trigger(always if any(not p.prefix for p in free) else mentions(p.prefix for p in free))
        return out

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        # String nodes already read as part of a larger literal (a concatenation).
        self._consumed: set[int] = set()
        self._docstrings: set[int] = set()  # bare string statements: documentation
        self._fstring_quote: dict[int, str] = {}  # text part -> its f-string's quote

    def visit_Expr(self, node: cst.Expr) -> None:
        if isinstance(node.value, (cst.SimpleString, cst.ConcatenatedString)):
            self._docstrings.add(id(node.value))

    def visit_FormattedString(self, node: cst.FormattedString) -> None:
        for part in node.parts:
            if isinstance(part, cst.FormattedStringText):
                self._fstring_quote[id(part)] = node.end

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
        if not _literal_sum(node):
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
        self._consumed.add(id(node))
        if isinstance(node, (cst.ConcatenatedString, cst.BinaryOperation)):
            self._consume(node.left)
            self._consume(node.right)

    def _check_literal(self, node: cst.CSTNode, value) -> None:
        if value:
            where = "in a docstring" if id(node) in self._docstrings else ""
            self._scan(node, value, where=where)

    def _fix(self, node: cst.CSTNode, text: str, match: KeyMatch, where: str):
        env = match.pattern.env
        if isinstance(node, cst.Comment):
            return redact_text_fix(node, node.value, match.value, "comment")
        if isinstance(node, cst.FormattedStringText):
            return fstring_env_fix(self.names, node, self._fstring_quote.get(id(node), '"'), match.value, env)
        if id(node) in self._docstrings:
            raw = node.value if isinstance(node, cst.SimpleString) else ""
            return redact_text_fix(node, raw, match.value, "docstring")
        if match.start == 0 and match.end == len(text):
            return env_lookup_fix(self.names, node, env)
        return embedded_env_fix(self.names, node, text, match.value, env)

    def _scan(self, node: cst.CSTNode, text: str, where: str = "") -> None:
        for match in self.vocab.scan(text):
            if not self.enabled(match.pattern.rule):
                continue
            fix = self._fix(node, text, match, where)
            self.report(
                match.pattern.rule,
                node,
                self._message(match, where),
                claim=node,
                fix=fix,
                needle=match.value,
                snippet=redact(match.value, match.pattern.prefix),
            )

    def _message(self, match: KeyMatch, where: str) -> str:
        shown = redact(match.value, match.pattern.prefix)
        place = f" {where}" if where else ""
        return (
            f"Hardcoded {match.pattern.name} `{shown}`{place}: read it from the "
            f"environment ({match.pattern.env}) or a secrets manager, and rotate it"
        )
