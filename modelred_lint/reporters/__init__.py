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
    # With --baseline: the comparison (baseline.Comparison); `findings` are then the
    # new ones only.
    baseline: Optional[object] = None


def get_reporter(name: str) -> Callable[[Report, bool], str]:
    import importlib

    # Only the format asked for is imported (SARIF's brings hashlib, for one).
    module = {"text": "text", "json": "json_report", "sarif": "sarif", "github": "github"}[name]
    render = importlib.import_module(f"modelred_lint.reporters.{module}").render
    return lambda report, color=False: render(redacted(report, keep_paths=name == "sarif"), color)


def redacted(report: Report, keep_paths: bool = False) -> Report:
    """The report with a key that stands as a file or folder name shown redacted, in
    findings' paths and in error lines (issue 13). `keep_paths`: SARIF's locations stay
    exact, since code scanning places a result by its URI (see reporters/sarif.py)."""
    from dataclasses import replace

    from modelred_lint.redaction import scrub_message, shown_path

    errors = [scrub_message(message) for message in report.errors]
    findings = report.findings
    if not keep_paths and any(shown_path(f.path) != f.path for f in findings):
        findings = [f if shown_path(f.path) == f.path else replace(f, path=shown_path(f.path)) for f in findings]
    if errors == report.errors and findings is report.findings:
        return report
    return replace(report, findings=findings, errors=errors)
