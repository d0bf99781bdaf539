"""Recognising keys and secrets in values and names.

All the vocabulary (patterns, placeholder words, secret-name words, thresholds) comes
from the catalogue and the user's options; this module only knows how to apply it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator, Mapping, Sequence

_SEGMENT_SPLIT = re.compile(r"[_\-./]")
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")
# What a secret token is written with; a value holding anything else (white space,
# brackets, colons, quotes, non-ASCII) is a path, an address, a regex or prose.
# The prefilter builds its literal test from the same class.
TOKEN_CHARS = r"A-Za-z0-9+/=_\-.~!@#$%^&*()?"
_TOKEN = re.compile(f"[{TOKEN_CHARS}]+")
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_LOWER_RUN = re.compile(r"[a-z]+")
# Runs of one character class: an uppercase run, a lowercase run, a digit run, or any
# other single character. Each run has one way to match, so the scan is linear.
_CASE_RUN = re.compile(r"[A-Z]+|[a-z]+|[0-9]+|[^A-Za-z0-9]")
# A key starts where no other word character stands before it. (It also keeps a
# search from starting inside a run of word characters: see regex_safety.)
KEY_START = r"(?<![A-Za-z0-9_])"
# A format field: {name}, {0}, {} (a template, not a value).
_FORMAT_FIELD = re.compile(r"\{[A-Za-z0-9_.\[\]]*\}")


@dataclass(frozen=True)
class KeyPattern:
    rule: str  # MR001 or MR002
    name: str  # "OpenAI API key"
    regex: re.Pattern
    env: str
    prefix: str = ""
    target: tuple[str, ...] = ()  # word sequence the binding's name must hold
    min_segment: int | None = None
    min_entropy: float | None = None


@dataclass(frozen=True)
class KeyMatch:
    pattern: KeyPattern
    start: int
    end: int
    value: str


def shannon_entropy(text: str) -> float:
    if not text:
        return 0.0
    counts = Counter(text)
    total = len(text)
    return -sum(n / total * math.log2(n / total) for n in counts.values())


def name_words(name: str) -> tuple[str, ...]:
    """'OPENAI_API_KEY' -> (openai, api, key); 'apiKey' -> (api, key)."""
    return tuple(word.lower() for word in _WORDS.findall(name))


def _sequence_ends(words: Sequence[str], seq: Sequence[str]) -> Iterator[int]:
    """The index just past each place where seq stands in words."""
    n = len(seq)
    for i in range(len(words) - n + 1):
        if tuple(words[i : i + n]) == tuple(seq):
            yield i + n


def _contains_sequence(words: Sequence[str], seq: Sequence[str]) -> bool:
    return next(_sequence_ends(words, seq), None) is not None


def _title_parts(segment: str) -> list[str] | None:
    """The words of a camelCase or TitleCase identifier, maybe ending in a version
    number of up to four digits: 'HTTPServer2' -> [HTTP, Server]; None when the
    segment is not written that way.

    A word is an acronym (two or more capitals not followed by a lowercase letter)
    or an optional capital followed by lowercase letters. This used to be the regex
    (?:[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+)+[0-9]{0,4}, whose repeated group could split
    each lowercase run in 2**n ways: a failing fullmatch tried them all, and one
    line of input could stall a run for minutes. Read run by run instead: a capital
    run followed by lowercase gives its last capital to the lowercase word, so the
    runs alone decide the split."""
    runs = _CASE_RUN.findall(segment)
    if runs and runs[-1][0].isdigit():
        if len(runs[-1]) > 4:
            return None
        runs.pop()
    parts: list[str] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        following = runs[index + 1] if index + 1 < len(runs) else ""
        if run[0].islower():
            parts.append(run)
        elif run[0].isupper():
            if following[:1].islower():
                if len(run) == 2:  # "ABc": neither an acronym nor a capitalised word
                    return None
                if len(run) > 2:
                    parts.append(run[:-1])
                parts.append(run[-1] + following)
                index += 1
            elif len(run) >= 2:
                parts.append(run)
            else:  # a lone capital not followed by lowercase letters
                return None
        else:  # digits inside, or a character that is not a letter or digit
            return None
        index += 1
    return parts or None


def _is_wordy(segment: str) -> bool:
    """Words run together (ProcessPoolExecutor, PyShellEditorWindow, HTTPServer2):
    letters in capitalised parts four letters long on average, with the vowels of
    words. Random keys have short parts (every other letter is a capital) and few
    vowels."""
    parts = _title_parts(segment)
    if not parts:
        return False
    letters = sum(len(p) for p in parts)
    if letters < 4 * len(parts):
        return False
    vowels = sum(1 for c in segment if c in "aeiouAEIOU")
    return vowels >= 0.25 * letters


def redact(secret: str, prefix: str = "") -> str:
    """At most a short prefix and the last four characters: mr_4f…6b5c."""
    if len(secret) < 12:
        return "…"
    head = secret[: min(len(prefix) + 2, 6)] if prefix else secret[:2]
    return f"{head}…{secret[-4:]}"


class Vocabulary:
    """Placeholders, randomness thresholds, secret names and key patterns, compiled once."""

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_secret_name_memo"] = {}  # a cache, not state worth shipping to workers
        return state

    def __init__(
        self,
        secrets_data: Mapping,
        patterns: Sequence[KeyPattern],
        extra_placeholder_words: Iterable[str] = (),
        extra_secret_names: Iterable[str] = (),
    ) -> None:
        randomness = secrets_data["randomness"]
        self.min_segment = int(randomness["min-segment"])
        self.min_entropy = float(randomness["min-entropy"])
        self.hex_min_entropy = float(randomness["hex-min-entropy"])
        self.max_lowercase_run = int(randomness["max-lowercase-run"])
        words = [w.lower() for w in secrets_data["placeholder-words"]]
        words += [w.lower() for w in extra_placeholder_words]
        self.placeholder_words = tuple(words)
        self.placeholder_markers = tuple(secrets_data["placeholder-markers"])
        self.repeat_run = int(secrets_data["repeat-run"])
        self.sequence_run = int(secrets_data["sequence-run"])
        names = [tuple(seq) for seq in secrets_data["secret-names"]]
        names += [name_words(extra) for extra in extra_secret_names]
        self.secret_names = tuple(n for n in names if n)
        self._secret_words = frozenset(w for seq in self.secret_names for w in seq)
        self.not_secret_modifiers = frozenset(secrets_data["not-secret-modifiers"])
        self.not_secret_heads = frozenset(secrets_data["not-secret-heads"])
        self.secret_suffixes = frozenset(secrets_data.get("secret-suffixes", ()))
        self.ambiguous_words = frozenset(secrets_data.get("ambiguous-secret-words", ()))
        self.message_secret_words = tuple(secrets_data.get("message-secret-words", ()))
        self.auth_schemes = tuple(secrets_data.get("auth-schemes", ()))
        self.patterns = tuple(patterns)
        self.free_patterns = tuple(p for p in self.patterns if not p.target)
        self.bound_patterns = tuple(p for p in self.patterns if p.target)
        self._secret_name_memo: dict = {}

    # -- values ---------------------------------------------------------------------
    def is_placeholder(self, value: str) -> bool:
        if any(marker in value for marker in self.placeholder_markers):
            return True
        if _FORMAT_FIELD.search(value):
            return True
        lowered = value.lower()
        if any(word in lowered for word in self.placeholder_words):
            return True
        if self._has_repeat(value):
            return True
        return self._has_sequence(lowered)

    def _has_repeat(self, text: str) -> bool:
        """A run of one character (not a line break) repeat-run long: aaaaa, 00000.
        A loop rather than the backreference (.)\\1{n,}, which the regex safety
        checker cannot vouch for."""
        run = 1
        for prev, cur in zip(text, text[1:]):
            if cur == prev and cur != "\n":
                run += 1
                if run >= self.repeat_run:
                    return True
            else:
                run = 1
        return self.repeat_run <= 1 and bool(text)

    def _has_sequence(self, text: str) -> bool:
        run = 1
        for prev, cur in zip(text, text[1:]):
            if prev.isalnum() and cur.isalnum() and ord(cur) == ord(prev) + 1:
                run += 1
                if run >= self.sequence_run:
                    return True
            else:
                run = 1
        return False

    def looks_random(
        self, body: str, min_segment: int | None = None, min_entropy: float | None = None
    ) -> bool:
        """Is this the body of an issued key rather than words a person typed?"""
        min_segment = min_segment or self.min_segment
        segment = max(_SEGMENT_SPLIT.split(body), key=len)
        if len(segment) < min_segment:
            # Base64 holds slashes of its own: read a long base64 value whole.
            if len(body) >= 2 * min_segment and _BASE64.fullmatch(body):
                segment = body
            else:
                return False
        classes = sum(
            (
                any(c.islower() for c in segment),
                any(c.isupper() for c in segment),
                any(c.isdigit() for c in segment),
                any(not c.isalnum() for c in segment),
            )
        )
        if classes < 2:
            return False
        longest_lower = max((len(m) for m in _LOWER_RUN.findall(segment)), default=0)
        if longest_lower >= self.max_lowercase_run:
            return False
        if _is_wordy(segment):
            return False
        is_hex = all(c in "0123456789abcdefABCDEF" for c in segment)
        threshold = self.hex_min_entropy if is_hex else self.min_entropy
        if min_entropy is not None:
            threshold = min_entropy
        return shannon_entropy(segment) >= threshold

    def is_real_key(self, pattern: KeyPattern, value: str) -> bool:
        body = value[len(pattern.prefix) :] if pattern.prefix else value
        if self.is_placeholder(body):
            return False
        return self.looks_random(body, pattern.min_segment, pattern.min_entropy)

    def strip_auth_scheme(self, value: str) -> str:
        for scheme in self.auth_schemes:
            if value.startswith(scheme + " "):
                return value[len(scheme) + 1 :].strip()
        return value

    def is_secret_value(self, value: str) -> bool:
        """MR004's test: random-looking, one token, not a placeholder."""
        value = self.strip_auth_scheme(value)
        if len(value) < self.min_segment or not _TOKEN.fullmatch(value):
            return False
        if value.startswith(("/", "./", "~")):
            return False
        if not self.looks_random(value):
            return False
        return not self.is_placeholder(value)

    # -- names ----------------------------------------------------------------------
    def is_secret_name(self, name: str, strict: bool = False) -> bool:
        """strict: a bare ambiguous word (token, pwd) alone is not enough."""
        key = (name, strict)
        known = self._secret_name_memo.get(key)
        if known is None:
            known = self._secret_name_memo[key] = self._is_secret_name(name, strict)
        return known

    def _is_secret_name(self, name: str, strict: bool) -> bool:
        words = name_words(name)
        if not words or self._secret_words.isdisjoint(words) or self.not_secret_modifiers.intersection(words):
            return False
        for seq in self.secret_names:
            for end in _sequence_ends(words, seq):
                if strict and len(seq) == 1 and seq[0] in self.ambiguous_words and end - 1 == 0:
                    continue
                trailing = words[end:]
                if self.not_secret_heads.intersection(trailing):
                    continue
                if all(w in self.secret_suffixes or w.isdigit() for w in trailing):
                    return True
        return False

    def name_holds(self, name: str, seq: Sequence[str]) -> bool:
        return _contains_sequence(name_words(name), seq)

    # -- scanning ---------------------------------------------------------------------
    def scan(self, text: str) -> Iterator[KeyMatch]:
        """Real-looking keys of a known format in free text; one match per span."""
        taken: list[tuple[int, int]] = []
        for pattern in self.free_patterns:
            if pattern.prefix and pattern.prefix not in text:
                continue
            for match in pattern.regex.finditer(text):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                value = match.group(0)
                if self.is_real_key(pattern, value):
                    taken.append((start, end))
                    yield KeyMatch(pattern, start, end, value)

    def bound_key(self, target_name: str, value: str) -> KeyMatch | None:
        """A key whose format needs its binding's name to be recognised (AWS secrets)."""
        for pattern in self.bound_patterns:
            if not self.name_holds(target_name, pattern.target):
                continue
            match = pattern.regex.fullmatch(value)
            if match and self.is_real_key(pattern, value):
                return KeyMatch(pattern, 0, len(value), value)
        return None


def compile_patterns(rule_id: str, raw_patterns: Iterable[Mapping]) -> list[KeyPattern]:
    patterns = []
    for raw in raw_patterns:
        regex = raw["regex"]
        bounded = regex if raw.get("target") else f"{KEY_START}(?:{regex})"
        patterns.append(
            KeyPattern(
                rule=rule_id,
                name=raw["name"],
                regex=re.compile(bounded),
                env=raw.get("env", ""),
                prefix=raw.get("prefix", ""),
                target=tuple(raw.get("target", ())),
                min_segment=raw.get("min-segment"),
                min_entropy=raw.get("min-entropy"),
            )
        )
    return patterns
