"""Keys in a file too deep for LibCST: the key rules (MR001, MR002) on Python's tokens.

LibCST's parse is quadratic in an expression's depth (a 5,000-term `1 + 1 + ...` takes it
~30 s; a 1,500-deep `a[0][0]...` ~8 s), so a file with such an expression is not handed to
it (see parsing.expression_depth). A key must not escape by hiding in such a file: its
string literals (implicitly concatenated ones joined, as the rule joins them) and comments
are scanned here with the same vocabulary and messages as checks/key_literals.py, and the
engine reports MR000 for the rest. No fix is offered: fixes are built on LibCST's tree.
`"a" + "b"` sums are not joined here (the rule joins them); each part is still scanned.
"""

from __future__ import annotations

import ast
import io
import tokenize
from typing import Iterator

from modelred_lint.findings import Finding
from modelred_lint.keyscan import KeyMatch, redact
from modelred_lint.redaction import scrub
from modelred_lint.suppression import SuppressionMap

KEY_CODES = frozenset({"MR001", "MR002"})


def _pieces(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int], str, str, str]]:
    """(start, end, value, where, raw) for each literal (adjacent strings joined) and
    comment; raw is the token's text where the piece is one token, else empty."""
    run: list[tokenize.TokenInfo] = []

    def flush():
        if not run:
            return None
        source = " ".join(t.string for t in run)
        try:
            value = ast.literal_eval(source)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            value = source  # an f-string: its raw text, where a literal part stands as written
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        raw = run[0].string if len(run) == 1 else ""
        piece = (run[0].start, run[-1].end, value if isinstance(value, str) else source, "", raw)
        run.clear()
        return piece

    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.STRING:
                run.append(token)
                continue
            if token.type in (tokenize.NL, tokenize.NEWLINE) and run:
                continue  # implicit concatenation across lines (inside brackets)
            piece = flush()
            if piece:
                yield piece
            if token.type == tokenize.COMMENT:
                yield token.start, token.end, token.string, "in a comment", token.string
    except (tokenize.TokenError, SyntaxError):
        pass  # the rest of the file does not tokenize: what was read is reported
    piece = flush()
    if piece:
        yield piece


def key_findings(path: str, text: str, codes: frozenset[str], plan) -> list[Finding]:
    """MR001/MR002 findings on the tokens of `text`, for the codes asked for."""
    codes = codes & KEY_CODES
    if not codes:
        return []
    vocab = plan.knowledge.vocab
    suppressions = SuppressionMap.from_text(text)
    findings = []
    for start, end, value, where, raw in _pieces(text):
        for match in vocab.scan(value):
            code = match.pattern.rule
            rule = plan.catalogue.rule(code)
            if code not in codes or suppressions.suppresses(code, start[0], end[0], rule.allowlist_pragma):
                continue
            span = (*start, *end)
            at = raw.find(match.value) if raw else -1
            if at >= 0 and "\n" not in raw[:at]:  # the key itself, as the rule narrows it
                span = (start[0], start[1] + at, start[0], start[1] + at + len(match.value))
            findings.append(Finding(
                rule=code, path=path, line=span[0], col=span[1], end_line=span[2], end_col=span[3],
                message=scrub(_message(match, where), vocab), severity=rule.severity,
                snippet=redact(match.value, match.pattern.prefix),
            ))
    return findings


def _message(match: KeyMatch, where: str) -> str:
    shown = redact(match.value, match.pattern.prefix)
    place = f" {where}" if where else ""
    return (
        f"Hardcoded {match.pattern.name} `{shown}`{place}: read it from the "
        f"environment ({match.pattern.env}) or a secrets manager, and rotate it"
    )
