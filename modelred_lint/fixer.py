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
from modelred_lint.edits import apply_edits
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
        from modelred_lint.redaction import masked_source
        from modelred_lint.reporters.textsafe import printable

        before = masked_source(self.path, self.original, plan)
        after = masked_source(self.path, self.fixed, plan)
        lines = difflib.unified_diff(
            _lines(before),
            _lines(after),
            fromfile=f"a/{printable(self.path)}",
            tofile=f"b/{printable(self.path)}",
        )
        return "".join(printable(line.rstrip("\r\n"), keep_tabs=True) + "\n" for line in lines)


def _lines(text: str) -> list[str]:
    # The line breaks Python's tokenizer knows, not str.splitlines' (form feed, U+2028 ...).
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)


def wanted(finding: Finding, unsafe: bool) -> bool:
    fix = finding.fix
    return fix is not None and (fix.applicability == "safe" or (unsafe and fix.applicability == "unsafe"))


def fix_source(path: str, data: bytes, plan: Plan, ignores: frozenset[str], unsafe: bool) -> FixOutcome:
    outcome = FixOutcome(path)
    result = lint_bytes(path, data, plan, ignores)
    outcome.result = result
    if result.source is None or any(f.rule == "MR000" for f in result.findings):
        # Unreadable or unparseable: never written.
        outcome.original = outcome.fixed = result.source.text if result.source else ""
        return outcome
    source = result.source
    outcome.original = text = source.text
    for _ in range(MAX_PASSES):
        fixable = [f for f in result.findings if wanted(f, unsafe)]
        if not fixable:
            break
        new_text, applied = apply_edits(text, [f.fix for f in fixable])
        if not applied or new_text == text:
            break
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
    outcome.result = result
    return outcome


from modelred_lint.safe_write import write_atomically  # noqa: E402,F401 - moved there (links, owner, fsync, edits during --fix)


def fixed_bytes(outcome: FixOutcome, original: bytes) -> bytes:
    source = decode_source(original)
    return encode_source(source, outcome.fixed)
