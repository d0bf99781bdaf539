"""Reporters turn findings into one output format each. They read findings (and the
catalogue, for rule names and docs), never the tree walk."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from modelred_lint.catalogue import Catalogue
from modelred_lint.findings import Finding


@dataclass
class Report:
    findings: list[Finding]
    catalogue: Catalogue
    files_checked: int
    enabled: frozenset[str]
    unsafe_fixes: bool = False
    fixed: int = 0  # fixes applied by --fix in this run
    extras: dict = field(default_factory=dict)


def get_reporter(name: str) -> Callable[[Report, bool], str]:
    from modelred_lint.reporters import json_report, text

    reporters = {"text": text.render, "json": json_report.render}
    for optional in ("sarif", "github"):
        try:
            module = __import__(f"modelred_lint.reporters.{optional}", fromlist=["render"])
        except ImportError:
            continue
        reporters[optional] = module.render
    return reporters[name]


FORMATS = ("text", "json", "sarif", "github")
