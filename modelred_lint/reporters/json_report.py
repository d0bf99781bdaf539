"""A JSON document: every finding with its rule, place, message and fix."""

from __future__ import annotations

import json
from dataclasses import asdict

from modelred_lint import __version__
from modelred_lint.reporters import Report


def finding_dict(f, catalogue) -> dict:
    rule = catalogue.rules.get(f.rule)
    return {
        "rule": f.rule,
        "name": rule.name if rule else f.rule,
        "severity": f.severity,
        "path": f.path,
        "line": f.line,
        "column": f.col + 1,
        "end_line": f.end_line,
        "end_column": f.end_col + 1,
        "message": f.message,
        "fix": None if f.fix is None else {
            "applicability": f.fix.applicability,
            "description": f.fix.description,
            "edits": [asdict(e) for e in f.fix.edits],
        },
    }


def render(report: Report, color: bool = False) -> str:
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.rule] = counts.get(f.rule, 0) + 1
    document = {
        "tool": "modelred-lint",
        "version": __version__,
        "files_checked": report.files_checked,
        "summary": dict(sorted(counts.items())),
        "findings": [finding_dict(f, report.catalogue) for f in report.findings],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
