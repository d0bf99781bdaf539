"""The fixes the key rules share: a literal key becomes an environment lookup; a key in
a comment or a docstring becomes [REDACTED] (rotate it: it stays in the history)."""

from __future__ import annotations

from typing import Optional

from modelred_lint.lazy import cst
from modelred_lint.names import NameTracker
from modelred_lint.rule import FixSpec

REDACTED = "[REDACTED]"


def _os_module(names: NameTracker) -> tuple[str, tuple[str, ...]]:
    module = names.local_name_for("os")
    return (module, ()) if module else ("os", ("os",))


def env_lookup_fix(names: NameTracker, literal: cst.CSTNode, env: str) -> FixSpec:
    """`"mr_..."` -> `os.environ["MODELRED_API_KEY"]` (bytes: `.encode()`), importing os
    where needed."""
    module, imports = _os_module(names)
    lookup = f'{module}.environ["{env}"]' + (".encode()" if is_bytes(literal) else "")
    return FixSpec(
        applicability="unsafe",
        description=f'Read the value from {module}.environ["{env}"]',
        text_replacements=((literal, lookup),),
        imports=imports,
    )


def embedded_env_fix(names: NameTracker, literal: cst.CSTNode, value: str, key: str, env: str) -> Optional[FixSpec]:
    """A key inside a longer literal: the literal becomes the text around it joined to
    the environment lookup: `("prefix" + os.environ["X"] + "suffix")`."""
    start = value.find(key)
    if start < 0:
        return None
    module, imports = _os_module(names)
    as_bytes = is_bytes(literal)
    lookup = f'{module}.environ["{env}"]' + (".encode()" if as_bytes else "")
    before, after = value[:start], value[start + len(key) :]

    def text(part: str) -> str:
        return repr(part.encode("latin-1")) if as_bytes else repr(part)

    parts = [text(before)] if before else []
    parts.append(lookup)
    if after:
        parts.append(text(after))
    return FixSpec(
        applicability="unsafe",
        description=f'Read the key from {module}.environ["{env}"]',
        text_replacements=((literal, "(" + " + ".join(parts) + ")" if len(parts) > 1 else lookup),),
        imports=imports,
    )


def fstring_env_fix(names: NameTracker, part: cst.FormattedStringText, quote: str, key: str, env: str) -> FixSpec:
    """A key in the text of an f-string: an interpolated environment lookup, quoted with
    the quote the f-string does not use."""
    module, imports = _os_module(names)
    inner = "'" if '"' in quote else '"'
    lookup = "{" + f"{module}.environ[{inner}{env}{inner}]" + "}"
    return FixSpec(
        applicability="unsafe",
        description=f"Read the key from {module}.environ[{inner}{env}{inner}]",
        text_replacements=((part, part.value.replace(key, lookup)),),
        imports=imports,
    )


def redact_text_fix(node: cst.CSTNode, raw: str, key: str, where: str) -> Optional[FixSpec]:
    """A key in a comment or a docstring: the text stays, the key goes."""
    if key not in raw:
        return None
    return FixSpec(
        applicability="safe",
        description=f"Remove the key from the {where} (and rotate it)",
        text_replacements=((node, raw.replace(key, REDACTED)),),
    )


def is_bytes(node: cst.CSTNode) -> bool:
    if isinstance(node, cst.SimpleString):
        return "b" in node.prefix.lower()
    if isinstance(node, cst.ConcatenatedString):
        return is_bytes(node.left)
    if isinstance(node, cst.BinaryOperation):
        return is_bytes(node.left)
    return False
