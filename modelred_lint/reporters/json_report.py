"""A JSON document: every finding with its rule, place, message and fix.

One convention for places: lines and columns are 1-based everywhere, in findings and
in fix edits alike (an edit replaces the text from `column` up to, not including,
`end_column`). Paths are exact (JSON escapes what needs escaping); messages, which
quote the scanned code, have their control characters made visible as in every format."""

from __future__ import annotations

import json

from modelred_lint import __version__
from modelred_lint.reporters import Report
from modelred_lint.reporters.textsafe import printable


def edit_dict(edit) -> dict:
    return {
        "line": edit.start_line,
        "column": edit.start_col + 1,
        "end_line": edit.end_line,
        "end_column": edit.end_col + 1,
        "text": edit.text,
    }


def cell_dict(f) -> dict | None:
    """A notebook finding's place in its cell (`line`/`column` being the place in
    the notebook's JSON file, which GitHub and editors show)."""
    if not getattr(f, "cell", 0):
        return None
    return {"cell": f.cell, "line": f.cell_line, "column": f.cell_col + 1, "output": f.output or None}


def related_dicts(f) -> list[dict]:
    """The second places a finding names (a notebook finding's in the file's own lines,
    as the finding's: notebooks._related_place)."""
    return [
        {
            "path": r.path or f.path,
            "line": r.line,
            "column": r.col + 1,
            "end_line": r.end_line,
            "end_column": r.end_col + 1,
            "message": printable(r.message),
        }
        for r in getattr(f, "related", ())
    ]


def finding_dict(f, catalogue) -> dict:
    rule = catalogue.rules.get(f.rule) if catalogue else None
    out = {
        "rule": f.rule,
        "name": rule.name if rule else f.rule,
        "severity": f.severity,
        "path": f.path,
        "line": f.line,
        "column": f.col + 1,
        "end_line": f.end_line,
        "end_column": f.end_col + 1,
        "message": printable(f.message),
        "fix": None if f.fix is None else {
            "applicability": f.fix.applicability,
            "description": printable(f.fix.description),
            "edits": [edit_dict(e) for e in f.fix.edits],
        },
    }
    cell = cell_dict(f)
    if cell is not None:
        out["cell"] = cell
    related = related_dicts(f)
    if related:  # only when there are any: every other report stays as it was
        out["related"] = related
    return out


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
        "errors": [printable(message) for message in report.errors],
    }
    if report.baseline is not None:
        base = report.baseline
        document["baseline"] = {"file": base.file, "matched": len(base.unchanged), "absent": len(base.absent)}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
