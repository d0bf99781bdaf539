"""`path:line:col: MR001 message`, then a summary. Colour only where asked.

Every path and message goes through `printable`: one finding is one line, whatever
the scanned code or its file names hold."""

from __future__ import annotations

from collections import Counter

from modelred_lint.reporters import Report
from modelred_lint.reporters.textsafe import printable


def place(f) -> str:
    """`path:line:col:`, or for a notebook `demo.ipynb:cell 3:2:5:` (the cell, then the
    line and column in it) and `demo.ipynb:cell 4 output 1:1:7:` for a stored output."""
    where = f.cell_place if getattr(f, "cell", 0) else f"{f.line}:{f.col + 1}"
    return f"{printable(f.path)}:{where}:"


def finding_line(f, color: bool = False) -> str:
    location = place(f)
    code = f.rule
    if color:
        import click  # (only for a terminal: a plain run need not import it)

        location = click.style(location, bold=True)
        code = click.style(code, fg="red" if f.severity == "error" else "yellow", bold=True)
    fixable = " [*]" if f.fix and f.fix.applicability == "safe" else ""
    return f"{location} {code}{fixable} {printable(f.message)}"


def render(report: Report, color: bool = False) -> str:
    lines = [finding_line(f, color) for f in report.findings]
    lines.append(summary(report))
    if report.baseline is not None:
        lines.append(baseline_line(report.baseline))
    return "\n".join(lines) + "\n"


def baseline_line(base) -> str:
    matched, absent = len(base.unchanged), len(base.absent)
    text = (f"Baseline {printable(base.file)}: {matched} finding{'s' if matched != 1 else ''} matched it "
            f"(not shown); {absent} of its entries no longer occur{'s' if absent == 1 else ''}")
    return text + (" (write it again with --write-baseline to drop them)." if absent else ".")


def _files(n: int) -> str:
    return f"{n} file{'s' if n != 1 else ''}"


def summary(report: Report) -> str:
    findings = report.findings
    fixed = f"Fixed {report.fixed} finding{'s' if report.fixed != 1 else ''}. " if report.fixed else ""
    if not findings:
        if report.errors:
            # A run that failed somewhere has not passed, whatever the files it did check say.
            n = len(report.errors)
            return (f"{fixed}No findings in {_files(report.files_checked)} checked, but the run "
                    f"failed: {n} error{'s' if n != 1 else ''} (reported on standard error).")
        if not report.files_checked:
            return f"{fixed}No Python files were checked."
        return f"{fixed}All checks passed ({_files(report.files_checked)} checked)."
    counts = Counter(f.rule for f in findings)
    per_rule = ", ".join(f"{rule}: {n}" for rule, n in sorted(counts.items()))
    noun = "finding" if len(findings) == 1 else "findings"
    text = f"{fixed}Found {len(findings)} {noun} ({per_rule}) in {_files(report.files_checked)} checked."
    if report.errors:
        n = len(report.errors)
        text += f"\nThe run failed: {n} error{'s' if n != 1 else ''} (reported on standard error)."
    safe = sum(1 for f in findings if f.fix and f.fix.applicability == "safe")
    unsafe = sum(1 for f in findings if f.fix and f.fix.applicability == "unsafe")
    if safe:
        text += f"\n{safe} fixable with --fix."
    if unsafe:
        text += f"\n{unsafe} more fixable with --fix --unsafe-fixes." if not report.unsafe_fixes else f"\n{unsafe} more fixable with --fix (unsafe fixes enabled)."
    return text
