"""The last guard before text leaves the engine: no whole secret in a message.

Rules already show keys redacted (`mr_4f…6b5c`); scrub() re-checks every message for
anything that still looks like a key or a random secret and redacts it too.
"""

from __future__ import annotations

import re

from modelred_lint.keyscan import Vocabulary, redact

_TOKEN = re.compile(r"[^\s'\"`,;:()\[\]{}<>]{16,}")


def scrub(text: str, vocab: Vocabulary) -> str:
    if len(text) < 16:
        return text
    for match in sorted(vocab.scan(text), key=lambda m: m.start, reverse=True):
        text = text[: match.start] + redact(match.value, match.pattern.prefix) + text[match.end :]

    def token(match: re.Match) -> str:
        value = match.group(0)
        return redact(value) if vocab.is_secret_value(value) else value

    return _TOKEN.sub(token, text)
