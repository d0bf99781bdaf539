"""Lint one file's bytes: decode, prefilter, parse once, walk once, report.

The engine knows no output format and no command-line flag: it takes a Plan (the
enabled rules and what they know, resolved once per run) and returns Findings.
LibCST is imported only when a file has to be parsed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from modelred_lint import neighbours
from modelred_lint.chunking import CHUNKED_ABOVE
from modelred_lint.findings import Finding
from modelred_lint.plan import DEFAULT_MAX_FILE_SIZE, Plan
from modelred_lint.redaction import scrub
from modelred_lint.source import Source, SourceError, decode_source

__all__ = ["DEFAULT_MAX_FILE_SIZE", "FileResult", "Plan", "lint_bytes", "syntax_finding"]

@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    source: Optional[Source] = None
    internal_error: Optional[str] = None  # the exception's type: a bug of ours, not the file's
    # The modules beside it that its rules read (path, digest or None: see neighbours.py)
    depends: tuple = ()


def syntax_finding(plan: Plan, path: str, message: str, line: int = 1, col: int = 0) -> Finding:
    return Finding(
        rule="MR000",
        path=path,
        line=line,
        col=col,
        end_line=line,
        end_col=col,
        message=scrub(message, plan.knowledge.vocab),
        severity=plan.catalogue.rule("MR000").severity,
    )


def lint_bytes(
    path: str, data: bytes, plan: Plan, ignored: frozenset[str] = frozenset()
) -> FileResult:
    """Every finding for one file. Never raises for anything the file holds."""
    with neighbours.recording() as consulted:
        result = _lint_bytes(path, data, plan, ignored)
    result.depends = tuple(sorted(consulted.items()))
    return result


def _lint_bytes(path: str, data: bytes, plan: Plan, ignored: frozenset[str]) -> FileResult:
    result = FileResult(path)
    active = plan.enabled - ignored
    report_mr000 = "MR000" in active
    if len(data) > plan.max_file_size:
        if report_mr000:
            message = f"file skipped: larger than max-file-size ({plan.max_file_size} bytes)"
            result.findings.append(syntax_finding(plan, path, message))
        return result
    try:
        source = decode_source(data)
    except SourceError as exc:
        if report_mr000:
            result.findings.append(syntax_finding(plan, path, str(exc), exc.line, exc.col))
        return result
    result.source = source
    codes = active - {"MR000"}
    texts = [source.text]
    if len(source.text) > CHUNKED_ABOVE:
        from modelred_lint.chunking import chunks

        texts = chunks(source.text)
    seen: set = set()
    for text in texts:
        for finding in _lint_text(path, text, codes, plan, report_mr000, len(texts) == 1):
            key = (finding.rule, finding.line, finding.col, finding.message)
            if key not in seen:  # (a line every piece keeps reports once)
                seen.add(key)
                result.findings.append(finding)
    if len(texts) > 1:
        result.findings.sort(key=lambda f: f.sort_key)
    return result


def _lint_text(path: str, text: str, codes: set[str], plan: Plan, report_mr000: bool, whole: bool = True) -> list[Finding]:
    focus: dict = {}
    if plan.use_prefilter:
        codes, focus = plan.prefilter.decide(text, codes, path)
    if not codes:
        return []

    from modelred_lint.file_lint import lint_source  # LibCST comes in here, and only here
    from modelred_lint.parsing import TooDeep

    try:
        return lint_source(path, text, frozenset(codes), plan, whole, focus)
    except TooDeep as exc:
        # LibCST would take minutes: the keys are still looked for, on the tokens.
        from modelred_lint.token_keys import key_findings

        findings = key_findings(path, text, frozenset(codes), plan)
        if report_mr000:
            findings.append(syntax_finding(plan, path, str(exc), exc.line, exc.col))
        findings.sort(key=lambda f: f.sort_key)
        return findings
    except SourceError as exc:
        if report_mr000:
            return [syntax_finding(plan, path, str(exc), exc.line, exc.col)]
        return []
