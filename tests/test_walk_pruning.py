"""The walk leaves out white space, punctuation and names unless a participant reads
them (tree_walk.BatchedWalk): MR001/MR002 read comments only where the text from a
line's first `#` holds a key (KeyLiterals.unread_node_types). What it leaves out must
never be what a rule reports: every finding is the same with and without the pruning."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from modelred_lint import tree_walk
from modelred_lint.catalogue import load_catalogue
from modelred_lint.checks.key_literals import KeyLiterals
from modelred_lint.engine import Plan, lint_bytes

ROOT = Path(__file__).resolve().parent.parent
PLAN = Plan.build(load_catalogue().ids, use_prefilter=False)
ALNUM = string.ascii_letters + string.digits
_rng = random.Random(20261204)
KEY = "sk-" + "".join(_rng.choice(ALNUM) for _ in range(40))  # invented
MR_KEY = "mr_" + "".join(_rng.choice(ALNUM) for _ in range(32))  # invented

# Comments in every place LibCST hangs them from: a key in any of them is reported.
COMMENT_PLACES = {
    "own line": f"# {KEY}\nx = 1\n",
    "after a statement": f"x = 1  # {KEY}\n",
    "inside call arguments": f"f(a,  # {KEY}\n  b)\n",
    "after an opening parenthesis": f"y = (  # {MR_KEY}\n    z\n)\n",
    "inside a subscript": f"v = d[  # {KEY}\n  k]\n",
    "after a string holding a hash": f'x = f("#", 1)  # {KEY}\n',
    "after a dict entry": f'cfg = {{\n  "a": 1,  # {MR_KEY}\n  "b": 2,\n}}\n',
    "in a function's body": f"def g():\n    # {KEY}\n    return 1\n",
    "before a decorator": f"# {MR_KEY}\n@dec\ndef g():\n    pass\n",
    "after an import": f"import os  # {KEY}\n",
    # (a finding on a `case` line once failed the file: a match has cases, not a body)
    "on a case line": f"match x:\n    case 1:  # {KEY}\n        pass\n",
    "on a match line": f"match x:  # {MR_KEY}\n    case _:\n        pass\n",
}


def _codes(source: str) -> list[tuple[str, int]]:
    return sorted((f.rule, f.line) for f in lint_bytes("t.py", source.encode(), PLAN).findings)


@pytest.mark.parametrize("place", sorted(COMMENT_PLACES))
def test_a_key_in_any_comment_is_reported(place):
    codes = [code for code, _ in _codes(COMMENT_PLACES[place])]
    assert any(code in ("MR001", "MR002") for code in codes), place


def test_comments_are_not_walked_where_none_holds_a_key(monkeypatch):
    entered = []
    real = tree_walk.BatchedWalk.walk

    def counting(self, node):
        entered.append(type(node).__name__)
        return real(self, node)

    monkeypatch.setattr(tree_walk.BatchedWalk, "walk", counting)
    lint_bytes("t.py", b"def f(a, b):  # no key here\n    return g(a, b)  # nor here\n", PLAN)
    assert entered and not {"Name", "Comma", "Comment", "TrailingWhitespace"} & set(entered)
    entered.clear()
    lint_bytes("t.py", f"def f(a, b):\n    return g(a, b)  # {KEY}\n".encode(), PLAN)
    assert "Comment" in entered  # (a key in a comment: the comments are walked)


def _sources() -> list[Path]:
    files = sorted((ROOT / "fixtures").rglob("*.py")) + sorted((ROOT / "tests").glob("test_*.py"))[:40]
    return [f for f in files if f.stat().st_size < 200_000]


def test_the_same_findings_with_and_without_the_pruning(monkeypatch):
    sources = _sources()
    assert len(sources) > 40
    datas = [(str(f), f.read_bytes()) for f in sources]
    datas += [(f"place_{i}.py", s.encode()) for i, s in enumerate(COMMENT_PLACES.values())]

    def findings():
        return [sorted((f.rule, f.line, f.col, f.message) for f in lint_bytes(p, d, PLAN).findings)
                for p, d in datas]

    pruned = findings()
    monkeypatch.setattr(KeyLiterals, "unread_node_types", lambda self: frozenset())
    monkeypatch.setattr(tree_walk, "leaf_types", frozenset)
    monkeypatch.setattr(tree_walk, "trivia_types", frozenset)
    whole = findings()
    assert sum(map(len, whole)) > 50
    assert pruned == whole
