"""GitHub Actions workflow commands: `::error file=...,line=...::message`.

Escaping follows the runner's rules: in the message `%`, CR and LF are escaped; in a
property value also `:` and `,`."""

from __future__ import annotations

from modelred_lint.reporters import Report

_LEVEL = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, color: bool = False) -> str:
    lines = []
    for f in report.findings:
        rule = report.catalogue.rules.get(f.rule)
        title = f"{f.rule} {rule.name}" if rule else f.rule
        props = ",".join(
            f"{key}={escape_property(str(value))}"
            for key, value in (
                ("file", f.path),
                ("line", f.line),
                ("col", f.col + 1),
                ("endLine", f.end_line),
                ("endColumn", f.end_col + 1),
                ("title", title),
            )
        )
        lines.append(f"::{_LEVEL.get(f.severity, 'error')} {props}::{escape_data(f.message)}")
    for message in report.errors:
        lines.append(f"::error title=modelred-lint::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)
