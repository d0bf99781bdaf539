"""Recognising keys and secrets in values and names.

All the vocabulary (patterns, placeholder words, secret-name words, thresholds) comes
from the catalogue and the user's options; this module only knows how to apply it.
"""

from __future__ import annotations

import fnmatch

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator, Mapping, Optional, Sequence

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
    identifier: bool = False  # names a credential, is not its secret (an AWS access key id)


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
    words, seq = tuple(words), tuple(seq)
    n, first = len(seq), seq[0]
    for i in range(len(words) - n + 1):
        if words[i] == first and words[i : i + n] == seq:
            yield i + n


def _contains_sequence(words: Sequence[str], seq: Sequence[str]) -> bool:
    return next(_sequence_ends(words, seq), None) is not None


def _title_parts(segment: str) -> list[str] | None:
    """The words of a camelCase or TitleCase identifier, maybe ending in a version
    number of up to four digits, maybe with short numbers between words:
    'HTTPServer2' -> [HTTP, Server], 'ExtendedS3Destination' -> [Extended, S,
    Destination]; None when the segment is not written that way.

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
    # A short number between words (S3, ISO15693) separates them; an identifier
    # starts with a letter and holds few numbers (hex digits hold many).
    if runs and runs[0][0].isdigit():
        return None
    numbers = [run for run in runs if run[0].isdigit()]
    if len(numbers) > 2 or any(len(run) > 5 for run in numbers):
        return None
    parts: list[str] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        following = runs[index + 1] if index + 1 < len(runs) else ""
        if run[0].isdigit():  # a number between words
            index += 1
            continue
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
            elif len(run) >= 2 or following[:1].isdigit():  # an acronym: HTTP, S3
                parts.append(run)
            else:  # a lone capital not followed by lowercase letters
                return None
        else:  # digits inside, or a character that is not a letter or digit
            return None
        index += 1
    return parts or None


_PUNCTUATION = re.compile(r"[^A-Za-z0-9]+")
# A key format's type prefix as code checks it (`portal_key.startswith("lp_")`): a few
# lower-case letters or digits, then the underscore or dash its random part follows.
_FORMAT_PREFIX = re.compile(r"[a-z][a-z0-9]{1,7}[_-]")


@functools.lru_cache(maxsize=8)
def _ascending_windows(length: int) -> Optional[tuple[str, ...]]:
    """Every ascending run of `length` ASCII digits or lowercase letters (0123, abcd);
    None for a length too short for the test to be worth it."""
    if length < 2:
        return None
    return tuple(
        alphabet[i : i + length]
        for alphabet in ("0123456789", "abcdefghijklmnopqrstuvwxyz")
        for i in range(len(alphabet) - length + 1)
    )


def _is_wordy(segment: str) -> bool:
    """Words run together (ProcessPoolExecutor, PyShellEditorWindow, HTTPServer2),
    maybe in a few pieces (Item(stateMachineArn=, model#SerializationException):
    letters in capitalised parts four letters long on average, with the vowels of
    words. Random keys have short parts (every other letter is a capital) and few
    vowels."""
    pieces = [piece for piece in _PUNCTUATION.split(segment) if piece]
    return bool(pieces) and all(_wordy_piece(piece) for piece in pieces)


def _wordy_piece(segment: str) -> bool:
    parts = _title_parts(segment)
    if not parts:
        return False
    letters = sum(len(p) for p in parts)
    if letters < 4 * len(parts):
        return False
    # Words have vowels; acronyms (HTTP) and a few short parts (Dns, Vpc) may not.
    # Random letters read as parts are mostly without (Pbbs, Xw, Zkf).
    voweless = sum(1 for p in parts if not p.isupper() and not any(c in "aeiouyAEIOUY" for c in p))
    if voweless > max(1, len(parts) // 2):
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
        state["_holds_key_memo"] = {}
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
        extra = [w.lower() for w in extra_placeholder_words]
        self.placeholder_words = tuple(words + extra)
        # The user's own words are sure signs whatever their length: they name the
        # way that project writes its fake keys.
        self._long_words = tuple(w for w in words if len(w) >= self.CHANCE_FREE) + tuple(extra)
        self._short_words = tuple(w for w in words if len(w) < self.CHANCE_FREE)
        self.placeholder_markers = tuple(secrets_data["placeholder-markers"])
        self.repeat_run = int(secrets_data["repeat-run"])
        self.minted_secret_min_bytes = int(secrets_data.get("minted-secret-min-bytes", 0))
        self.sequence_run = int(secrets_data["sequence-run"])
        names = [tuple(seq) for seq in secrets_data["secret-names"]]
        names += [name_words(extra) for extra in extra_secret_names]
        # <vendor>_key (openai_key, x_groq_key): the service says it is an API key.
        # (A vendor written in camel case, ModelRed, stands for its words: X-ModelRed-Key.)
        vendors = [name_words(vendor) for vendor in secrets_data.get("key-vendors", ())]
        names += [(*vendor, "key") for vendor in vendors]
        # ... and with one word between (MODELRED_LIVE_KEY, OPENAI_ADMIN_KEY)
        names += [(*vendor, qualifier, "key") for vendor in vendors
                  for qualifier in secrets_data.get("key-qualifiers", ())]
        self.secret_names = tuple(n for n in names if n)
        # The same, by their first word: a name is read against the sequences that start
        # with one of its words (a few dozen), not all of them (two thousand, most of
        # them a vendor's with a qualifier).
        self._names_by_first: dict[str, tuple] = {}
        for seq in self.secret_names:
            self._names_by_first[seq[0]] = (*self._names_by_first.get(seq[0], ()), seq)
        # (an environment variable's KEY after one of these, whatever the service:
        # GATEWAY_LIVE_KEY; not PROJECT_KEY or ORG_KEY, which name a project or an org)
        self._key_variable_qualifiers = frozenset(secrets_data.get("key-qualifiers", ())) - {"project", "org"}
        self._lone_key_qualifiers = frozenset(secrets_data.get("lone-key-qualifiers", ()))
        self.token_variable_heads = frozenset(secrets_data.get("token-variable-heads", ()))
        self._variable_name_heads = frozenset(secrets_data.get("variable-name-heads", ()))
        self._not_key_variable_words = frozenset(secrets_data.get("not-key-variable-words", ()))
        # (and a variable's KEY after a key vendor's name and at most two more words:
        # AZURE_DI_KEY, AZURE_SEARCH_QUERY_KEY; vendors of one word, as variables spell them)
        self._key_variable_vendors = frozenset(
            v.lower() for v in secrets_data.get("key-vendors", ()) if len(name_words(v)) == 1)
        self._secret_words = frozenset(w for seq in (*self.secret_names, *secrets_data.get("ambiguous-secret-names", ())) for w in seq)
        # The words a secret's name may be of alone (token, secret, password...), and key.
        self._head_words = frozenset({seq[0] for seq in self.secret_names if len(seq) == 1} | {"key"})
        self.not_secret_modifiers = frozenset(secrets_data["not-secret-modifiers"])
        self.not_secret_heads = frozenset(secrets_data["not-secret-heads"])
        self.not_secret_leads = frozenset(secrets_data.get("not-secret-leads", ()))
        self.cursor_leads = frozenset(secrets_data.get("cursor-leads", ()))
        self.unqualifying_leads = frozenset(secrets_data.get("unqualifying-leads", ()))
        self._derivative_words = frozenset(secrets_data.get("derivative-words", ()))
        self._mapping_words = frozenset(secrets_data.get("mapping-words", ()))
        self._describing_words = frozenset(secrets_data.get("describing-words", ()))
        self._configuration_words = frozenset(secrets_data.get("configuration-words", ()))
        self._condition_words = frozenset(secrets_data.get("condition-words", ()))
        self._enumeration_words = frozenset(secrets_data.get("enumeration-words", ()))
        self._credential_object_types = tuple(secrets_data.get("credential-object-types", ()))
        self._credential_holder_words = frozenset(secrets_data.get("credential-holder-words", ()))
        self.credential_store_words = frozenset(secrets_data.get("credential-store-words", ()))
        self._structure_names = tuple(
            (tuple(entry["words"]), entry["field"]) for entry in secrets_data.get("secret-structure-names", ())
        )
        # (a key pair's id by its last words -> how its secret half is written, lowered)
        self._key_pair_ids = {
            tuple(entry["id"]): tuple(entry["secrets"]) for entry in secrets_data.get("key-pair-ids", ())
        }
        self.not_secret_names = frozenset(n.lower() for n in secrets_data.get("not-secret-names", ()))
        self.secret_suffixes = frozenset(secrets_data.get("secret-suffixes", ()))
        # plural -> singular, for a name's last word (GROQ_API_KEYS: a list of keys)
        self.secret_plurals = {word + "s": word for word in secrets_data.get("plural-secret-words", ())}
        self.ambiguous_words = frozenset(secrets_data.get("ambiguous-secret-words", ()))
        self.ambiguous_names = tuple(tuple(seq) for seq in secrets_data.get("ambiguous-secret-names", ()))
        self._secret_store_names = tuple(tuple(seq) for seq in secrets_data.get("secret-store-names", ()))
        # (what such a name ends with, lowered: most names end with none, told at once)
        self._secret_store_ends = tuple(sorted({seq[-1] for seq in self._secret_store_names}))
        self.literal_secret_names = tuple(tuple(seq) for seq in secrets_data.get("literal-secret-names", ()))
        self.message_secret_words = tuple(secrets_data.get("message-secret-words", ()))
        self.message_count_words = tuple(secrets_data.get("message-count-words", ()))
        self.message_text_token_words = tuple(secrets_data.get("message-text-token-words", ()))
        # (a message's prose read with the word before a secret word: see unsays_in_message)
        self._message_other_leads = frozenset(secrets_data.get("message-other-leads", ()))
        self._message_key_leads = frozenset(secrets_data.get("message-key-leads", ()))
        self.message_rename_words = tuple(secrets_data.get("message-rename-words", ()))
        self.message_incidental_words = frozenset(secrets_data.get("message-incidental-words", ()))
        self.message_label_words = frozenset(secrets_data.get("message-label-words", ()))
        self.public_key_prefixes = tuple(secrets_data.get("public-key-prefixes", ()))
        self.secret_getter_verbs = frozenset(secrets_data.get("secret-getter-verbs", ()))
        self.minting_getter_verbs = frozenset(secrets_data.get("minting-getter-verbs", ()))
        self._config_loader_words = frozenset(secrets_data.get("config-loader-words", ()))
        self.reading_verbs = self.secret_getter_verbs | frozenset(secrets_data.get("reading-verbs", ()))
        self.auth_schemes = tuple(secrets_data.get("auth-schemes", ()))
        self.basic_auth_keywords = frozenset(secrets_data.get("basic-auth-keywords", ()))
        self.connection_string_takers = frozenset(secrets_data.get("connection-string-takers", ()))
        # (their last names: a call is asked its last two names only where its last one is one)
        self.connection_string_taker_names = frozenset(t.rsplit(".", 1)[-1] for t in self.connection_string_takers)
        self.connection_string_keywords = frozenset(secrets_data.get("connection-string-keywords", ()))
        self.patterns = tuple(patterns)
        self.free_patterns = tuple(p for p in self.patterns if not p.target)
        # The literal prefixes of those key formats (`sk-`, `mr_`): a value that starts
        # with one is a key's (key.startswith("sk-"), "mr_" + secrets.token_urlsafe()).
        self.key_prefixes = tuple(p.prefix for p in self.free_patterns if p.prefix)
        self.bound_patterns = tuple(p for p in self.patterns if p.target)
        self._secret_name_memo: dict = {}
        self._holds_key_memo: dict = {}

    # -- values ---------------------------------------------------------------------
    # How a person marks a made-up value, in two kinds.
    #
    # Sure signs: template markup (<, ${, ..., ***), a format field, or a placeholder
    # word of CHANCE_FREE letters or more (example, placeholder, changeme) anywhere,
    # in any case: six given letters turn up by chance in one random key in about
    # 10**10 positions. A word from extra-placeholder-words is always a sure sign.
    #
    # Signs chance also makes: a short placeholder word (your, here, fake, mock,
    # todo, xxx), a run of one character (aaaaa), an ascending run (123456, abcdef).
    # In 2,000 random keys of a format a few
    # hold one ("...x9TeStq...", "...c3b4555554aad6..."), so such a sign only marks a
    # made-up value when it is most of it: the signs are cut out, and the value is a
    # key only if what is left, joined, still looks random on its own (min-segment
    # long, mixed, random enough). "mr_your_key_here", "AKIA0000000000000000" and
    # "sk-proj-REPLACEWITHYOURKEY1234" leave too little; a random key that happens to
    # hold "here" leaves almost all of itself.
    CHANCE_FREE = 6
    # A run this much longer than the shortest that counts is a sure sign too: chance
    # makes 8 equal or 9 ascending characters in one random key in millions, but
    # numbers (1e-38 written out) often; so is a run of punctuation (!!!!!, -----),
    # which no key alphabet makes by chance.
    SURE_EXTRA = 3

    def _sure_placeholder(self, value: str) -> bool:
        if any(marker in value for marker in self.placeholder_markers):
            return True
        if _FORMAT_FIELD.search(value):
            return True
        lowered = value.lower()
        return any(word in lowered for word in self._long_words)

    def _chance_signs(self, value: str) -> list[tuple[int, int]] | None:
        """The spans of signs a person makes and chance makes too (see above); None
        for a run too long to be chance."""
        lowered = value.lower()
        spans = []
        for word in self._short_words:
            at = lowered.find(word)
            while at >= 0:
                spans.append((at, at + len(word)))
                at = lowered.find(word, at + 1)
        repeats = self._repeats(value)
        ascending = self._ascending(lowered)
        if any(end - start >= self.repeat_run + self.SURE_EXTRA or not value[start].isalnum() for start, end in repeats) or any(
            end - start >= self.sequence_run + self.SURE_EXTRA for start, end in ascending
        ):
            return None
        return spans + repeats + ascending

    def _repeats(self, value: str) -> list[tuple[int, int]]:
        """Runs of one character (not line breaks) at least repeat-run long. Most values
        have none, which a substring search per distinct character shows at C speed;
        only the others are walked character by character."""
        length = self.repeat_run
        if length > 1 and not any(c * length in value for c in set(value) if c != "\n"):
            return []
        return self._runs(value, lambda prev, cur: cur == prev and cur != "\n", length)

    def _ascending(self, lowered: str) -> list[tuple[int, int]]:
        """Ascending runs of letters or digits (abcdef, 123456) at least sequence-run
        long, in the lowered value. In ASCII such a run lies within 0-9 or a-z (no
        capital is left, and the neighbours of both ranges are no letters or digits),
        so a value holding none of their windows has none; other text is walked."""
        length = self.sequence_run
        windows = _ascending_windows(length)
        if windows is not None and lowered.isascii() and not any(w in lowered for w in windows):
            return []
        return self._runs(
            lowered, lambda prev, cur: prev.isalnum() and cur.isalnum() and ord(cur) == ord(prev) + 1, length
        )

    @staticmethod
    def _runs(text: str, joins, length: int) -> list[tuple[int, int]]:
        """Maximal runs of at least `length` characters, each joined to the one
        before it by `joins`. A loop: the backreference (.)\\1{n,} is one the regex
        safety checker cannot vouch for."""
        spans, start = [], 0
        for index in range(1, len(text) + 1):
            if index < len(text) and joins(text[index - 1], text[index]):
                continue
            if index - start >= length:
                spans.append((start, index))
            start = index
        return spans

    def _without_signs(self, value: str) -> str | None:
        """The value with its chance signs cut out, or None when it has none."""
        spans = self._chance_signs(value)
        if spans is None:
            return ""  # a sure sign after all: nothing is left
        if not spans:
            return None
        keep = [True] * len(value)
        for start, end in spans:
            keep[start:end] = [False] * (end - start)
        return "".join(c for c, kept in zip(value, keep) if kept)

    def _judged_random(self, body: str, min_segment: int | None = None, min_entropy: float | None = None) -> bool:
        """Not made up, and random: the one test of MR001-MR004 values."""
        if self._sure_placeholder(body):
            return False
        rest = self._without_signs(body)
        return self.looks_random(body if rest is None else rest, min_segment, min_entropy)

    def is_placeholder(self, value: str) -> bool:
        """Made up by a person: a sure sign, or chance signs with too little left."""
        if self._sure_placeholder(value):
            return True
        rest = self._without_signs(value)
        return rest is not None and not self.looks_random(rest)

    def looks_random(
        self, body: str, min_segment: int | None = None, min_entropy: float | None = None
    ) -> bool:
        """Is this the body of an issued key rather than words a person typed?
        Words run together in camel case say words; a long lowercase run is cut
        out, and the rest must pass alone.

        A pattern that sets its own min-entropy has a format that fixes its alphabet
        and length (AWS key ids: AKIA and 16 capitals or digits); its keys are judged
        by that entropy alone, without the tests of character classes and of words
        run together, which missed the one in thirty with no digit and the one in a
        few hundred whose capitals read like words. Placeholders still count."""
        min_segment = min_segment or self.min_segment
        segment = max(_SEGMENT_SPLIT.split(body), key=len)
        if len(segment) < min_segment:
            # Base64 holds slashes of its own: read a long base64 value whole.
            if len(body) >= 2 * min_segment and _BASE64.fullmatch(body):
                segment = body
            else:
                return False
        if min_entropy is None and _is_wordy(segment):
            return False
        # A long lowercase run is how words are written (thisisnotakey, gslcdflognormal),
        # and, in one random key in a few hundred, chance: it is cut out, and what is
        # left must pass on its own.
        words = [run for run in _LOWER_RUN.findall(segment) if len(run) >= self.max_lowercase_run]
        if words:
            for run in words:
                segment = segment.replace(run, "")
            if len(segment) < min_segment:
                return False
        if min_entropy is None:
            classes = sum(
                (
                    any(c.islower() for c in segment),
                    any(c.isupper() for c in segment),
                    any(c.isdigit() for c in segment),
                    # What is left around cut-out words must mix letters and digits
                    # itself: "#name#(##)" is markup, not a key.
                    not words and any(not c.isalnum() for c in segment),
                )
            )
            if classes < 2:
                return False
        if min_entropy is not None:  # the format's own bar, over its whole body
            return shannon_entropy(body) >= min_entropy
        is_hex = all(c in "0123456789abcdefABCDEF" for c in segment)
        threshold = self.hex_min_entropy if is_hex else self.min_entropy
        return shannon_entropy(segment) >= threshold

    def is_real_key(self, pattern: KeyPattern, value: str) -> bool:
        body = value[len(pattern.prefix) :] if pattern.prefix else value
        return self._judged_random(body, pattern.min_segment, pattern.min_entropy)

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
        if value.startswith(self.public_key_prefixes):
            return False  # (phc_..., pk_live_...: issued to be published)
        if value.startswith(("/", "./", "~")):
            return False
        return self._judged_random(value)

    # -- names ----------------------------------------------------------------------
    def is_secret_name(self, name: str, strict: bool = False) -> bool:
        """strict: a bare ambiguous word (token, pwd) alone is not enough."""
        key = (name, strict)
        known = self._secret_name_memo.get(key)
        if known is None:
            known = self._secret_name_memo[key] = self._is_secret_name(name, strict)
        return known

    def _is_secret_name(self, name: str, strict: bool) -> bool:
        if name.lower() in self.not_secret_names:
            return False
        words = name_words(name)
        if "from" in words[1:]:
            # secret_value_from_vault, api_key_from_env: what comes after says where
            # the value was read, not what it is.
            words = words[: words.index("from", 1)]
        if not words or self._secret_words.isdisjoint(words) or self.not_secret_modifiers.intersection(words):
            return False
        present = set(words)
        by_first = self._names_by_first
        for seq in (seq for first in present for seq in by_first.get(first, ())):
            if seq[-1] not in present:
                continue  # (most of the sequences: a vendor's, another word's)
            for end in _sequence_ends(words, seq):
                if strict and len(seq) == 1 and seq[0] in self.ambiguous_words and (
                        end - 1 == 0 or not self.unqualifying_leads.isdisjoint(words[: end - 1])):
                    continue  # (a bare token; prompt_token, a count: see unqualifying-leads)
                leads = self.not_secret_leads.intersection(words[: end - len(seq)])
                if leads and not (len(seq) > 1 and leads <= self.cursor_leads):
                    # next_page_token, NextToken: a cursor, not a credential (but
                    # next_api_key, a secret named in full: a rotation's next key)
                    continue
                trailing = words[end:]
                if self.not_secret_heads.intersection(trailing):
                    continue
                # (a number or a letter tells keys apart: api_key_2, OCPI's TOKEN_C)
                if all(w in self.secret_suffixes or w.isdigit() or len(w) == 1 for w in trailing):
                    return True
        if not strict:
            # new_key, old_key: a key only where the context says so (see name_label);
            # and an HTTP header named x-<service>-key (x-proxy-key, X-Functions-Key),
            # the custom headers that carry a key, or the parameter a framework reads it
            # into (FastAPI's x_tenant_key: str = Header(...)).
            # (and a key-qualifier's KEY after another word, new_sdk_key, where the message
            # says key; not a bare clientKey, a field whose structure the rules read by its
            # name; but a bare server_key or sdk_key, lone-key-qualifiers)
            return self._ends_in_ambiguous_name(words) or (
                len(words) > 2 and words[0] == "x" and words[-1] == "key" and name[1:2] in ("-", "_")) or (
                len(words) > 2 and words[-1] == "key" and words[-2] in self._key_variable_qualifiers) or \
                self._lone_qualified_key(words)
        return False

    def is_bound_secret_name(self, name: str) -> bool:
        """A name a random literal bound to is a secret under (MR004): a secret's name,
        or one of literal-secret-names at its end (SESSION_KEY, app_session_key), with
        no word that makes it something else's."""
        if self.is_secret_name(name):
            return True
        if not self.literal_secret_names:
            return False
        words = name_words(name)
        return any(len(words) >= len(seq) and words[-len(seq):] == seq for seq in self.literal_secret_names) \
            and self.not_secret_modifiers.isdisjoint(words) and self.not_secret_leads.isdisjoint(words)

    def names_a_derivative(self, name: str) -> bool:
        """A name that says its value is derived from a secret and safe to show:
        a hash, a digest, a masked or redacted form (api_key_hash, masked_token)."""
        return bool(self._derivative_words.intersection(name_words(name)))

    @property
    def structure_name_words(self) -> tuple[tuple[str, ...], ...]:
        return tuple(seq for seq, _ in self._structure_names)

    def secret_structure_field(self, name: str) -> Optional[str]:
        """The field where a structure so named holds a secret by convention
        (litellm_params_data: api_key), or None."""
        if not self._structure_names:
            return None
        words = name_words(name)
        for seq, field in self._structure_names:
            if _contains_sequence(words, seq) and not self.names_a_derivative(name):
                return field
        return None

    def names_a_description(self, name: str) -> bool:
        """A name that says its value describes a secret rather than holds it
        (identity_token_cfg, secret_name, key_id)."""
        words = name_words(name)
        return bool(words) and words[-1] in self._describing_words

    def names_a_secret_variable(self, name: str) -> Optional[bool]:
        """Does a name in code hold the name of the environment variable that holds a
        secret (`api_key_env`, `token_var`)? True where what comes before the last words
        (variable-name-heads) is a secret's name, False where it is one only where the
        message says so (`key_name`, `key_env`), None where it is neither."""
        words = name_words(name)
        tail = 0
        while tail < len(words) and words[-1 - tail] in self._variable_name_heads:
            tail += 1
        if not tail or tail == len(words):
            return None
        head = "_".join(words[:-tail])
        if self.is_secret_name(head, strict=True):
            return True
        return False if head in self._head_words or self.is_secret_name(head) else None

    def names_a_bare_token(self, name: str) -> bool:
        """A name whose only secret word is a last `token` (main_token, define_token; not
        access_token or api_token): in a parser's or a lexer's code, a word of its text."""
        words = name_words(name)
        return len(words) > 0 and words[-1] == "token" and self._secret_words.isdisjoint(words[:-1])

    def names_a_configuration(self, name: str) -> bool:
        """A name that says its value is a configuration (cfg, provider_config): one of
        the describing words, but a structure that may hold a secret among its fields."""
        words = name_words(name)
        return bool(words) and words[-1] in self._configuration_words

    def names_a_condition(self, name: str) -> bool:
        """An upper-case member name that names a condition (INVALID_TOKEN,
        MISSING_API_KEY): a message's or a code's, not a secret's value."""
        return name.isupper() and self.says_a_condition(name)

    def says_a_condition(self, name: str) -> bool:
        """Do a name's words name a condition (FailedToAcquireToken, INVALID_TOKEN)?"""
        return bool(self._condition_words.intersection(name_words(name)))

    def names_an_enumeration(self, class_name: str) -> bool:
        """A class whose members are kinds of something (AuthMethods, CredentialType):
        its SECRET_KEY member names a kind, it holds no secret."""
        words = name_words(class_name)
        return class_name[:1].isupper() and not class_name.isupper() and bool(words) \
            and words[-1] in self._enumeration_words

    def names_a_credential_object(self, type_name: str) -> bool:
        """A type whose instances hold credentials as an object (TokenCredential,
        DefaultAzureCredential): printed, they show their class, not a key."""
        return any(fnmatch.fnmatchcase(type_name, p) for p in self._credential_object_types)

    def names_a_credential_holder(self, name: str) -> bool:
        """An object whose `token` is its credential's (creds, google_credentials)."""
        words = name_words(name)
        return bool(words) and words[-1] in self._credential_holder_words

    def names_a_credential_store(self, name: str) -> bool:
        """A mapping that stores credentials by their names (self.creds, secrets)."""
        words = name_words(name.rsplit(".", 1)[-1])
        return bool(words) and words[-1] in self.credential_store_words

    def names_a_mapping(self, name: str) -> bool:
        """A name that says its value is a mapping (redis_kwargs, headers, params):
        iterating it yields keys."""
        words = name_words(name)
        return bool(words) and words[-1] in self._mapping_words

    def names_a_setting(self, name: str) -> bool:
        """An entry name that says it holds something else than a secret (REDIS_HOST,
        AZURE_API_VERSION, token_url): the last word is one of the not-secret heads."""
        words = name_words(name)
        return bool(words) and words[-1] in self.not_secret_heads

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

    def holds_secret_key(self, text: str) -> bool:
        """Does the text hold a key of a known format that is a secret (not only an
        identifier of one, like an AWS access key id)? What the message rules read.
        Kept per text: a module constant bound to a long text (an embedded script) is
        asked again wherever a function reads it. (Bounded; the answer, not the text,
        is what a worker would need: the cache is not shipped.)"""
        known = self._holds_key_memo.get(text)
        if known is None:
            if len(self._holds_key_memo) >= 4096:
                self._holds_key_memo.clear()
            known = self._holds_key_memo[text] = any(not match.pattern.identifier for match in self.scan(text))
        return known

    def names_secrets(self, name: str) -> bool:
        """An environment variable's name for a list of secrets (GROQ_API_KEYS, read and
        split on commas: each part is a key). Only a variable's: in code, `api_keys` is as
        often a mapping whose iteration gives provider names, `raw_keys` a dict's keys."""
        words = name_words(name)
        if len(words) < 2 or words[-1] not in self.secret_plurals:
            return False
        return self.is_secret_name("_".join((*words[:-1], self.secret_plurals[words[-1]])), strict=True)

    def unsays_in_name(self, lead: str, word: str, head: str) -> bool:
        """Does a part beside a secret word of a name a message writes make the name speak
        of something else, as it would make a variable's (file_token, page_token, auth_type,
        cache_key, next_token: the not-secret-heads after it; before it the not-secret-
        modifiers and -leads, for a bare token or jwt the unqualifying-leads, for key the
        not-key-variable-words)? Not http_key or MISP_KEY: a key the message names."""
        return head in self.not_secret_heads or lead in self.not_secret_modifiers or lead in self.not_secret_leads \
            or (word in self.ambiguous_words and lead in self.unqualifying_leads) \
            or (word == "key" and lead in self._not_key_variable_words)

    def unsays_in_message(self, lead: str, word: str) -> bool:
        """Does the word before a secret word in a message's prose make it speak of
        something else ("without a page token", "masked password: %s", "renamed cache key
        %s"; message-other-leads, message-key-leads; before a bare ambiguous word, the
        unqualifying-leads: "file token")? Then that word does not say the value the
        message shows is a secret."""
        return lead in self._message_other_leads or (word == "key" and lead in self._message_key_leads) or (
            word in self.ambiguous_words and lead in self.unqualifying_leads)

    def names_a_secret_store(self, name: str) -> bool:
        """A class's name that says it keeps secrets (KeyStore, TokenCache, Keyring:
        secret-store-names, the words it ends with)."""
        if not name.lower().endswith(self._secret_store_ends):
            return False
        words = name_words(name)
        return any(words[-len(seq):] == seq for seq in self._secret_store_names)

    def may_return_secret(self, name: str, method: Optional[str] = None) -> bool:
        """Does a call of `name` (a function), or of `name.method` (a method on a class),
        say it returns a secret: a getter named for one (get_api_key, load_credentials),
        or a getter (a secret-getter-verb, or `get` alone) of a class that keeps secrets
        (KeyStore.get_key)? Or, a function, one that loads the settings (load_config),
        which may hold secrets at their fields (a method: not yet, the prefilter would
        have to search every imported class's calls for it)."""
        if method is None:
            return self.names_a_secret_getter(name) or self.names_a_config_loader(name) or self.names_a_minter(name)
        if self.names_a_secret_getter(method):
            return True
        words = name_words(method)
        return bool(words) and words[0] in self.secret_getter_verbs and self.names_a_secret_store(name)

    def names_an_ambiguous_key(self, name: str) -> bool:
        """A name of two words or more that is a key's only where the message says so
        (provider_key, new_key: ambiguous-secret-names; server_key: lone-key-qualifiers),
        not a bare ambiguous word."""
        words = name_words(name)
        return len(words) > 1 and (self._ends_in_ambiguous_name(words) or self._lone_qualified_key(words))

    def _lone_qualified_key(self, words: tuple) -> bool:
        """server_key, sdk_key: a lone-key-qualifier, then KEY."""
        return len(words) == 2 and words[1] == "key" and words[0] in self._lone_key_qualifiers

    def _ends_in_ambiguous_name(self, words: tuple) -> bool:
        """new_key, provider_key: the name ends in one of the ambiguous-secret-names."""
        return any(words[-len(seq):] == seq for seq in self.ambiguous_names)

    def names_a_config_loader(self, name: str) -> bool:
        """A function's name that says it loads the settings: a secret-getter verb, then
        a config-loader word last (load_config, get_app_settings; not config_path)."""
        words = name_words(name)
        return 2 <= len(words) <= 3 and words[0] in self.secret_getter_verbs and words[-1] in self._config_loader_words

    def names_a_secret_getter(self, name: str) -> bool:
        """A function's name that says it returns a secret: a strict secret's name, after
        a verb of secret-getter-verbs or none (_private_key, get_api_key, issue_token)."""
        words = name_words(name)
        if words and words[0] in self.secret_getter_verbs:
            words = words[1:]
        return bool(words) and self.is_secret_name("_".join(words), strict=True)

    def pair_secret_spellings(self, name: str) -> tuple:
        """How the secret half of the key pair whose id this name is may be written (see
        key-pair-ids): `access_key` -> secret_key, ...; empty for any other name, and for one
        that names the secret itself (secret_access_key)."""
        if not self._key_pair_ids:
            return ()
        words = name_words(name)
        for id_words, spellings in self._key_pair_ids.items():
            if len(words) >= len(id_words) and words[-len(id_words):] == id_words and "secret" not in words:
                return spellings
        return ()

    def names_a_minter(self, name: str) -> bool:
        """A function's name that says it makes a key or a token (generate_unified_key,
        create_token): a verb of minting-getter-verbs, then words ending in a secret's own
        word or an ambiguous one, none a cache's or a sort's key (not-key-variable-words)."""
        words = name_words(name)
        return len(words) >= 2 and words[0] in self.minting_getter_verbs \
            and (words[-1] in self._head_words or words[-1] in self.ambiguous_words) \
            and self._not_key_variable_words.isdisjoint(words)

    def ends_in_secret_word(self, name: str) -> bool:
        """Does the name end in a secret's own word (portal_key, relay_token, hub_secret),
        whether or not the vocabulary reads the whole name as a secret's? Such a parameter
        is a secret's where its function uses it as one (secret_uses.secret_parameters)."""
        words = name_words(name)
        # (not a bare key, nor a cache's or a sort's: not-key-variable-words)
        return len(words) >= 2 and words[-1] in self._head_words and self._not_key_variable_words.isdisjoint(words)

    def checks_key_format(self, name: str, prefix: str) -> bool:
        """Does `name.startswith(prefix)` check a key's format? A known key format's
        prefix (`sk-`, `mr_`) whatever the name, or a prefix of a key format's shape
        (`lp_`, `tok-`) tested on a name whose last word is key or token, not a cache's or
        another thing's key."""
        if self.key_prefixes and prefix.startswith(self.key_prefixes):
            return True
        if _FORMAT_PREFIX.fullmatch(prefix) is None:
            return False
        words = name_words(name)
        # (not cache_key.startswith("user_"): a key of something else, not-key-variable-words)
        return bool(words) and words[-1] in ("key", "token") and self._not_key_variable_words.isdisjoint(words)

    def names_a_key_header(self, name: str) -> bool:
        """An HTTP header written as one (X-Ingest-Key, x-tenant-token): the custom headers
        that carry a key. As a dict's key, a value stored under it is used as a key."""
        if name[1:2] != "-" or name[:1] not in "xX":
            return False
        words = name_words(name)
        # (not x-langfuse-public-key, x-pagination-next-token: a public key, a cursor; nor
        # X-UIPATH-FolderKey, X-Idempotency-Key: a folder's, a request's, not-key-variable-words)
        return len(words) > 2 and words[0] == "x" and words[-1] in ("key", "token") \
            and self.not_secret_leads.isdisjoint(words) and self.not_secret_modifiers.isdisjoint(words) \
            and (words[-1] != "key" or self._not_key_variable_words.isdisjoint(words))

    def names_a_key_variable(self, name: str) -> bool:
        """A name that says it holds a key without naming the service: a qualifier before
        its last word KEY (GATEWAY_LIVE_KEY, APP_SERVICE_KEY, admin_key); or, written in
        capitals as an environment variable is, a key vendor's name first and KEY last
        with at most two words between (AZURE_DI_KEY, AZURE_SEARCH_QUERY_KEY), or a
        token's word last, a number after it allowed (CONFLUENCE_PAT, DS_CONNECT_HMAC_1:
        token-variable-heads). The message rules read
        environment variables' names so."""
        words = name_words(name)
        if name.isupper():
            counted = words
            while len(counted) > 2 and counted[-1].isdigit():
                counted = counted[:-1]  # (DS_CONNECT_HMAC_1: one of two, for rotation)
            if len(counted) >= 2 and counted[-1] in self.token_variable_heads \
                    and self.not_secret_modifiers.isdisjoint(counted):
                return True  # CONFLUENCE_PAT; not VERIFY_HMAC, DISABLE_HMAC: switches
        if len(words) < 2 or words[-1] != "key":
            return False
        # (not LANGFUSE_PUBLIC_KEY: a public key, as not-secret-leads say)
        return words[-2] in self._key_variable_qualifiers or (
            name.isupper() and len(words) <= 4 and words[0] in self._key_variable_vendors
            and self.not_secret_leads.isdisjoint(words[1:-1]))

    def secret_level(self, name: str, variables: bool = True) -> int:
        """How the prefilter reads a name, as the message rules may take it: 2 a secret's
        (a strict name, a structure's that holds one by convention, an environment
        variable's for a key or for keys), 1 a secret's only where the message says so
        (a bare `token`, LEVER_KEY), 0 neither. The name stages and the flow scan both
        read names so."""
        # (and, for the text's words, the name of a secret's variable, api_key_env, as the
        # rules read what it names: os.environ[api_key_env] is the secret; the flow scan,
        # variables=False, reads the read itself)
        holder = self.names_a_secret_variable(name) if variables else None
        if self.is_secret_name(name, strict=True) or self.secret_structure_field(name) \
                or self.names_a_key_variable(name) or self.names_secrets(name) or holder:
            return 2
        return 1 if self.is_secret_name(name) or self.names_a_key_variable_loosely(name) or holder is False else 0

    def names_a_key_variable_loosely(self, name: str) -> bool:
        """An environment variable's name in capitals with KEY last after another word,
        whatever the service (GREENHOUSE_HARVEST_KEY, LEVER_KEY): a key's only where the
        message's words say so, as a bare `token` is (not PUBLIC_KEY, BUCKET_OBJECT_KEY:
        the not-secret leads and the not-key-variable-words)."""
        if not name.isupper():
            return False
        words = name_words(name)
        return len(words) >= 2 and words[-1] == "key" and self.not_secret_modifiers.isdisjoint(words) \
            and self.not_secret_leads.isdisjoint(words) and self._not_key_variable_words.isdisjoint(words)

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
                identifier=bool(raw.get("identifier", False)),
            )
        )
    return patterns
