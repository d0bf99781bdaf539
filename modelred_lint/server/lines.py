"""A text's lines and the conversion of the engine's places (1-based line, code-point
column) into LSP's (0-based line, character in the negotiated encoding) and back.

No lsprotocol here: the start-up front (front.py) answers before that package, a third
of a second to import, is loaded. The encodings are LSP's PositionEncodingKind values.
"""

from __future__ import annotations

import re

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"

# LSP's line breaks, and only those: str.splitlines() would also break at \x0c, \x1c,
# \u2028 ..., which Python source (and every editor's line count) does not.
LINE_BREAK = re.compile(r"\r\n|\r|\n")


class TextLines:
    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.lines = LINE_BREAK.split(text)
        self.encoding = str(getattr(encoding, "value", encoding))

    def units(self, text: str) -> int:
        if text.isascii() or self.encoding == UTF32:
            return len(text)
        if self.encoding == UTF8:
            return len(text.encode("utf-8", "surrogatepass"))
        return len(text.encode("utf-16-le", "surrogatepass")) // 2

    def place(self, line: int, col: int) -> tuple[int, int]:
        """(LSP line, character) of a 1-based line and code-point column, clamped to the
        text (an engine place past the end, such as a syntax error at end of file,
        still lands on the document)."""
        index = line - 1
        if index < 0:
            return 0, 0
        if index >= len(self.lines):
            index = len(self.lines) - 1
            col = len(self.lines[index])
        text = self.lines[index]
        col = max(0, min(col, len(text)))
        return index, self.units(text[:col])

    def code_point_of(self, line: int, character: int) -> tuple[int, int]:
        """(1-based line, code-point column) of an LSP place."""
        index = min(max(line, 0), len(self.lines) - 1)
        text = self.lines[index]
        if text.isascii() or self.encoding == UTF32:
            return index + 1, min(character, len(text))
        units = 0
        for col, char in enumerate(text):
            if units >= character:
                return index + 1, col
            units += self.units(char)
        return index + 1, len(text)

    def range_json(self, line: int, col: int, end_line: int, end_col: int) -> dict:
        start, end = self.place(line, col), self.place(end_line, end_col)
        return {"start": {"line": start[0], "character": start[1]}, "end": {"line": end[0], "character": end[1]}}
