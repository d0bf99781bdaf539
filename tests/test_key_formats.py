"""Random keys of every format the catalogue knows are found (issue 13, item 4).

Keys are generated here, with a fixed seed, in the shapes providers issue them
(rules/MR001.yaml, rules/MR002.yaml, /work/shared/SDK.md): alphabet, length, fixed
markers. Before the fix, 2,000 of each missed a few (a placeholder word or a run of
one character by chance inside random text, a lowercase run, an AWS key id with no
digit, every ASIA key, one Google key in thirteen). Made-up values stay unreported.

Every key here is random and invented; failures show keys redacted.
"""

from __future__ import annotations

import random
import string
from typing import Callable

import pytest

from modelred_lint.catalogue import load_catalogue
from modelred_lint.keyscan import redact
from modelred_lint.knowledge import Knowledge

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "_-"
HEX = "0123456789abcdef"
CAPITALS = string.ascii_uppercase + string.digits
BASE32 = string.ascii_uppercase + "234567"  # what AWS key ids are written with
SEED = 1312
PER_FORMAT = 300


def _random(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


# name -> (the catalogue pattern that must claim it, a generator)
FORMATS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "mr_ 32": ("ModelRed API key", lambda g: "mr_" + _random(g, ALNUM, 32)),
    "mr_ 40": ("ModelRed API key", lambda g: "mr_" + _random(g, ALNUM, 40)),
    "mr_live_": ("ModelRed API key", lambda g: "mr_live_" + _random(g, ALNUM, 28)),
    "sk-proj- 48": ("OpenAI API key", lambda g: "sk-proj-" + _random(g, ALNUM, 48)),
    "sk-proj- 164": (
        "OpenAI API key",
        lambda g: "sk-proj-" + _random(g, URLSAFE, 74) + "T3BlbkFJ" + _random(g, URLSAFE, 74),
    ),
    "sk-svcacct-": (
        "OpenAI API key",
        lambda g: "sk-svcacct-" + _random(g, URLSAFE, 74) + "T3BlbkFJ" + _random(g, URLSAFE, 74),
    ),
    "sk-admin-": (
        "OpenAI API key",
        lambda g: "sk-admin-" + _random(g, URLSAFE, 74) + "T3BlbkFJ" + _random(g, URLSAFE, 74),
    ),
    "sk- legacy": ("OpenAI API key", lambda g: "sk-" + _random(g, ALNUM, 20) + "T3BlbkFJ" + _random(g, ALNUM, 20)),
    "sk- 48": ("OpenAI API key", lambda g: "sk-" + _random(g, ALNUM, 48)),
    "sk-ant-api03-": ("Anthropic API key", lambda g: "sk-ant-api03-" + _random(g, URLSAFE, 93) + "AA"),
    "sk-ant-admin01-": ("Anthropic API key", lambda g: "sk-ant-admin01-" + _random(g, URLSAFE, 93) + "AA"),
    "sk-or-v1-": ("OpenRouter API key", lambda g: "sk-or-v1-" + _random(g, HEX, 64)),
    "hf_ letters": ("Hugging Face token", lambda g: "hf_" + _random(g, string.ascii_letters, 34)),
    "hf_ mixed": ("Hugging Face token", lambda g: "hf_" + _random(g, ALNUM, 34)),
    "xai-": ("xAI API key", lambda g: "xai-" + _random(g, ALNUM, 80)),
    "AIza": ("Google API key", lambda g: "AIza" + _random(g, URLSAFE, 35)),
    "AKIA": ("AWS access key id", lambda g: "AKIA" + _random(g, BASE32, 16)),
    "AKIA 36": ("AWS access key id", lambda g: "AKIA" + _random(g, CAPITALS, 16)),
    "ASIA": ("AWS access key id", lambda g: "ASIA" + _random(g, BASE32, 16)),
}
# Formats recognised only by the name they are bound to.
BOUND = {
    "AWS secret access key": (
        "aws_secret_access_key",
        lambda g: _random(g, ALNUM + "/+", 40),
    ),
}


@pytest.fixture(scope="module")
def vocab():
    return Knowledge.build(load_catalogue(), {}).vocab


def _found(vocab, key: str) -> str | None:
    """The name of the pattern that claims the whole key in a line of code."""
    line = f'VALUE = "{key}"'
    start = line.index(key)
    for match in vocab.scan(line):
        if (match.start, match.end) == (start, start + len(key)):
            return match.pattern.name
    return None


def test_every_catalogue_format_has_a_generator(vocab):
    """A new key format in the catalogue needs its shape here too."""
    rng = random.Random(SEED)
    samples = [make(rng) for _, make in FORMATS.values()]
    for pattern in vocab.free_patterns:
        assert any(pattern.regex.fullmatch(s) for s in samples), f"no generated key of {pattern.name}"
    bound = [make(rng) for _, make in BOUND.values()]
    for pattern in vocab.bound_patterns:
        assert any(pattern.regex.fullmatch(s) for s in bound), f"no generated key of {pattern.name}"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_random_keys_of_every_format_are_found(vocab, fmt):
    expected, make = FORMATS[fmt]
    rng = random.Random(f"{SEED}-{fmt}")
    missed = []
    for _ in range(PER_FORMAT):
        key = make(rng)
        if _found(vocab, key) != expected:
            missed.append(redact(key, key[:4]))
    assert not missed, f"{len(missed)} of {PER_FORMAT} {fmt} keys missed: {missed[:5]}"


@pytest.mark.parametrize("name", sorted(BOUND))
def test_random_bound_keys_are_found(vocab, name):
    target, make = BOUND[name]
    rng = random.Random(f"{SEED}-{name}")
    missed = [redact(key) for key in (make(rng) for _ in range(PER_FORMAT)) if vocab.bound_key(target, key) is None]
    assert not missed, f"{len(missed)} of {PER_FORMAT} missed: {missed[:5]}"


def test_keys_are_found_end_to_end(lint):
    """The whole linter (prefilter, walk, claims) reports each key on its line."""
    rng = random.Random(SEED)
    lines = []
    for fmt in sorted(FORMATS):
        for _ in range(10):
            lines.append(f'VALUE_{len(lines)} = "{FORMATS[fmt][1](rng)}"')
    for _ in range(10):
        lines.append(f'aws_secret_access_key = "{BOUND["AWS secret access key"][1](rng)}"')
    findings = lint("\n".join(lines) + "\n", path="keys.py")
    flagged = {f.line for f in findings if f.rule in ("MR001", "MR002")}
    missing = sorted(set(range(1, len(lines) + 1)) - flagged)
    assert not missing, f"lines without a key finding: {missing[:10]}"


# A chance sign inside random text does not hide a key ...
def _with(rng: random.Random, sign: str) -> str:
    body = _random(rng, ALNUM, 36)
    return "mr_" + body[:16] + sign + body[16:]


@pytest.mark.parametrize("sign", ["here", "TeSt", "xxx", "XXX", "Mock", "55555", "defghi", "todo"])
def test_a_chance_sign_inside_a_random_key_does_not_hide_it(vocab, sign):
    rng = random.Random(f"{SEED}-{sign}")
    for _ in range(20):
        key = _with(rng, sign)
        assert _found(vocab, key) == "ModelRed API key", redact(key, "mr_")


# ... but made-up values, where the signs are most of it, stay unreported.
MADE_UP = [
    "mr_your_key_here",
    "mr_YourModelRedKeyHere",
    "mr_xxxxxxxxxxxxxxxxxxxxxxxx",
    "mr_1234567890abcdefghij",
    "mr_aaaaaaaaaaaaaaaaaaaaaaaa1",
    "mr_ProcessPoolExecutorFactory",
    "mr_thisisnotarealmodelredkey",
    "sk-proj-REPLACEWITHYOURKEY1234abcd",
    "sk-proj-yourprojectkeygoeshere1234567890",
    "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "hf_transformers_default_model",
    "hf_HuggingFaceTokenGoesHereForYou",
    "AKIAIOSFODNN7EXAMPLE",
    "AKIA0000000000000000",
    "AKIAXXXXXXXXXXXXXXXX",
    "AKIA1234567890ABCDEF",
    "ASIAYOURTEMPKEYHERE1",
    "AIzaSy-your-google-maps-api-key-here12",
    "sk-or-v1-" + "0" * 64,
    "xai-" + "ab" * 20 + "your_xai_key_here" + "cd" * 10,
]


@pytest.mark.parametrize("value", MADE_UP)
def test_made_up_values_are_not_keys(vocab, value):
    assert _found(vocab, value) is None


@pytest.mark.parametrize(
    "value",
    ["mr_your_key_here_please_1", "YourKeyHere", "aaaaaaaaaaaaaaaaaaaa", "0123456789abcdef", "ProcessPoolExecutorFactory"],
)
def test_made_up_values_are_not_secret_values(vocab, value):
    """MR004's test follows the same rule."""
    assert not vocab.is_secret_value(value)


def test_the_aws_documentation_secret_is_not_a_key(vocab):
    assert vocab.bound_key("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") is None
