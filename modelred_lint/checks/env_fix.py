"""The unsafe fix the key rules share: replace a literal with an environment lookup."""

from __future__ import annotations

import libcst as cst

from modelred_lint.names import NameTracker
from modelred_lint.rule import FixSpec


def env_lookup_fix(names: NameTracker, literal: cst.CSTNode, env: str) -> FixSpec | None:
    """`"mr_..."` -> `os.environ["MODELRED_API_KEY"]`, importing os where needed.
    None for bytes literals, whose replacement would change the value's type."""
    if _is_bytes(literal):
        return None
    module = names.local_name_for("os")
    imports: tuple[str, ...] = ()
    if module is None:
        module, imports = "os", ("os",)
    return FixSpec(
        applicability="unsafe",
        description=f'Read the value from {module}.environ["{env}"]',
        text_replacements=((literal, f'{module}.environ["{env}"]'),),
        imports=imports,
    )


def _is_bytes(node: cst.CSTNode) -> bool:
    if isinstance(node, cst.SimpleString):
        return "b" in node.prefix.lower()
    if isinstance(node, cst.ConcatenatedString):
        return _is_bytes(node.left)
    return False
