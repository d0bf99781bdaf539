"""The message rules' safe fix: the parts of a message that carry a secret become the
text `[REDACTED]`, and what is left is written the way a reviewer would write it: an
f-string with no placeholder left becomes a plain string (ruff's F541), constants are
folded into the literal (`"token=%s" % "[REDACTED]"` is `"token=[REDACTED]"`, so is
`"key={}".format(...)` and `"a " + "[REDACTED]"`), and a logging call's `%s` argument
that is redacted is folded into its format string (`log.error("key=%s", key)` becomes
`log.error("key=[REDACTED]")`).

Everything here works on LibCST nodes and returns source text; the rule decides which
nodes carry the secret.
"""

from __future__ import annotations

import re
from typing import Collection, Optional

from modelred_lint.lazy import cst
from modelred_lint.names import literal_value

REDACTED = "[REDACTED]"
# A %-format the fold understands: conversions that show a str as itself or its repr.
_PERCENT = re.compile(r"%(?:%|[sr])|%")
_SIMPLE_FIELD = re.compile(r"\{(\d*)\}")


def redacted_code(expr: "cst.BaseExpression", witnesses: Collection[int]) -> str:
    """The code of `expr` with each witness node (by id) replaced by the redaction,
    then folded."""
    return _code(expr.visit(_Redactor(witnesses)))


def redacted_log_call(call: "cst.Call", witnesses: Collection[int]) -> Optional[str]:
    """A log call whose redacted arguments are `%s`/`%r` arguments of a literal format,
    with them folded into the format; None when the call is not of that shape."""
    args = list(call.args)
    if not args or args[0].keyword is not None or not isinstance(args[0].value, cst.SimpleString):
        return None
    positional = [a for a in args[1:] if a.keyword is None and not a.star]
    if any(a.star for a in args) or not any(id(a.value) in witnesses for a in positional):
        return None
    template = literal_value(args[0].value)
    if template is None or "b" in args[0].value.prefix.lower():
        return None
    specifiers = [m.group(0) for m in _PERCENT.finditer(template) if m.group(0) != "%%"]
    if len(specifiers) != len(positional) or any(s not in ("%s", "%r") for s in specifiers):
        return None  # %d, %(name)s, a count that does not match: leave the call's shape
    pieces: list[str] = []
    kept: list = []
    index = 0
    last = 0
    for match in _PERCENT.finditer(template):
        pieces.append(template[last : match.start()])
        last = match.end()
        if match.group(0) == "%%":
            pieces.append("%%")
            continue
        arg = positional[index]
        index += 1
        if id(arg.value) in witnesses:
            pieces.append(_escape_percent(REDACTED if match.group(0) == "%s" else repr(REDACTED)))
        else:
            pieces.append(match.group(0))
            kept.append(arg)
    pieces.append(template[last:])
    new_template = "".join(pieces)
    if not kept:  # nothing left to interpolate: logging would not apply % at all
        new_template = new_template.replace("%%", "%")
    new_format = args[0].with_changes(value=cst.SimpleString(_quote(new_template, args[0].value)))
    keywords = [a for a in args[1:] if a.keyword is not None]
    new_args = [new_format, *kept, *keywords]
    new_args = [a.with_changes(comma=cst.MaybeSentinel.DEFAULT) for a in new_args[:-1]] + [
        new_args[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
    ]
    return _code(call.with_changes(args=new_args))


def _escape_percent(text: str) -> str:
    return text.replace("%", "%%")


class _Redactor(cst.CSTTransformer):
    def __init__(self, witnesses: Collection[int]) -> None:
        super().__init__()
        self.witnesses = witnesses

    # -- the redaction ------------------------------------------------------------------
    def leave_FormattedString(self, original, updated):
        parts = []
        for old, new in zip(original.parts, updated.parts):
            if id(old) in self.witnesses:
                parts.append(cst.FormattedStringText(value=REDACTED))
            else:
                parts.append(new)
        updated = updated.with_changes(parts=parts)
        if any(isinstance(p, cst.FormattedStringExpression) for p in parts):
            return updated
        # No placeholder left: a plain string (F541), {{ and }} unescaped.
        body = "".join(p.value for p in parts).replace("{{", "{").replace("}}", "}")
        prefix = "".join(c for c in updated.prefix if c not in "fF")
        quote = updated.end
        return cst.SimpleString(prefix + quote + body + quote)

    def on_leave(self, original, updated):
        if id(original) in self.witnesses and isinstance(original, cst.BaseExpression) and not isinstance(
            original, cst.FormattedStringExpression
        ):
            return cst.SimpleString(f'"{REDACTED}"').with_changes(lpar=updated.lpar, rpar=updated.rpar) if hasattr(
                updated, "lpar"
            ) else cst.SimpleString(f'"{REDACTED}"')
        return super().on_leave(original, updated)

    # -- folding constants ---------------------------------------------------------------
    def leave_BinaryOperation(self, original, updated):
        left, right = updated.left, updated.right
        if isinstance(updated.operator, cst.Add) and _is_text(left) and _is_text(right):
            if _kind(left) == _kind(right):
                return _literal(literal_value(left) + literal_value(right), left, updated)
        if isinstance(updated.operator, cst.Modulo) and _is_text(left):
            values = _values(right)
            template = literal_value(left)
            if values is not None and template is not None:
                specifiers = [m.group(0) for m in _PERCENT.finditer(template) if m.group(0) != "%%"]
                if len(specifiers) == len(values) and all(s in ("%s", "%r") for s in specifiers):
                    return _literal(template % tuple(values), left, updated)
        return updated

    def leave_Call(self, original, updated):
        func = updated.func
        if not (isinstance(func, cst.Attribute) and func.attr.value == "format" and _is_text(func.value)):
            return updated
        if any(a.keyword is not None or a.star for a in updated.args):
            return updated
        values = [literal_value(a.value) if _is_text(a.value) else None for a in updated.args]
        template = literal_value(func.value)
        if template is None or any(v is None for v in values):
            return updated
        fields = re.findall(r"\{[^{}]*\}", template.replace("{{", "").replace("}}", ""))
        if not all(_SIMPLE_FIELD.fullmatch(f) for f in fields):
            return updated  # {x.attr}, {0!r}, {:>8}: leave the call as it is
        try:
            return _literal(template.format(*values), func.value, updated)
        except (IndexError, KeyError, ValueError):
            return updated


def _is_text(node) -> bool:
    return isinstance(node, cst.SimpleString) and literal_value(node) is not None and "b" not in node.prefix.lower()


def _kind(node) -> str:
    return "b" if "b" in node.prefix.lower() else "s"


def _values(node) -> Optional[list[str]]:
    if _is_text(node):
        return [literal_value(node)]
    if isinstance(node, cst.Tuple) and all(_is_text(e.value) for e in node.elements):
        return [literal_value(e.value) for e in node.elements]
    return None


def _literal(value: str, like, whole) -> "cst.SimpleString":
    node = cst.SimpleString(_quote(value, like))
    return node.with_changes(lpar=whole.lpar, rpar=whole.rpar)


def _quote(value: str, like) -> str:
    """A string literal holding value, in the quote of `like` where it can be."""
    quote = '"'
    if isinstance(like, cst.SimpleString):
        quote = like.quote if like.quote in ('"', "'") else '"'
    if quote in value and ('"' if quote == "'" else "'") not in value:
        quote = '"' if quote == "'" else "'"
    escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    escaped = escaped.replace(quote, "\\" + quote)
    return quote + escaped + quote


def _code(node) -> str:
    return cst.Module(body=[]).code_for_node(node)
