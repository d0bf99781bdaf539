"""What the engine yields and reporters, fixes and the cache read."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Edit:
    """Replace the text between two (1-based line, 0-based column) points."""

    start_line: int
    start_col: int
    end_line: int
    end_col: int
    text: str


@dataclass(frozen=True)
class Fix:
    applicability: str  # "safe" or "unsafe"
    description: str
    edits: tuple[Edit, ...]


@dataclass(frozen=True)
class Related:
    """A second place a finding names: where the key constant it reports is passed to
    the SDK, or the line a message rule says holds the secret. Same file unless `path`
    says otherwise; lines 1-based, columns 0-based, as in Finding. `message` says what
    the place is and never holds a secret."""

    line: int
    col: int
    end_line: int
    end_col: int
    message: str
    path: str = ""


@dataclass(frozen=True)
class Finding:
    """One report. Lines are 1-based, columns 0-based (reporters add 1 where a format
    wants 1-based columns). `message` never holds a whole secret."""

    rule: str
    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    message: str
    severity: str
    fix: Fix | None = None
    # A stable, secret-free hint of what was matched (e.g. the redacted key), for
    # fingerprints that survive unrelated edits above the finding.
    snippet: str = ""
    # Second places the finding names (editors show them as related information, SARIF
    # as relatedLocations). Not part of any fingerprint: a moved use changes nothing.
    related: tuple[Related, ...] = field(default=(), compare=False)

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.col, self.rule)
