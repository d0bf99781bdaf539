"""Where a `# noqa: MRxxx` for a finding goes, and the text that puts it there.

A directive suppresses a finding from any line of the flagged statement, so it goes at
the end of the statement's first line that does not end inside a string (a key on the
second line of a triple-quoted docstring cannot take a comment on its own line, nor can
a line that ends in a backslash). An existing `# noqa: ...` there is extended. Where the
file cannot be tokenized (a syntax error), the finding's own line is used.
"""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass
from typing import Optional

_NOQA_CODES = re.compile(r"#\s*noqa:\s*[A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*", re.IGNORECASE)


@dataclass(frozen=True)
class Insertion:
    """Insert `text` at (1-based line, code-point column)."""

    line: int
    col: int
    text: str


class Statements:
    """A text's statements as tokenize sees them: for each physical line, the line its
    directive belongs on, and where each line's comment starts."""

    def __init__(self, text: str) -> None:
        self.target: dict[int, int] = {}
        self.comments: dict[int, int] = {}
        self.tokenized = True
        try:
            self._scan(text)
        except (tokenize.TokenError, IndentationError, SyntaxError):
            self.tokenized = False

    def _scan(self, text: str) -> None:
        first: Optional[int] = None  # first line of the logical line being read
        chosen: Optional[int] = None  # its first line that ends outside a string
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            kind = tok.type
            if kind == tokenize.COMMENT:
                self.comments[tok.start[0]] = tok.start[1]
            elif kind in (tokenize.NL, tokenize.NEWLINE):
                line = tok.start[0]
                if first is None:  # a blank or comment-only line is its own target
                    self.target[line] = line
                    continue
                if chosen is None:
                    chosen = line
                if kind == tokenize.NEWLINE:
                    for covered in range(first, tok.end[0] + 1):
                        self.target[covered] = chosen
                    first = chosen = None
            elif kind not in (tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER) and first is None:
                first = tok.start[0]

    def line_for(self, line: int) -> int:
        return self.target.get(line, line)

    def comment_at(self, line: int, content: str) -> Optional[int]:
        if self.tokenized:
            return self.comments.get(line)
        hash_at = content.find("#")  # no tokens: the first `#` is the best guess
        return hash_at if hash_at >= 0 else None


def suppression(lines: list[str], finding_line: int, rule: str, statements: Statements) -> Insertion:
    """The insertion that suppresses `rule` reported on `finding_line`. `lines` are the
    text's lines without their breaks."""
    line = min(max(statements.line_for(finding_line), 1), len(lines))
    content = lines[line - 1]
    hash_at = statements.comment_at(line, content)
    if hash_at is not None:
        match = _NOQA_CODES.search(content, hash_at)
        if match:
            return Insertion(line, match.end(), f", {rule}")
    return Insertion(line, len(content.rstrip()), f"  # noqa: {rule}")
