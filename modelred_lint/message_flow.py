"""The message rules' side of the dataflow rules (MR020 secret-in-exception, MR021
secret-in-log, MR022 sdk-error-exposed): where a message is built and sent, which of its
parts carry a secret or an SDK error's text, and the fix that takes them out."""

from __future__ import annotations

from typing import Iterator, Optional

from modelred_lint.dataflow import MAYBE_SECRET, SDK_ERROR, SECRET, Env, Label, kinds
from modelred_lint.lazy import cst
from modelred_lint.names import dotted_name, last_name, literal_value
from modelred_lint.rule import FixSpec

REDACTED = "[REDACTED]"


class MessageSinks:
    """Mixed into the sink interpreter: reports MR020-MR022 where messages are sent."""

    def check_message_sinks(self, node: cst.Call, name, env: Env) -> None:
        if self._is_log_call(node, name):
            self._check_text(node, env, "MR021", SECRET)
        if name in self.model.response_calls and self.except_depth:
            self._check_text(node, env, "MR022", SDK_ERROR)

    # -- MR021 --------------------------------------------------------------------------
    def _is_log_call(self, node: cst.Call, name) -> bool:
        func = node.func
        dotted = dotted_name(func)
        if dotted in self.model.output_calls or (isinstance(func, cst.Name) and func.value in self.model.output_calls):
            return True
        if isinstance(func, cst.Attribute) and name in self.model.log_methods:
            return last_name(func.value) in self.model.log_receivers
        return False

    # -- MR020 / MR022 ------------------------------------------------------------------
    def on_raise(self, node: cst.Raise, env: Env) -> None:
        exc = node.exc
        self.expr(exc, env)
        if not isinstance(exc, cst.Call) or last_name(exc.func) in self.model.response_calls:
            return  # re-raising an object, or a response already checked as a call
        self._check_text(exc, env, "MR020", SECRET)
        if self.except_depth:
            self._check_text(exc, env, "MR022", SDK_ERROR)

    def on_return(self, node: cst.Return, labels, env: Env) -> None:
        value = node.value
        if value is None or not self.except_depth or not kinds(labels, SDK_ERROR):
            return
        if isinstance(value, cst.Name):
            return  # the error object itself, not its text
        if isinstance(value, cst.Call) and last_name(value.func) in self.model.response_calls:
            return  # checked as a call
        self._report_text("MR022", value, env, SDK_ERROR, "returned to the caller", objects=False)

    def _check_text(self, call: cst.Call, env: Env, code: str, kind: str) -> None:
        for arg in call.args:
            self._report_text(code, arg.value, env, kind, None)
        if kind == SECRET and self._words_say_secret(call):
            for arg in call.args:
                self._report_text(code, arg.value, env, MAYBE_SECRET, None)

    def _words_say_secret(self, call: cst.Call) -> bool:
        """Does the message's own text name a secret ("token=%s", f"Token: {t}")?"""
        words = []
        for arg in call.args:
            for node in _literal_parts(arg.value):
                words.append(node)
        text = " ".join(words).lower()
        return any(word in text for word in self.vocab.message_secret_words)

    def _report_text(self, code: str, expr, env: Env, kind: str, where: Optional[str], objects: bool = True) -> None:
        """objects: whether a bare error object counts as its text (it does as an
        exception's or a response's argument, not as a returned value)."""
        found = list(self.witnesses(expr, env, kind, objects))
        if not found:
            return
        label = found[0][2]
        witness = found[0][0]
        shown = dotted_name(witness.expression if isinstance(witness, cst.FormattedStringExpression) else witness)
        if label.kind != SDK_ERROR:
            # Name what the message interpolates where it is a plain name.
            label = Label(SECRET, f"`{shown}`" if shown else label.what)
        replacements = tuple((node, text) for node, text, _ in found)
        if code == "MR022":
            message = (
                f"Text of the caught SDK error `{label.what}` is {where or 'passed to the caller'}: it can "
                f"carry keys, model names and internal detail; log it and answer with a generic "
                f"message or `type({label.what}).__name__`"
            )
            fix = FixSpec("safe", f"Show only type({label.what}).__name__", text_replacements=replacements)
        else:
            place = "an exception message" if code == "MR020" else "log or console output"
            message = (
                f"A secret ({label.what}) is interpolated into {place}: it ends up in logs, "
                f"tracebacks and error reports; say what failed without the value"
            )
            fix = FixSpec("safe", f"Replace the secret with {REDACTED}", text_replacements=replacements)
        self.rule.emit(code, found[0][0], message, fix, self)

    def witnesses(self, expr, env: Env, kind: str, objects: bool = True) -> Iterator[tuple[cst.CSTNode, str, Label]]:
        """The smallest parts of a message that carry the label, with their safe text."""
        if not objects and isinstance(expr, cst.Name) and any(
            l.what == expr.value for l in kinds(self.labels(expr, env), SDK_ERROR)
        ):
            return  # the caught error object itself, not its text
        if isinstance(expr, cst.FormattedString):
            for part in expr.parts:
                if isinstance(part, cst.FormattedStringExpression):
                    found = kinds(self.labels(part.expression, env), kind)
                    if found:
                        yield part, self._safe_text(found[0], in_fstring=True), found[0]
            return
        if isinstance(expr, (cst.BinaryOperation, cst.ConcatenatedString)):
            yield from self.witnesses(expr.left, env, kind, objects)
            yield from self.witnesses(expr.right, env, kind, objects)
            return
        if isinstance(expr, cst.Call) and last_name(expr.func) == "format" and isinstance(expr.func, cst.Attribute):
            yield from self.witnesses(expr.func.value, env, kind)
            for arg in expr.args:
                yield from self.witnesses(arg.value, env, kind)
            return
        if isinstance(expr, (cst.Dict, cst.List, cst.Tuple, cst.Set)):
            for element in expr.elements:
                value = element.value if not isinstance(element, cst.DictElement) else element.value
                yield from self.witnesses(value, env, kind, objects)
            return
        found = kinds(self.labels(expr, env), kind)
        if found:
            yield expr, self._safe_text(found[0], in_fstring=False), found[0]

    @staticmethod
    def _safe_text(label: Label, in_fstring: bool) -> str:
        if label.kind == SDK_ERROR:
            text = f"type({label.what}).__name__"
            return "{" + text + "}" if in_fstring else text
        return REDACTED if in_fstring else f'"{REDACTED}"'


def _literal_parts(node) -> Iterator[str]:
    if isinstance(node, cst.SimpleString):
        value = literal_value(node)
        if value:
            yield value
    elif isinstance(node, cst.FormattedString):
        for part in node.parts:
            if isinstance(part, cst.FormattedStringText):
                yield part.value
    elif isinstance(node, (cst.BinaryOperation, cst.ConcatenatedString)):
        yield from _literal_parts(node.left)
        yield from _literal_parts(node.right)
    elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "format":
        yield from _literal_parts(node.func.value)
