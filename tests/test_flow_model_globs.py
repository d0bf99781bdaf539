"""flow_model.matches reads `*` patterns piece by piece rather than through fnmatch's
regular expressions: it must give fnmatch.fnmatchcase's answers."""

from __future__ import annotations

import fnmatch
import random

import pytest

from modelred_lint import registry
from modelred_lint.catalogue import load_catalogue
from modelred_lint.flow_model import matches
from modelred_lint.globs import star_glob as _glob
from modelred_lint.knowledge import Knowledge

SETS = ("validators", "sanitizers", "secret_calls", "redactors", "log_receivers", "token_providers",
        "parser_errors", "text_token_functions", "url_error_types")


def _model():
    values = {name: option.default for name, option in registry.options().items()}
    return Knowledge.build(load_catalogue(), values).dataflow


def _names(rng: random.Random, patterns) -> set[str]:
    names = set()
    for pattern in patterns:
        for fill in ("", "x", "ab_c", "*", "token", "**"):
            names.add(pattern.replace("*", fill))
        names |= {pattern.upper(), pattern + "s", "x" + pattern, pattern[1:], pattern[:-1]}
    alphabet = "abcx_*Tok"
    names |= {"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))) for _ in range(2000)}
    return names


def test_the_models_patterns_answer_as_fnmatch():
    model = _model()
    rng = random.Random(3)
    hits = 0
    for attribute in SETS:
        patterns = getattr(model, attribute)
        assert patterns, attribute
        for name in _names(rng, patterns):
            expected = bool(name) and any(fnmatch.fnmatchcase(name, p) for p in patterns)
            assert matches(name, patterns) == expected, (attribute, name)
            hits += expected
    assert hits > 100  # (the names do match, not only miss)


@pytest.mark.parametrize("seed", range(10))
def test_random_star_patterns_answer_as_fnmatch(seed):
    rng = random.Random(seed)
    alphabet = "ab*"
    for _ in range(300):
        pattern = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
        for _ in range(20):
            name = "".join(rng.choice("ab") for _ in range(rng.randint(0, 8)))
            assert _glob(pattern)(name) == fnmatch.fnmatchcase(name, pattern), (pattern, name)


def test_other_patterns_go_to_fnmatch():
    assert _glob("a?c")("abc") and not _glob("a?c")("ac")
    assert _glob("[ab]x")("bx") and not _glob("[ab]x")("cx")
