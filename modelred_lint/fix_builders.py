"""The fixes the key rules share: a literal key becomes an environment lookup; a key in
a comment or a docstring becomes [REDACTED] (rotate it: it stays in the history).

Which variable, and where the lookup goes (a parameter default or a dataclass field
default must not read the environment at import time), is decided per file in
key_fixes.py; this module writes the text. Edits are CST nodes and their new text,
plus three kinds of place that are not whole nodes (see edits.build_fix): a span
inside a node, and a line inserted before or after a statement."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from modelred_lint.lazy import cst
from modelred_lint.rule import FixSpec

REDACTED = "[REDACTED]"


# -- places that are not whole nodes (edits.build_fix turns them into text edits) -----
@dataclass(frozen=True)
class Within:
    """The characters start..end of a node's own source text."""

    node: object
    start: int
    end: int


@dataclass(frozen=True)
class LineBefore:
    """A new statement on a line of its own just before `node` (a statement), at its
    indentation; `inline` puts it before the node on the same line, ended by `; `
    (the body of `def f(): return x`)."""

    node: object
    inline: bool = False


@dataclass(frozen=True)
class LineAfter:
    """A new statement on the line after `node` (a docstring), at its indentation."""

    node: object


@dataclass(frozen=True)
class Import:
    """`import module` (name None) or `from module import name`."""

    module: str
    name: Optional[str] = None

    def key(self) -> str:
        return self.module if self.name is None else f"from {self.module} import {self.name}"


# -- the lookup ----------------------------------------------------------------------------
def lookup_text(environ: str, env: str, quote: str = '"') -> str:
    """`os.environ["X"]` (environ: how the mapping is spelt here: os.environ,
    _os.environ, environ)."""
    return f"{environ}[{quote}{env}{quote}]"


def embedded_text(node: cst.CSTNode, value: str, keys: list[tuple[str, str]], as_bytes: bool) -> Optional[str]:
    """Keys inside a longer literal: `("text before" + lookup + "text after")`, every key
    of the literal at once (a fix for one would leave the others in its text). `keys`:
    (key, its lookup). The text around them is cut from the literal's own source where
    the keys stand there verbatim, so that escapes, prefixes and characters the file's
    encoding holds stay as they were; otherwise it is written anew (repr), which
    fixer.fix_source checks against the file's encoding."""
    pieces = _raw_pieces(node, [key for key, _ in keys])
    if pieces is None:
        cuts = _cuts(value, [key for key, _ in keys])
        if cuts is None:
            return None

        def text(part: str) -> str:
            return repr(part.encode("latin-1")) if as_bytes else repr(part)

        pieces = [text(part) if part else None for part in cuts]
    parts: list[str] = []
    for index, (_, lookup) in enumerate(keys):
        if pieces[index]:
            parts.append(pieces[index])
        parts.append(lookup)
    if pieces[-1]:
        parts.append(pieces[-1])
    return "(" + " + ".join(parts) + ")" if len(parts) > 1 else parts[0]


def _cuts(text: str, keys: list[str]) -> Optional[list[str]]:
    """The text between the keys (which stand in this order, each once): n + 1 parts."""
    parts, position = [], 0
    for key in keys:
        start = text.find(key, position)
        if start < 0 or text.find(key, start + len(key)) >= 0:
            return None
        parts.append(text[position:start])
        position = start + len(key)
    parts.append(text[position:])
    return parts


def _raw_pieces(node: cst.CSTNode, keys: list[str]) -> Optional[list[Optional[str]]]:
    if not isinstance(node, cst.SimpleString):
        return None
    raw = node.value
    prefix = node.prefix
    quote = raw[len(prefix) : len(prefix) + 3]
    if quote not in ('"""', "'''"):
        quote = quote[0]
    body = raw[len(prefix) + len(quote) : len(raw) - len(quote)]
    cuts = _cuts(body, keys)
    if cuts is None:
        return None
    for part in cuts[:-1]:
        trailing = len(part) - len(part.rstrip("\\"))
        if trailing % 2 or (len(quote) == 3 and part.endswith(quote[0])):
            return None  # the cut would escape or extend the closing quote
    if len(quote) == 3 and cuts[-1].endswith(quote[0]):
        return None
    return [f"{prefix}{quote}{part}{quote}" if part else None for part in cuts]


def env_fix(description: str, replacements, imports=()) -> FixSpec:
    return FixSpec(
        applicability="unsafe",
        description=description,
        text_replacements=tuple(replacements),
        imports=tuple(imports),
    )


def redact_span_fix(node: cst.CSTNode, raw: str, key: str, where: str) -> Optional[FixSpec]:
    """A key in a comment or a docstring: the text stays, the key goes. Only the key's
    own characters are replaced, so that two keys in one docstring are two fixes that
    do not overlap, and the fix's text holds nothing but the marker."""
    start = raw.find(key)
    if start < 0:
        return None
    return FixSpec(
        applicability="safe",
        description=f"Remove the key from the {where} (and rotate it)",
        text_replacements=((Within(node, start, start + len(key)), REDACTED),),
    )


def is_bytes(node: cst.CSTNode) -> bool:
    if isinstance(node, cst.SimpleString):
        return "b" in node.prefix.lower()
    if isinstance(node, cst.ConcatenatedString):
        return is_bytes(node.left)
    if isinstance(node, cst.BinaryOperation):
        return is_bytes(node.left)
    return False
