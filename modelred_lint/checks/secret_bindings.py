"""MR004 hardcoded-secret, and MR002's formats that need a name to be recognised
(an AWS secret access key is 40 characters of base64 and nothing else): a literal bound
to a name, through assignment, annotation, keyword, dict entry or parameter default."""

from __future__ import annotations

from typing import Optional

import libcst as cst

from modelred_lint.checks.env_fix import env_lookup_fix
from modelred_lint.keyscan import name_words, redact
from modelred_lint.names import literal_value
from modelred_lint.rule import Rule


def target_name(node: cst.BaseExpression) -> Optional[str]:
    """The name a value is bound to: `x`, `self.api_key` -> api_key,
    `config["api_token"]` -> api_token."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return node.attr.value
    if isinstance(node, cst.Subscript) and len(node.slice) == 1:
        index = node.slice[0].slice
        if isinstance(index, cst.Index):
            return literal_value(index.value)
    return None


def env_name(name: str) -> str:
    return "_".join(word.upper() for word in name_words(name)) or "SECRET"


class SecretBindings(Rule):
    codes = ("MR002", "MR004")

    def visit_Assign(self, node: cst.Assign) -> None:
        for target in node.targets:
            self._check(target_name(target.target), node.value)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if node.value is not None:
            self._check(target_name(node.target), node.value)

    def visit_Arg(self, node: cst.Arg) -> None:
        if node.keyword is not None:
            self._check(node.keyword.value, node.value)

    def visit_DictElement(self, node: cst.DictElement) -> None:
        self._check(literal_value(node.key), node.value)

    def visit_Param(self, node: cst.Param) -> None:
        if node.default is not None:
            self._check(node.name.value, node.default)

    def _check(self, name: Optional[str], value: cst.BaseExpression) -> None:
        if not name or not isinstance(value, (cst.SimpleString, cst.ConcatenatedString)):
            return
        text = literal_value(value)
        if not text:
            return
        vocab = self.vocab
        if self.enabled("MR002"):
            match = vocab.bound_key(name, text)
            if match is not None:
                self.report(
                    "MR002",
                    value,
                    f"Hardcoded {match.pattern.name} `{redact(text)}` in `{name}`: read it "
                    f"from the environment ({match.pattern.env}) or a secrets manager, and rotate it",
                    claim=value,
                    fix=env_lookup_fix(self.names, value, match.pattern.env),
                    snippet=redact(text),
                )
                return
        if self.enabled("MR004") and vocab.is_secret_name(name) and vocab.is_secret_value(text):
            env = env_name(name)
            self.report(
                "MR004",
                value,
                f"Hardcoded secret in `{name}` (`{redact(text)}`): read it from the "
                f"environment ({env}) or a secrets manager",
                claim=value,
                fix=env_lookup_fix(self.names, value, env),
                snippet=f"{name}:{redact(text)}",
            )
