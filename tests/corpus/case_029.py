"""A tiny lexer for the probe-pack template language."""
import re
from dataclasses import dataclass
from enum import Enum, auto
from typing import Iterator, List


class TokenKind(Enum):
    IDENT = auto()
    STRING = auto()
    NUMBER = auto()
    LBRACE = auto()
    RBRACE = auto()
    PIPE = auto()
    EOF = auto()


@dataclass
class Token:
    kind: TokenKind
    text: str
    pos: int


KEYWORDS = {"if", "else", "for", "in", "endfor", "endif"}
TOKEN_RE = re.compile(
    r"""(?P<ws>\s+)|(?P<ident>[A-Za-z_][A-Za-z0-9_]*)|(?P<string>"[^"]*")|(?P<number>\d+)|(?P<lbrace>\{\{)|(?P<rbrace>\}\})|(?P<pipe>\|)"""
)
SENSITIVE_FIELDS = {"password", "passwd", "pwd", "secret", "token", "api_key"}
REDACTED = "***"


def tokenize(src: str) -> Iterator[Token]:
    pos = 0
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise SyntaxError(f"unexpected {src[pos]!r} at {pos}")
        kind = m.lastgroup
        if kind != "ws":
            yield Token(TokenKind[kind.upper()], m.group(), pos)
        pos = m.end()
    yield Token(TokenKind.EOF, "", pos)


def redact_fields(record: dict) -> dict:
    return {k: (REDACTED if k.lower() in SENSITIVE_FIELDS else v) for k, v in record.items()}


def token_count(src: str) -> int:
    return sum(1 for t in tokenize(src) if t.kind is not TokenKind.EOF)


def idents(src: str) -> List[str]:
    return [t.text for t in tokenize(src) if t.kind is TokenKind.IDENT and t.text not in KEYWORDS]
