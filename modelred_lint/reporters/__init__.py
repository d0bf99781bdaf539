"""Reporters turn findings into one output format each. They read findings (and the
catalogue, for rule names and docs), never the tree walk."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from modelred_lint.catalogue import Catalogue
from modelred_lint.findings import Finding

FORMATS = ("text", "json", "sarif", "github")


@dataclass
class Report:
    findings: list[Finding]
    catalogue: Optional[Catalogue]  # None only in the report of a run that failed to start
    files_checked: int
    enabled: frozenset[str]
    unsafe_fixes: bool = False
    fixed: int = 0  # fixes applied by --fix in this run
    root: Path = field(default_factory=Path.cwd)  # where paths are relative to
    errors: list[str] = field(default_factory=list)  # run-level problems (missing paths)


def get_reporter(name: str) -> Callable[[Report, bool], str]:
    from modelred_lint.reporters import github, json_report, sarif, text

    return {"text": text.render, "json": json_report.render, "sarif": sarif.render, "github": github.render}[name]
