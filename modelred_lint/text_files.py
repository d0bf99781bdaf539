"""MR001/MR002 in the text files next to the code (`.env`, YAML, JSON, TOML, INI,
Dockerfiles, shell scripts, workflows, what extend-include adds): the key formats of
the catalogue, with the same placeholder rules (Vocabulary.scan) and the same
redaction as in Python files.

No parse: the text is scanned as it is, so a YAML file is never "a syntax error". A
`NAME=value` or `name: value` line also gives the keys whose format needs the name
(an AWS secret access key). `# noqa` and `# pragma: allowlist secret` work where the
format has `#` comments (suppression.py reads them, as for Python); per-file ignores
arrive as `ignores`. These findings carry no fix: rewriting a config file the tool
cannot parse would guess at its syntax, so the message says what to do instead."""

from __future__ import annotations

import codecs
import re
from typing import Iterator

from modelred_lint.engine import FileResult, Plan
from modelred_lint.file_kinds import has_comments
from modelred_lint.findings import Finding
from modelred_lint.keyscan import KeyMatch, redact
from modelred_lint.redaction import scrub
from modelred_lint.suppression import SuppressionMap

KEY_RULES = frozenset({"MR001", "MR002"})
# git's test for a binary file: a NUL byte in the first 8,000 bytes.
BINARY_PROBE = 8000
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# `NAME=value`, `export NAME="value"`, `name: value`, `ENV NAME value` (a Dockerfile):
# the name a key is bound to, for the formats that need it.
_ASSIGNMENT = re.compile(
    r"""^[ \t-]*(?:export[ \t]+|ENV[ \t]+|ARG[ \t]+)?["']?(?P<name>[A-Za-z_][A-Za-z0-9_.\-]*)["']?"""
    # One separator at least (spaces, or `=` / `:` with spaces around), so that a long
    # run of name characters has one way to split into a name and a value.
    r"""(?:[ \t]+|[ \t]*[=:][ \t]*)["']?(?P<value>[A-Za-z0-9+/=_\-.]{16,})"""
)
NOT_FIXED = "no automatic fix in this file type: replace it by a reference to a secret store"


def is_binary(data: bytes) -> bool:
    return b"\x00" in data[:BINARY_PROBE]


def decode_text(data: bytes) -> str:
    """UTF-8 (a BOM dropped); undecodable bytes become U+FFFD, which no key holds, so
    a latin-1 file is still scanned."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    return data.decode("utf-8", errors="replace")


def lint_text_file(path: str, data: bytes, plan: Plan, ignores: frozenset[str] = frozenset()) -> FileResult:
    """The key findings of one text file; a binary file (or one with none of the key
    rules enabled) gives none. Never raises for anything the file holds."""
    result = FileResult(path)
    codes = (plan.enabled - ignores) & KEY_RULES
    if not codes or len(data) > plan.max_file_size or is_binary(data):
        return result
    text = decode_text(data)
    suppressions = SuppressionMap.from_text(text) if has_comments(path) else SuppressionMap()
    starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    for match in _matches(text, plan, starts):
        rule_id = match.pattern.rule
        if rule_id not in codes:
            continue
        line, col = _place(starts, match.start)
        end_line, end_col = _place(starts, match.end)
        rule = plan.catalogue.rule(rule_id)
        if suppressions.suppresses(rule_id, line, end_line, rule.allowlist_pragma):
            continue
        result.findings.append(
            Finding(
                rule=rule_id,
                path=path,
                line=line,
                col=col,
                end_line=end_line,
                end_col=end_col,
                message=scrub(message(match), plan.knowledge.vocab),
                severity=rule.severity,
                snippet=redact(match.value, match.pattern.prefix),
            )
        )
    result.findings.sort(key=lambda f: f.sort_key)
    return result


def message(match: KeyMatch, where: str = "") -> str:
    shown = redact(match.value, match.pattern.prefix)
    place = f" {where}" if where else ""
    return (
        f"Hardcoded {match.pattern.name} `{shown}`{place}: remove it, read it from the environment "
        f"({match.pattern.env}) or a secrets manager, and rotate it ({NOT_FIXED})"
    )


def _matches(text: str, plan: Plan, starts: list[int]) -> Iterator[KeyMatch]:
    vocab = plan.knowledge.vocab
    taken = []
    for match in vocab.scan(text):
        taken.append((match.start, match.end))
        yield match
    if not vocab.bound_patterns:
        return
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        line = text[start:end]
        assignment = _ASSIGNMENT.match(line)
        if assignment is None:
            continue
        bound = vocab.bound_key(assignment.group("name"), assignment.group("value"))
        if bound is None:
            continue
        at = start + assignment.start("value")
        if any(s < at + len(bound.value) and at < e for s, e in taken):
            continue
        yield KeyMatch(bound.pattern, at, at + len(bound.value), bound.value)


def _place(starts: list[int], offset: int) -> tuple[int, int]:
    import bisect

    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1]
