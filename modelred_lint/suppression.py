"""`# noqa`, `# noqa: MR001, MR003` and `# pragma: allowlist secret` comments."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?", re.IGNORECASE)
_ALLOWLIST = re.compile(r"pragma:\s*allowlist[\s-]+secret", re.IGNORECASE)

ALL = "*"


def directives(comment: str) -> set[str]:
    """The codes a comment suppresses: {"*"} for a bare noqa, {"pragma"} for the
    allowlist pragma, or the listed codes."""
    out: set[str] = set()
    for match in _NOQA.finditer(comment):
        codes = match.group("codes")
        if codes:
            out.update(code.upper() for code in re.split(r"[\s,]+", codes) if code)
        else:
            out.add(ALL)
    if _ALLOWLIST.search(comment):
        out.add("pragma")
    return out


def may_hold_directive(comment: str) -> bool:
    lowered = comment.lower()
    return "noqa" in lowered or "allowlist" in lowered


@dataclass
class SuppressionMap:
    by_line: dict[int, set[str]] = field(default_factory=dict)

    def add(self, line: int, codes: set[str]) -> None:
        self.by_line.setdefault(line, set()).update(codes)

    def suppresses(self, code: str, first: int, last: int, allowlist_pragma: bool) -> bool:
        for line in range(first, last + 1):
            codes = self.by_line.get(line)
            if not codes:
                continue
            if ALL in codes or code in codes or (allowlist_pragma and "pragma" in codes):
                return True
        return False
