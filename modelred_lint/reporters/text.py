"""`path:line:col: MR001 message`, then a summary. Colour only where asked (a TTY)."""

from __future__ import annotations

from collections import Counter

import click

from modelred_lint.reporters import Report


def render(report: Report, color: bool = False) -> str:
    lines = []
    for f in report.findings:
        location = f"{f.path}:{f.line}:{f.col + 1}:"
        code = f.rule
        if color:
            location = click.style(location, bold=True)
            code = click.style(code, fg="red" if f.severity == "error" else "yellow", bold=True)
        fixable = " [*]" if f.fix and f.fix.applicability == "safe" else ""
        lines.append(f"{location} {code}{fixable} {f.message}")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def summary(report: Report) -> str:
    findings = report.findings
    fixed = f"Fixed {report.fixed} finding{'s' if report.fixed != 1 else ''}. " if report.fixed else ""
    if not findings:
        return f"{fixed}All checks passed ({report.files_checked} file{'s' if report.files_checked != 1 else ''} checked)."
    counts = Counter(f.rule for f in findings)
    per_rule = ", ".join(f"{rule}: {n}" for rule, n in sorted(counts.items()))
    noun = "finding" if len(findings) == 1 else "findings"
    text = f"{fixed}Found {len(findings)} {noun} ({per_rule}) in {report.files_checked} file{'s' if report.files_checked != 1 else ''} checked."
    safe = sum(1 for f in findings if f.fix and f.fix.applicability == "safe")
    unsafe = sum(1 for f in findings if f.fix and f.fix.applicability == "unsafe")
    if safe:
        text += f"\n{safe} fixable with --fix."
    if unsafe:
        text += f"\n{unsafe} more fixable with --fix --unsafe-fixes." if not report.unsafe_fixes else f"\n{unsafe} more fixable with --fix (unsafe fixes enabled)."
    return text
