"""--fix, --unsafe-fixes and --diff: apply the findings' fixes, lint again, repeat.

A file is rewritten only when the result parses, atomically (a temporary file beside
it, then a rename), keeping its mode, encoding, BOM and line endings. A file with a
syntax error is never written. A second run changes nothing."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Optional

from modelred_lint.engine import FileResult, Plan, lint_bytes
from modelred_lint.findings import Finding
from modelred_lint.edits import apply_edits, line_starts
from modelred_lint.source import SourceError, decode_source, encode_source

MAX_PASSES = 5


@dataclass
class FixOutcome:
    path: str
    original: str = ""
    fixed: str = ""
    applied: list[Finding] = field(default_factory=list)
    result: Optional[FileResult] = None  # what is left to report
    error: Optional[str] = None  # why the file was not written

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def diff(self, plan: Plan) -> str:
        """A unified diff of the fixes, for review. The lines it removes hold the keys
        being fixed: both texts are masked first, by where their secrets are (see
        redaction.mask), so no whole secret is printed and no other text is touched.
        Being redacted, it cannot be applied with `git apply`: `--fix` applies."""
        from modelred_lint.redaction import masked_source, shown_path
        from modelred_lint.reporters.textsafe import printable

        before = masked_source(self.path, self.original, plan)
        after = masked_source(self.path, self.fixed, plan)
        lines = difflib.unified_diff(
            _lines(before),
            _lines(after),
            fromfile=f"a/{printable(shown_path(self.path))}",
            tofile=f"b/{printable(shown_path(self.path))}",
        )
        return "".join(printable(line.rstrip("\r\n"), keep_tabs=True) + "\n" for line in lines)


def _lines(text: str) -> list[str]:
    # The line breaks Python's tokenizer knows, not str.splitlines' (form feed, U+2028 ...).
    # Each line with its break; the last ends at the end of the text, and the empty
    # "line" after a final break is dropped. One alternative only: a choice between a
    # broken and an unbroken line makes the regex checker (and a reader) work harder.
    lines = re.findall(r"[^\r\n]*(?:\r\n?|\n|\Z)", text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def wanted(finding: Finding, unsafe: bool) -> bool:
    fix = finding.fix
    return fix is not None and (fix.applicability == "safe" or (unsafe and fix.applicability == "unsafe"))


def fix_source(path: str, data: bytes, plan: Plan, ignores: frozenset[str], unsafe: bool) -> FixOutcome:
    """Apply the wanted fixes pass by pass. Nothing here may stop a run: a bug of ours
    leaves the file unwritten with an error line. A fix is applied only where its text
    can be written in the file's encoding and the result still compiles (with the
    running interpreter, and as Python 3.10 grammar, since LibCST accepts code only 3.12
    can run); a fix that fails is skipped, its finding saying why."""
    try:
        return _fix_source(path, data, plan, ignores, unsafe)
    except Exception as exc:  # noqa: BLE001 - one file's failure must not stop the run
        from modelred_lint.runner import guarded_lint

        outcome = FixOutcome(path)
        outcome.result = guarded_lint(path, data, plan, ignores)
        source = outcome.result.source
        outcome.original = outcome.fixed = source.text if source is not None else ""
        outcome.error = f"internal error while fixing ({type(exc).__name__}); nothing written"
        return outcome


def _fix_source(path: str, data: bytes, plan: Plan, ignores: frozenset[str], unsafe: bool) -> FixOutcome:
    outcome = FixOutcome(path)
    result = lint_bytes(path, data, plan, ignores)
    outcome.result = result
    if result.source is None or any(f.rule == "MR000" for f in result.findings):
        # Unreadable or unparseable: never written.
        outcome.original = outcome.fixed = result.source.text if result.source else ""
        return outcome
    source = result.source
    outcome.original = text = source.text
    checks = _Checks(text, source.encoding)
    rejected: dict[tuple, str] = {}  # fix -> why it is skipped, across passes
    for _ in range(MAX_PASSES):
        result = _mark_rejected(result, rejected, text)
        fixable = [f for f in result.findings if wanted(f, unsafe)]
        fixable = [f for f in fixable if not checks.reject(f, text, rejected)]
        if not fixable:
            break
        new_text, applied = apply_edits(text, [f.fix for f in fixable])
        if not applied or new_text == text:
            break
        if not checks.compiles(new_text):
            # One of them breaks the file: keep the fixes that do not, one by one.
            kept: list[int] = []
            for index in applied:
                trial, _ = apply_edits(text, [fixable[i].fix for i in kept + [index]])
                if checks.compiles(trial):
                    kept.append(index)
                else:
                    rejected[_fix_key(fixable[index], text)] = "the fixed code would not compile on Python 3.10"
            if not kept:
                continue
            new_text, applied = apply_edits(text, [fixable[i].fix for i in kept])
            applied = [kept[i] for i in applied]
        try:
            from modelred_lint.parsing import parse

            parse(new_text)
        except SourceError:
            outcome.error = "a fix would leave the file unparseable; nothing written"
            break
        outcome.applied.extend(fixable[i] for i in applied)
        text = new_text
        result = lint_bytes(path, encode_source(source, text), plan, ignores)
        if result.source is None:
            outcome.error = "a fix would leave the file unreadable; nothing written"
            break
    if outcome.error:
        outcome.fixed = outcome.original
        outcome.result = lint_bytes(path, data, plan, ignores)
        return outcome
    outcome.fixed = text
    outcome.result = _mark_rejected(result, rejected, text)
    return outcome


class _Checks:
    """What a fixed text must pass: the file's encoding holds it; it compiles with the
    running interpreter and parses as Python 3.10 (each only if the original did)."""

    def __init__(self, original: str, encoding: str) -> None:
        self.encoding = encoding
        self.compile_ok = self._compile(original)
        self.grammar_ok = self._grammar(original)

    def reject(self, finding: Finding, text: str, rejected: dict) -> bool:
        key = _fix_key(finding, text)
        if key in rejected:
            return True
        for edit in finding.fix.edits:
            try:
                edit.text.encode(self.encoding)
            except (UnicodeError, LookupError):
                rejected[key] = f"its text cannot be written in the file's encoding ({self.encoding})"
                return True
        return False

    def compiles(self, text: str) -> bool:
        return (not self.compile_ok or self._compile(text)) and (not self.grammar_ok or self._grammar(text))

    @staticmethod
    def _compile(text: str) -> bool:
        try:
            compile(text, "<fixed>", "exec", dont_inherit=True, flags=_TOP_LEVEL_AWAIT)
        except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
            return False
        return True

    @staticmethod
    def _grammar(text: str) -> bool:
        import ast

        try:
            # ast.parse(feature_version=(3, 10)), with top-level await (notebook-like code).
            compile(text, "<fixed>", "exec", ast.PyCF_ONLY_AST | _TOP_LEVEL_AWAIT, dont_inherit=True, _feature_version=10)
        except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
            return False
        return True


def _top_level_await() -> int:
    import ast

    return ast.PyCF_ALLOW_TOP_LEVEL_AWAIT


_TOP_LEVEL_AWAIT = _top_level_await()


def _fix_key(finding: Finding, text: str) -> tuple:
    """A fix, recognisable in the next pass (where lines may have moved): its rule, the
    text it replaces and its new text."""
    starts = line_starts(text)

    def offset(line: int, col: int) -> int:
        return starts[min(line, len(starts)) - 1] + col

    spans = tuple(
        (text[offset(e.start_line, e.start_col) : offset(e.end_line, e.end_col)], e.text) for e in finding.fix.edits
    )
    return (finding.rule, spans)


def _mark_rejected(result: FileResult, rejected: dict, text: str) -> FileResult:
    """A finding whose fix is skipped keeps its report, without the fix, saying why."""
    if not rejected:
        return result
    import dataclasses

    findings = []
    for finding in result.findings:
        why = rejected.get(_fix_key(finding, text)) if finding.fix is not None else None
        if why is not None:
            finding = dataclasses.replace(finding, fix=None, message=f"{finding.message} (not fixed: {why})")
        findings.append(finding)
    return dataclasses.replace(result, findings=findings)


from modelred_lint.safe_write import write_atomically  # noqa: E402,F401 - moved there (links, owner, fsync, edits during --fix)


def fixed_bytes(outcome: FixOutcome, original: bytes) -> bytes:
    source = decode_source(original)
    return encode_source(source, outcome.fixed)
