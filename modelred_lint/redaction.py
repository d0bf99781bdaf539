"""The last guard before text leaves the engine: no whole secret in a message.

Rules already show keys redacted (`mr_4f…6b5c`); scrub() re-checks every message for
anything that still looks like a key or a random secret and redacts it too.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

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


_DEFAULT_VOCAB: list[Vocabulary] = []


def default_vocab() -> Optional[Vocabulary]:
    """The catalogue's key formats and secret words, with no user setting: for text
    written before (or without) a configuration, such as a configuration's own errors."""
    if not _DEFAULT_VOCAB:
        from modelred_lint.catalogue import load_catalogue
        from modelred_lint.knowledge import Knowledge

        try:
            _DEFAULT_VOCAB.append(Knowledge.build(load_catalogue(), {}).vocab)
        except Exception:  # noqa: BLE001 - a broken catalogue is reported on its own
            return None
    return _DEFAULT_VOCAB[0]


def scrub_plain(text: str) -> str:
    """scrub() with the default vocabulary; without one (the catalogue does not load),
    every long token holding both letters and digits is redacted."""
    vocab = default_vocab()
    if vocab is not None:
        return scrub(text, vocab)

    def token(match: re.Match) -> str:
        value = match.group(0)
        mixed = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        return redact(value) if mixed else value

    return _TOKEN.sub(token, text)


# -- file names ----------------------------------------------------------------------------------
#
# A key can be a file name (`keys/mr_4f….txt`, a downloaded credentials file named after
# its key): every place a path is shown to a person shows the key redacted, judged one
# path component at a time (a whole path is not random, a component may be). SARIF keeps
# exact URIs: code scanning must find the file (see reporters/sarif.py).

_SEPARATORS = ("/", "\\")


def _components(text: str) -> list[str]:
    """`text` cut before and after every path separator (kept as parts of their own)."""
    parts, start = [], 0
    for index, char in enumerate(text):
        if char in _SEPARATORS:
            parts += [text[start:index], char]
            start = index + 1
    parts.append(text[start:])
    return parts


@functools.lru_cache(maxsize=4096)
def shown_path(path: str) -> str:
    """`path` as output shows it: a component that is (or holds) a key is redacted,
    its extension kept (`mr_4f…6b5c.txt`); any other path comes back unchanged."""
    out = []
    for part in _components(path):
        stem, dot, extension = part.rpartition(".")
        if not (dot and stem and extension.isalnum() and len(extension) <= 8):
            stem, dot, extension = part, "", ""
        out.append(scrub_plain(stem) + dot + extension if len(part) >= 16 else part)
    return "".join(out)


def scrub_message(text: str) -> str:
    """A message that may name files (an error line): scrubbed one path component at
    a time, so that a key standing as a file or folder name is found too."""
    return "".join(part if part in _SEPARATORS else scrub_plain(part) for part in _components(text))


# -- source text with its secrets masked (for --diff) ----------------------------------------------
#
# A diff shows source lines, and the lines it removes hold the keys being fixed. They
# are masked by the places of the secrets in the text (the key rules' findings and the
# known key formats found in the whole text), never by re-scanning each line for
# random-looking tokens: that mangles lines that hold no secret
# (`provider=ModelProvider.ANTHROPIC,`), and misses a secret a token boundary splits
# (a `(` inside it) or one whose parts sit on several lines of an implicit
# concatenation (each part alone looks like nothing).

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# One line's part of a secret's place: what stays (indentation, an opening bracket, a
# string prefix and quote; the closing quote and what follows it) around the body,
# which is replaced. The lead is an anchored regex; the trail is found by scanning
# back from the end (as one regex with a lazy body before it, a long run of spaces
# was split in every way before the end failed: quadratic in the line's length).
_LEAD = re.compile(r"""[\s(\[{+,]*(?:[rRbBuUfF]{0,2}(?:\"\"\"|'''|"|'))?""")
_TRAIL_CHARS = frozenset(")]},+\\")  # and white space
_QUOTES = ('"""', "'''", '"', "'")  # the longest first


def _split_piece(piece: str) -> tuple[str, str, str]:
    """(lead, body, trail): the body the shortest that leaves as trail an optional
    closing quote then only white space, closing brackets, commas, `+` or `\\`."""
    lead_end = _LEAD.match(piece).end()
    tail = len(piece)
    while tail > lead_end and (piece[tail - 1].isspace() or piece[tail - 1] in _TRAIL_CHARS):
        tail -= 1
    body_end = tail
    for quote in _QUOTES:
        if tail - len(quote) >= lead_end and piece.startswith(quote, tail - len(quote)):
            body_end = tail - len(quote)
            break
    return piece[:lead_end], piece[lead_end:body_end], piece[body_end:]

Span = tuple[int, int, int, int]  # line (1-based), col (0-based), end_line, end_col


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


def _offsets(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    starts = _line_starts(text)
    out = []
    for line, col, end_line, end_col in spans:
        if not (1 <= line <= len(starts) and 1 <= end_line <= len(starts)):
            continue
        start, end = starts[line - 1] + col, starts[end_line - 1] + end_col
        if end > start:
            out.append((start, min(end, len(text))))
    return out


def _merge(places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(places):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _known_prefix(body: str, vocab: Vocabulary) -> str:
    for pattern in vocab.free_patterns:
        if pattern.prefix and body.startswith(pattern.prefix):
            return pattern.prefix
    return ""


def _mask_piece(piece: str, first: bool, last: bool, vocab: Vocabulary) -> str:
    lead, body, trail = _split_piece(piece)
    if not body:
        return piece
    if first and last:
        shown = redact(body, _known_prefix(body, vocab))
    elif first:  # the head of the secret, as redact() would show it
        shown = redact(body, _known_prefix(body, vocab)).partition("…")[0] + "…"
    elif last:  # its last four characters
        shown = "…" + body[-4:] if len(body) >= 8 else "…"
    else:
        shown = "…"
    return lead + shown + trail


def mask(text: str, spans: list[Span], vocab: Vocabulary) -> str:
    """`text` with every secret place masked, line breaks kept (so that lines still
    pair up in a diff): a secret on one line shows as `mr_4f…6b5c`; one spread over
    several lines shows its head on the first, its last four on the last, `…` between."""
    places = _offsets(text, spans) + [(m.start, m.end) for m in vocab.scan(text)]
    out, done = [], 0
    for start, end in _merge(places):
        out.append(text[done:start])
        parts = _LINE_BREAK.split(text[start:end])
        breaks = _LINE_BREAK.findall(text[start:end])
        for i, piece in enumerate(parts):
            out.append(_mask_piece(piece, i == 0, i == len(parts) - 1, vocab))
            if i < len(breaks):
                out.append(breaks[i])
        done = end
    out.append(text[done:])
    return "".join(out)



# The rules whose findings are placed on a secret (or on a key argument being fixed).
SECRET_RULES = ("MR001", "MR002", "MR003", "MR004")
_SECRET_PLANS: dict[int, tuple[object, object]] = {}


def _secret_plan(plan):
    """The run's plan with the secret rules on, whatever the run selected: a key the
    run does not report is still a key when a diff's context line shows it."""
    cached = _SECRET_PLANS.get(id(plan))
    if cached is not None and cached[0] is plan:
        return cached[1]
    from modelred_lint.engine import Plan

    rules = [r for r in SECRET_RULES if r in plan.catalogue.ids]
    secret = Plan.build(rules, plan.options, max_file_size=plan.max_file_size)
    _SECRET_PLANS[id(plan)] = (plan, secret)
    return secret


def _encoded(text: str) -> bytes:
    """Bytes the engine decodes back to `text`: in the encoding its cookie names."""
    import io
    import tokenize

    data = text.encode("utf-8", "surrogatepass")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        if encoding not in ("utf-8", "utf-8-sig"):
            data = text.encode(encoding)
    except (SyntaxError, LookupError, UnicodeError):
        pass
    return data


def secret_spans(path: str, text: str, plan) -> list[Span]:
    """Where the secrets of `text` are, by the secret rules' findings."""
    from modelred_lint.engine import lint_bytes

    try:
        result = lint_bytes(path, _encoded(text), _secret_plan(plan))
    except Exception:  # noqa: BLE001 - the known key formats are still masked
        return []
    return [
        (f.line, f.col, f.end_line, f.end_col)
        for f in result.findings
        if f.rule in SECRET_RULES
    ]


def masked_source(path: str, text: str, plan) -> str:
    return mask(text, secret_spans(path, text, plan), plan.knowledge.vocab)
