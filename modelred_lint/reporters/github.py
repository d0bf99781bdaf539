"""GitHub Actions workflow commands: `::error file=...,line=...::message`.

Escaping follows the runner's rules: in the message `%`, CR and LF are escaped; in a
property value also `:` and `,`. Before that, every control character from the scanned
code or a file name is made visible (`printable`), so that nothing can end the command
early or start another one.

GitHub shows at most 10 annotations of each level per step and drops the rest
silently, so the annotations come most severe first and a last plain log line says
how many of each level there were and how many GitHub did not show."""

from __future__ import annotations

from collections import Counter

from modelred_lint.reporters import Report
from modelred_lint.reporters.textsafe import printable

_LEVEL = {"error": "error", "warning": "warning", "note": "notice"}
_ORDER = ("error", "warning", "notice")
GITHUB_LIMIT_PER_LEVEL = 10  # annotations of one level GitHub shows for a step


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _level(finding) -> str:
    return _LEVEL.get(finding.severity, "error")


def render(report: Report, color: bool = False) -> str:
    lines = []
    findings = sorted(report.findings, key=lambda f: (_ORDER.index(_level(f)), f.sort_key))
    for f in findings:
        rule = report.catalogue.rules.get(f.rule) if report.catalogue else None
        title = f"{f.rule} {rule.name}" if rule else f.rule
        props = ",".join(
            f"{key}={escape_property(printable(str(value)))}"
            for key, value in (
                ("file", f.path),
                ("line", f.line),
                ("col", f.col + 1),
                ("endLine", f.end_line),
                ("endColumn", f.end_col + 1),
                ("title", title),
            )
        )
        lines.append(f"::{_level(f)} {props}::{escape_data(printable(f.message))}")
    for message in report.errors:
        lines.append(f"::error title=modelred-lint::{escape_data(printable(message))}")
    lines.append(summary_line(findings, len(report.errors), report.files_checked))
    return "".join(line + "\n" for line in lines)


def summary_line(findings, errors: int, files_checked: int) -> str:
    """A plain log line (no workflow command, so never itself cut)."""
    counts = Counter(_level(f) for f in findings)
    counts["error"] += errors
    parts = [f"{counts[level]} {level}{'s' if counts[level] != 1 else ''}" for level in _ORDER]
    noun = "finding" if len(findings) == 1 else "findings"
    files = "file" if files_checked == 1 else "files"
    text = f"modelred-lint: {len(findings)} {noun} in {files_checked} {files} checked ({', '.join(parts)})."
    hidden = {level: counts[level] - GITHUB_LIMIT_PER_LEVEL for level in _ORDER if counts[level] > GITHUB_LIMIT_PER_LEVEL}
    if hidden:
        cut = ", ".join(f"{n} {level}{'s' if n != 1 else ''}" for level, n in hidden.items())
        text += (f" GitHub shows {GITHUB_LIMIT_PER_LEVEL} annotations of each level per step: {cut} are"
                 " only in this log (or use --format sarif with code scanning).")
    return text
