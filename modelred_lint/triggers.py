"""Prefilter triggers: what a rule declares about the text of a file it could report on.

A trigger is a test on a file's text that every finding of its rule implies, so that a
file no enabled rule's trigger passes is never parsed by LibCST. It has a quick stage
(string searches) and, optionally, an exact stage that costs more (usually CPython's
own parser, about eight times faster than LibCST's): the exact stage runs only when no
quick-only trigger has already forced the parse.

Rules build their triggers from the catalogue's data, with the primitives here; the
analyses they share (the secret-like names of a text, its CPython tree) are computed
once per file through `ScanText.get`.
"""

from __future__ import annotations

import ast
import keyword
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Optional, TypeVar

Test = Callable[["ScanText"], bool]
T = TypeVar("T")

# What a name (an identifier, a dict key, an environment variable) is written with.
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_NAME_TAIL = re.compile(r"[A-Za-z0-9_\-]*")


class ScanText:
    """One file's text as the triggers see it, with each analysis made at most once."""

    __slots__ = ("text", "knowledge", "path", "within", "_memo", "_held")

    def __init__(self, text: str, knowledge: Any, path: Optional[str] = None,
                 within: Optional["ScanText"] = None) -> None:
        self.text = text
        self.knowledge = knowledge
        # Where the file is, where known: a test may read a module beside it (the records
        # it imports, flow_scan.imported_records); unknown, it takes what it cannot read.
        self.path = path
        # The scan of the text this one is a view of (code_text.py: each part removed
        # stands as one space), or None: a word without white space that text lacks,
        # this one lacks too, and is not searched again.
        self.within = within
        self._memo: dict[Callable, Any] = {}
        self._held: dict[str, bool] = {}

    def holds(self, word: str) -> bool:
        """Is `word` in the text? Each word searched once per file: several rules'
        triggers look for the same ones (the SDK's module, the keys' prefixes)."""
        held = self._held.get(word)
        if held is None:
            if self.within is not None and self.within._held.get(word) is False and not _has_blank(word):
                held = self._held[word] = False
            else:
                held = self._held[word] = word in self.text
        return held

    def has(self, analysis: Callable[["ScanText"], Any]) -> bool:
        """Has this analysis been made already (a later stage may then skip a check
        that only spares it)?"""
        return analysis in self._memo

    def get(self, analysis: Callable[["ScanText"], T]) -> T:
        try:
            return self._memo[analysis]
        except KeyError:
            value = self._memo[analysis] = analysis(self)
            return value


def _has_blank(word: str) -> bool:
    """Does the word hold white space (which a view's removed part may have become)?"""
    return not word.isprintable() or " " in word


class PerOwner:
    """What the prefilter derives from a run's long-lived objects (the knowledge, its
    vocabulary, the flow model) and keeps across files: made once per owner, found by
    the owner's identity (the owner is held, so its id is not reused while it is).
    `bound`: for a memo (a dict), the size past which it starts afresh."""

    __slots__ = ("_build", "_bound", "_held")

    def __init__(self, build: Callable[[Any], T], bound: Optional[int] = None) -> None:
        self._build = build
        self._bound = bound
        self._held: dict[int, tuple] = {}

    def __call__(self, owner: Any):
        held = self._held.get(id(owner))
        if held is None or held[0] is not owner or (self._bound is not None and len(held[1]) > self._bound):
            held = self._held[id(owner)] = (owner, self._build(owner))
        return held[1]


def new_memo(owner: Any) -> dict:
    return {}


@dataclass(frozen=True)
class Trigger:
    quick: Test
    exact: Optional[Test] = None
    # Where in the file the rule could fire, as its exact stage found out (asked only
    # once that stage has passed; any value the rule reads, see FileContext.focus); None:
    # the stage tells nothing more than yes.
    focus: Optional[Callable[["ScanText"], Any]] = None

    @staticmethod
    def never() -> "Trigger":
        """For a rule that never needs a parse of its own (the syntax-error rule
        reports on files that other rules had parsed)."""
        return Trigger(_never)


def _never(scan: ScanText) -> bool:
    return False


_never.searches = 0  # (no search at all: all_of tries it first)


def always(scan: ScanText) -> bool:
    return True


def mentions(words: Iterable[str]) -> Test:
    """Does the text hold one of these strings? (str.find beats a regex alternation.)
    The first word found ends the test, where each absent word is a search of the whole
    text: Python's keywords are looked for first (`raise`, `except`: most files hold
    them), then the words in the order given (the likeliest first, where a rule knows)."""
    words = list(words)
    kept = set(without_superstrings(words))
    order = {word: at for at, word in reversed(list(enumerate(words)))}  # (each word's first place)
    words = tuple(sorted(kept, key=lambda w: (not keyword.iskeyword(w), order[w])))
    if not words:
        return _never

    def test(scan: ScanText) -> bool:
        holds = scan.holds
        for word in words:
            if holds(word):
                return True
        return False

    test.searches = len(words)  # (at most: see all_of)
    return test


def without_superstrings(words: Iterable[str]) -> tuple[str, ...]:
    """The words, less those that hold another (a text holding `sk-ant-` holds `sk-`):
    each is one more search of every text, and cannot change the answer."""
    unique = {w for w in words if w}
    return tuple(sorted(w for w in unique if not any(o != w and o in w for o in unique)))


def pattern_fragments(patterns: Iterable[str]) -> list[str]:
    """For shell-style patterns, the longest literal run of each: a text that matches
    the pattern holds it (`*_token_provider` -> `_token_provider`)."""
    return [max(re.split(r"[*?\[\]]", pattern), key=len) for pattern in patterns]


def mentions_folded(words: Iterable[str]) -> Test:
    """The same, ignoring case."""
    words = without_superstrings(w.lower() for w in words)
    if not words:
        return _never
    return lambda scan: any(word in scan.get(lowered) for word in words)


def all_of(*tests: Test) -> Test:
    """Every test passes. The word tests are tried first, the fewest words first: on a
    file that lacks the SDK's name, one search of it spares the thirty of its error
    classes (the SDK error rule's), and an analysis of the file is only made where the
    words are in it.
    (Each test only reads the text, so the order changes the cost, not the answer.)"""
    tests = tuple(sorted(tests, key=lambda test: getattr(test, "searches", _UNCOUNTED)))
    return lambda scan: all(test(scan) for test in tests)


_UNCOUNTED = float("inf")  # a test that is not a search of words: after those that are


def any_of(*tests: Test) -> Test:
    return lambda scan: any(test(scan) for test in tests)


# -- shared analyses ---------------------------------------------------------------------
def lowered(scan: ScanText) -> str:
    """The text in lower case, offsets kept (a letter whose lower case is longer stays)."""
    text = scan.text
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def python_tree(scan: ScanText) -> Optional[ast.AST]:
    """CPython's syntax tree of the text, or None when CPython cannot parse it (LibCST
    will then say what is wrong). Kept for `take_python_tree` (the parse's depth check
    reads it instead of parsing again)."""
    global _LAST_TREE
    try:
        tree = ast.parse(scan.text)
    except RecursionError:
        _LAST_TREE = (scan.text, _TOO_DEEP)
        return None
    except Exception:  # noqa: BLE001 - SyntaxError, ValueError (NUL), MemoryError
        return None
    _LAST_TREE = (scan.text, tree)
    return tree


# The last file's CPython tree, by its text's identity: the prefilter made it, the parse's
# depth check takes it (and lets it go before LibCST's much larger tree is built).
_TOO_DEEP = object()
_LAST_TREE: Optional[tuple[str, Any]] = None


def ast_last_name(node: ast.AST) -> Optional[str]:
    """The last name of a CPython tree's name or attribute (`get` of `os.environ.get`)."""
    if type(node) is ast.Name:
        return node.id
    return node.attr if type(node) is ast.Attribute else None


def take_python_tree(text: str) -> Any:
    """The tree `python_tree` made of this very text (once), or None if it made none:
    `TOO_DEEP` when CPython's own parser refused the nesting."""
    global _LAST_TREE
    last, _LAST_TREE = _LAST_TREE, None
    return last[1] if last is not None and last[0] is text else None


TOO_DEEP = _TOO_DEEP


def name_word_starts(scan: ScanText) -> dict[str, int]:
    """Where each secret-name word first stands in the lowered text (-1: nowhere). A
    word of ASCII letters that holds one of them is in the text only where that one
    is: other stages skip their search of such words (see `gated`). In a view, a word
    the whole text lacks is not searched."""
    low = scan.get(lowered)
    outer = scan.within._memo.get(name_word_starts) if scan.within is not None else None
    if outer is None:
        return {word: low.find(word) for word in _name_words_of(scan.knowledge)}
    return {word: low.find(word) if outer[word] >= 0 else -1 for word in _name_words_of(scan.knowledge)}


def gated(knowledge: Any, words: Iterable[str]) -> tuple[tuple[str, Optional[str]], ...]:
    """Each word with a secret-name word it holds, case-blind (its gate), or None: a
    text whose lowered form lacks the gate lacks the word (`name_word_starts`)."""
    names = _name_words_of(knowledge)
    out = []
    for word in words:
        low = word.lower()
        gate = next((name for name in names if name in low), None) if low.isascii() else None
        out.append((word, gate))
    return tuple(out)


def secret_names(scan: ScanText) -> tuple[bool, bool]:
    """(a strict secret name, a name that is a secret's only with a qualifier) among
    the identifier-like tokens of the text. Names are split on case, so the tokens are
    found case-blind but read as written. Each token is judged as it is found, and the
    first strict one ends the search (the words that most often make one come first:
    `_name_words_of`)."""
    vocab = scan.knowledge.vocab
    text, low = scan.text, scan.get(lowered)
    reverse = None  # the text backwards: a token's head is found by a regex, not char by char
    tokens = set()
    verdicts = _verdicts_of(vocab)
    maybe = False
    starts = scan.get(name_word_starts)
    for word in _name_words_of(scan.knowledge):  # each occurrence, grown to its whole token
        at = starts[word]
        while at >= 0:
            start = at
            if at and text[at - 1] in _NAME_CHARS:
                if reverse is None:
                    reverse = text[::-1]
                back = len(text) - at
                start = at - (_NAME_TAIL.match(reverse, back).end() - back)
            end = _NAME_TAIL.match(text, at).end()
            token = text[start:end]
            at = low.find(word, end)
            if token in tokens:
                continue
            tokens.add(token)
            verdict = verdicts.get(token)
            if verdict is None:
                verdict = verdicts[token] = vocab.secret_level(token)
            if verdict == 2:
                return True, True
            maybe = maybe or verdict == 1
    return False, maybe


def _name_words(knowledge: Any) -> tuple[str, ...]:
    """The secret-name words less those that hold another (`apikey` holds `key`): an
    occurrence of the longer lies inside one of the shorter, which grows to the same
    whole token, so each is one more search of the text for the same tokens. The
    rarest in a text first (the longest, most often), but those that end a strict
    secret's name (`api_key`, `access_token`) before all: in a file that has one, the
    search stops there."""
    vocab = knowledge.vocab
    words = without_superstrings(knowledge.secret_name_words)
    return tuple(sorted(words, key=lambda w: (not vocab.is_secret_name(f"api_{w}", strict=True), -len(w), w)))


_name_words_of = PerOwner(_name_words)

# How each token reads as a name (2 strict, 1 a secret's only with a qualifier, 0 not),
# per vocabulary: the same tokens come back file after file. Bounded.
_verdicts_of = PerOwner(new_memo, 100_000)


def any_secret_name(scan: ScanText) -> bool:
    return scan.get(secret_names) != (False, False)
