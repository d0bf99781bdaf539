"""The value test's shortcuts give what the character walk gives (issue 12's speed work:
keyscan looks for runs of one character and ascending runs with substring searches
first, and walks only the values that may hold one)."""

from __future__ import annotations

import random
import string

import pytest

from modelred_lint.engine import Plan
from modelred_lint.keyscan import Vocabulary

VOCAB = Plan.build(["MR001", "MR002", "MR004"]).knowledge.vocab


def walked_repeats(vocab: Vocabulary, value: str):
    return Vocabulary._runs(value, lambda prev, cur: cur == prev and cur != "\n", vocab.repeat_run)


def walked_ascending(vocab: Vocabulary, lowered: str):
    return Vocabulary._runs(
        lowered, lambda prev, cur: prev.isalnum() and cur.isalnum() and ord(cur) == ord(prev) + 1, vocab.sequence_run
    )


def values(count: int = 4000) -> list[str]:
    """Random values over small alphabets (so that runs occur often), the edges of the
    ASCII ranges, line breaks, and letters outside ASCII (Greek runs ascend too; the
    Kelvin sign lowers to an ASCII k)."""
    rng = random.Random(20261130)
    alphabets = [
        "ab", "abc", "0123456789", "xyz{|", "89:;", "/0123", "aaaa\n", string.ascii_letters + string.digits,
        "αβγδεζ", "\u212aKkLlMm", "ABCDEFG", "9AZaz", "-_=!", "١٢٣٤٥",
    ]
    out = ["", "a", "\n\n\n\n\n\n", "abcdef", "ABCDEF", "123456", "aaaaa", "sk-proj-0123abcd",
           "q" * 45, string.ascii_lowercase * 2, string.digits + string.ascii_lowercase]
    for _ in range(count):
        alphabet = rng.choice(alphabets)
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))))
    return out


@pytest.mark.parametrize("length", [None, 1, 2, 3, 6, 11, 30])
def test_shortcuts_find_the_runs_the_walk_finds(length):
    vocab = VOCAB
    if length is not None:  # the thresholds come from the catalogue: try others too
        vocab = object.__new__(Vocabulary)
        vocab.__dict__.update(VOCAB.__dict__)
        vocab.repeat_run = vocab.sequence_run = length
    found = 0
    for value in values():
        repeats = vocab._repeats(value)
        assert repeats == walked_repeats(vocab, value), value
        lowered = value.lower()
        ascending = vocab._ascending(lowered)
        assert ascending == walked_ascending(vocab, lowered), value
        found += bool(repeats) + bool(ascending)
    # The values do hold runs: both paths were compared where there is one to find.
    assert found > (100 if (length or 0) <= 6 else 0)


def test_value_verdicts_on_known_shapes():
    # A run long enough to be a person's is a placeholder; a random value is not.
    assert VOCAB.is_placeholder("sk-aaaaaaaaaaaaaaaaaaaa")
    assert VOCAB.is_placeholder("abcdefghijkl0123456789")
    assert VOCAB.is_secret_value("Xq7vR2mZp9LwK4tB8nYc")
