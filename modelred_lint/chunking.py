"""Huge files in pieces, so that memory stays bounded.

LibCST's tree takes about 500 bytes of memory per byte of source, and even CPython's tree
of a 3.5 MB module (100,000 lines) takes 400 MB. Past CHUNKED_ABOVE characters the engine
cuts the text at top-level statements into pieces of about CHUNK_SIZE characters, found
with Python's tokenizer (no tree), and prefilters and lints each piece on its own.

Each piece is the whole file with every line outside its range blanked, so lines and
columns stay where they are; every piece keeps the module's top-level imports (what a name
refers to is read from them). What the rules relate across pieces (a module function's
summary, a constant bound far away) is not seen: the price of bounded memory, paid only by
files this large. LibCST is not needed here.
"""

from __future__ import annotations

import io
import tokenize

CHUNKED_ABOVE = 1_000_000
CHUNK_SIZE = 250_000


def chunks(text: str, size: int = CHUNK_SIZE) -> list[str]:
    """The pieces of `text`; one (the text) when it does not tokenize (the parser will
    report why)."""
    starts: list[int] = []  # first line of each top-level statement (decorators included)
    imports: list[tuple[int, int]] = []
    indent = 0
    line_start = True
    decorated = False  # the statement before was a decorator: no cut before its def
    current_import = None
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            kind = token.type
            if kind == tokenize.INDENT:
                indent += 1
            elif kind == tokenize.DEDENT:
                indent -= 1
            elif kind == tokenize.NEWLINE:
                line_start = True
                if current_import is not None:
                    imports.append((current_import, token.start[0]))
                    current_import = None
            elif kind in (tokenize.NL, tokenize.COMMENT, tokenize.ENDMARKER):
                pass
            elif line_start:
                line_start = False
                if indent == 0:
                    if not decorated:
                        starts.append(token.start[0])
                    decorated = token.string == "@"
                    if token.string in ("import", "from"):
                        current_import = token.start[0]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return [text]
    lines = text.splitlines(keepends=True)
    if not starts:
        return [text]
    ranges = []
    piece_start, held = 1, 0
    for index, first in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines) + 1
        held += sum(len(lines[i]) for i in range(first - 1, min(end - 1, len(lines))))
        if held >= size and end <= len(lines):
            ranges.append((piece_start, end - 1))
            piece_start, held = end, 0
    ranges.append((piece_start, len(lines)))
    if len(ranges) == 1:
        return [text]
    kept = set()
    for first, last in imports:
        kept.update(range(first, last + 1))
    return [
        "".join(
            line if first <= number <= last or number in kept else line[len(line.rstrip("\r\n")):]
            for number, line in enumerate(lines, start=1)
        )
        for first, last in ranges
    ]
