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

    @classmethod
    def from_text(cls, text: str) -> "SuppressionMap":
        """Directives from the comments of a file, read line by line from the text (a
        comment can stand inside an expression the walk did not descend into). A
        line's comment is taken to start at its first `#`; a string holding
        `# noqa` on a flagged line is the only thing this mistakes for one."""
        found = cls()
        if not may_hold_directive(text):
            return found
        for number, line in enumerate(text.splitlines(), start=1):
            hash_at = line.find("#")
            if hash_at >= 0 and may_hold_directive(line):
                codes = directives(line[hash_at:])
                if codes:
                    found.add(number, codes)
        return found

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
