"""The key-literal rules' exact prefilter stage on the raw text (key_text.py, issue 12):
every key the rules report passes it, wherever the literal's value and its text differ
(concatenations, escapes, continued lines); a prefix alone (`task-`, `hf_token`) does
not; and it reads hostile text in linear time.

Every key here is random and invented (a fixed seed); failures name the case, not the key.
"""

from __future__ import annotations

import random
import string
import time

import pytest

from modelred_lint.catalogue import load_catalogue
from modelred_lint.engine import Plan, lint_bytes
from modelred_lint.key_text import is_plain, may_hold_key
from modelred_lint.keyscan import compile_patterns
from modelred_lint.triggers import ScanText

CATALOGUE = load_catalogue()
WITH = Plan.build(("MR001", "MR002"))
WITHOUT = Plan.build(("MR001", "MR002"), use_prefilter=False)
VOCAB = WITH.knowledge.vocab
ALNUM = string.ascii_letters + string.digits
_rng = random.Random(20261202)
KEY = "sk-" + "".join(_rng.choice(ALNUM) for _ in range(40))
HEAD, TAIL = KEY[:20], KEY[20:]
MR_KEY = "mr_" + "".join(_rng.choice(ALNUM) for _ in range(32))

# Sources whose key the rules report, each a way a literal's value differs from its text.
REPORTED = {
    "plain literal": f'x = "{KEY}"\n',
    "in a comment": f"# old key {KEY} rotated\n",
    "in a docstring": f'def f():\n    """Use {KEY} here."""\n',
    "in an f-string": f'x = f"{{a}}{KEY}"\n',
    "a ModelRed key": f'k = "{MR_KEY}"\n',
    "joined literals": f'x = "{HEAD}" "{TAIL}"\n',
    "joined across lines": f'x = ("{HEAD}"  # first half\n     "{TAIL}")\n',
    "joined with no space": f'x = "{HEAD}""{TAIL}"\n',
    "a literal sum": f'x = "{HEAD}" + "{TAIL}"\n',
    "a bracketed sum": f'x = ("{HEAD}") + "{TAIL}"\n',
    "a continued line inside the literal": f'x = "{HEAD}\\\n{TAIL}"\n',
    "an escape before the key": f'x = "line\\n{KEY}"\n',
    "a prefixed literal joined": f'x = "{HEAD}" r"{TAIL}"\n',
}


def _codes(plan, source: str) -> list[tuple]:
    return [(f.rule, f.line) for f in lint_bytes("case.py", source.encode(), plan).findings]


@pytest.mark.parametrize("case", sorted(REPORTED))
def test_every_reported_key_passes_the_exact_stage(case):
    source = REPORTED[case]
    found = _codes(WITHOUT, source)
    assert found, f"{case}: the rules report nothing (the case tests nothing)"
    assert _codes(WITH, source) == found, f"{case}: the prefilter lost a finding"


# A prefix alone, or a made-up value: the rules report nothing, and the stage passes none.
QUIET = {
    "a word holding the prefix": "def run_task():\n    return 'task-queue'\n",
    "a name holding the prefix": "hf_token = os.environ['HF_TOKEN']\nlog.info('hf_hub ready')\n",
    "a placeholder": "client = OpenAI(api_key='sk-your-key-here')\n",
    "a short value": "x = 'sk-abc'\n",
    "documentation": '"""Set OPENAI_API_KEY=sk-... in your shell."""\n',
}


@pytest.mark.parametrize("case", sorted(QUIET))
def test_a_prefix_alone_does_not_pass(case):
    source = QUIET[case]
    assert _codes(WITHOUT, source) == []
    assert WITH.prefilter.codes_for(source, {"MR001", "MR002"}) == set()


def test_the_catalogue_formats_are_plain_and_a_loose_one_is_not():
    assert all(is_plain(p) for p in VOCAB.free_patterns)
    made = {name: compile_patterns("MR002", [{"name": name, "regex": regex, "prefix": "acme_"}])[0]
            for name, regex in {"plain": "acme_[A-Za-z0-9]{32}", "any": "acme_.{32}", "negated": 'acme_[^"]{32}',
                                "not space": r"acme_\S{32}", "look-ahead": "acme_[a-z]{32}(?![0-9])",
                                "anchored": "acme_[a-z]{32}$"}.items()}
    assert {name for name, pattern in made.items() if is_plain(pattern)} == {"plain"}


def test_a_user_format_that_is_not_plain_keeps_the_prefix_test():
    loose = Plan.build(("MR002",), {"extra-key-patterns": [{"name": "Acme", "regex": "acme_.{32}", "prefix": "acme_"}]})
    assert "MR002" in loose.prefilter.codes_for("def acme_setup(): pass\n", {"MR002"})
    assert "MR002" not in WITH.prefilter.codes_for("def acme_setup(): pass\n", {"MR002"})


@pytest.mark.parametrize("text", [
    "x = '" + "sk-" * 60_000 + "'" + " " * 60_000 + "\n",  # one run, one quote: read once
    ("'sk-a'\n" + "#" * 50 + "\n") * 20_000,  # many quotes, each read once
    "\\" * 100_000 + "sk-",
])
def test_hostile_text_is_read_in_linear_time(text):
    patterns = [p for p in VOCAB.free_patterns if p.rule == "MR002"]
    start = time.process_time()
    may_hold_key(text, patterns, VOCAB)
    assert time.process_time() - start < 1.0


def test_the_stage_reads_the_text_it_is_given():
    scan = ScanText(f'x = "{KEY}"\n', WITH.knowledge)
    stages = [t.exact for t in WITH.prefilter.triggers["MR002"] if t.exact is not None]
    assert stages and any(stage(scan) for stage in stages)
