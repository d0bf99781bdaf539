"""Text that is safe to print: no control character from the scanned code or a file
name reaches a terminal or a CI log as itself, and nothing is written that the output
stream's encoding cannot hold.

Why: a finding's message quotes code and its path is a file name, both chosen by
whoever wrote the scanned repository. A raw newline forges a finding line (or, in a
GitHub Actions log, a `::error` workflow command); ESC starts a terminal escape
sequence; bidirectional overrides reorder what a reviewer reads."""

from __future__ import annotations

import codecs
import re

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# C0 controls, DEL, C1 controls (NEL included), the line/paragraph separators that
# some terminals and editors break lines on, and the bidirectional controls.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match) -> str:
    char = match.group(0)
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, keep_tabs: bool = False) -> str:
    """`text` with every control character written as a visible escape (`\\n`,
    `\\x1b`, `\\u202e`): one line, shown as it is, whatever it holds. A source line
    shown in a diff keeps its tabs (`keep_tabs`): they are indentation, and harmless."""
    if keep_tabs:
        return _UNSAFE.sub(lambda m: m.group(0) if m.group(0) == "\t" else _escape(m), text)
    return _UNSAFE.sub(_escape, text)


def _encoding_of(stream) -> str:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return "ascii"


def fit_text(text: str, encoding: str) -> str:
    """What of `text` the encoding can hold: the redaction ellipsis as `...`, any
    other character it cannot hold as a backslash escape."""
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        pass
    text = text.replace("\u2026", "...")
    return text.encode(encoding, "backslashreplace").decode(encoding)


def _json_escape(match: re.Match) -> str:
    code = ord(match.group(0))
    if code > 0xFFFF:  # a surrogate pair, as JSON spells characters beyond the BMP
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def fit_json(text: str, encoding: str) -> str:
    """A JSON document the encoding can hold, meaning the same: non-ASCII characters
    only occur inside JSON strings, where `\\uXXXX` stands for them exactly."""
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        return re.sub(r"[^\x00-\x7f]", _json_escape, text)


def write(stream, text: str, structured: bool = False) -> None:
    """Write `text` to a text stream in what its encoding can hold."""
    encoding = _encoding_of(stream)
    stream.write(fit_json(text, encoding) if structured else fit_text(text, encoding))
    stream.flush()
