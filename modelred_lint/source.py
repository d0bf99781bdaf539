"""Reading a file's bytes into text the parser can take, or saying why not."""

from __future__ import annotations

import codecs
import io
import tokenize
from dataclasses import dataclass

# Larger files are skipped (MR000 says so): `max-file-size` in the configuration.
DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    text: str  # without the BOM, newlines as written
    encoding: str
    bom: bool


class SourceError(Exception):
    """Why a file cannot be read as Python source (the message is safe to print)."""

    def __init__(self, message: str, line: int = 1, col: int = 0) -> None:
        super().__init__(message)
        self.line = line
        self.col = col


def decode_source(data: bytes) -> Source:
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SourceError("source contains a NUL byte", line)
    bom = data.startswith(codecs.BOM_UTF8)
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        if "invalid or missing encoding declaration" in (exc.msg or ""):
            # What tokenize says of undecodable bytes when no cookie names another encoding.
            try:
                data.decode("utf-8")
                line = 1
            except UnicodeDecodeError as bad:
                line = data[: bad.start].count(b"\n") + 1
            raise SourceError("source is not valid UTF-8 and declares no other encoding", line) from None
        raise SourceError(f"bad encoding declaration: {exc.msg}") from None
    if encoding == "utf-8-sig":
        encoding = "utf-8"
    body = data[len(codecs.BOM_UTF8) :] if bom else data
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        raise SourceError(f"source is not valid {encoding}", line) from None
    except LookupError:
        raise SourceError(f"unknown encoding {encoding!r}") from None
    return Source(text=text, encoding=encoding, bom=bom)


def encode_source(source: Source, text: str) -> bytes:
    """Bytes for a rewritten file: same encoding, same BOM."""
    data = text.encode(source.encoding)
    return codecs.BOM_UTF8 + data if source.bom else data
