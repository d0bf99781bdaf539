"""Shapes whose cost is not their size (issue 12): a key must still be found in a file
LibCST would choke on, and no step may be quadratic in a chain's length.

The keys here are made up on the spot (random characters), never issued ones."""

from __future__ import annotations

import secrets
import string
import time

from modelred_lint.catalogue import load_catalogue
from modelred_lint.engine import Plan, lint_bytes
from modelred_lint.parsing import MAX_EXPRESSION_DEPTH, expression_depth
from modelred_lint.token_keys import key_findings
from modelred_lint.worker_pool import _chunks

PLAN = Plan.build(load_catalogue().ids)
KEY = "mr_" + "".join(secrets.choice(string.ascii_lowercase + string.digits) for _ in range(40))
HEAD = f'"""A hostile shape."""\nMODELRED_API_KEY = "{KEY}"\n'


def _lint(text: str):
    start = time.perf_counter()
    result = lint_bytes("hostile.py", text.encode(), PLAN)
    return result.findings, time.perf_counter() - start


def _codes_at(findings) -> set[tuple[str, int]]:
    return {(f.rule, f.line) for f in findings}


def test_a_long_sum_keeps_its_key_and_is_fast():
    findings, took = _lint(HEAD + "total = " + " + ".join(["1"] * 5000) + "\n")
    assert ("MR001", 2) in _codes_at(findings), "the key escaped"
    assert any(f.rule == "MR000" and "only keys" in f.message for f in findings)
    assert took < 5, f"{took:.1f} s"


def test_a_deep_subscript_keeps_its_key_and_is_fast():
    findings, took = _lint(HEAD + "value = a" + "[0]" * 1500 + "\n")
    assert ("MR001", 2) in _codes_at(findings), "the key escaped"
    assert any(f.rule == "MR000" and f.line == 3 for f in findings)
    assert took < 5, f"{took:.1f} s"


def test_a_key_in_a_comment_of_a_too_deep_file_is_reported_as_in_a_comment():
    text = "x = a" + "[0]" * 1500 + "\n# the old key was " + KEY + "\n"
    findings, _ = _lint(text)
    assert [f.line for f in findings if f.rule == "MR001"] == [2]
    assert all(KEY not in f.message for f in findings)
    assert any("in a comment" in f.message for f in findings if f.rule == "MR001")


def test_a_key_split_over_implicitly_concatenated_strings_is_joined():
    half = len(KEY) // 2
    text = f'KEY = ("{KEY[:half]}"\n       "{KEY[half:]}")\nx = a' + "[0]" * 1500 + "\n"
    findings, _ = _lint(text)
    assert ("MR001", 1) in _codes_at(findings)


def test_tokens_and_tree_agree_on_keys_of_an_ordinary_file():
    text = HEAD + f'# rotated: {KEY}\nclient = make(api_key="{KEY}")\n'
    by_tree = [f for f in lint_bytes("a.py", text.encode(), PLAN).findings if f.rule in ("MR001", "MR002")]
    by_tokens = key_findings("a.py", text, frozenset({"MR001", "MR002"}), PLAN)
    assert [(f.rule, f.line, f.col) for f in by_tokens] == [(f.rule, f.line, f.col) for f in by_tree]
    assert [f.message for f in by_tokens] == [f.message for f in by_tree]


def test_a_long_literal_sum_below_the_limit_is_linear():
    # 900 parts (under MAX_EXPRESSION_DEPTH): LibCST parses it; the rule reads it once,
    # not once per `+` (which took minutes on long chains).
    parts = ['" "'] * 899 + [f'"{KEY}"']
    findings, took = _lint("value = " + " + ".join(parts) + "\n")
    assert ("MR001", 1) in _codes_at(findings)
    assert took < 10, f"{took:.1f} s"


def test_depth_is_measured_only_where_it_can_be_large():
    assert expression_depth("x = 1 + 2\n") == 0  # too short to look at
    assert 300 <= expression_depth("x = " + " + ".join(["1"] * 300) + "\n") <= MAX_EXPRESSION_DEPTH


def test_large_items_go_out_in_chunks_of_their_own():
    weights = [1000, 900, 800] + [1] * 40
    chunks = _chunks(len(weights), 16, weights, 2)
    assert chunks[:3] == [[0], [1], [2]]
    assert sorted(i for chunk in chunks for i in chunk) == list(range(len(weights)))


def test_a_huge_file_is_cut_at_top_level_statements_keeping_lines_and_imports():
    from modelred_lint.chunking import chunks

    body = "".join(f"@decorate\ndef f{i}(x):\n    return (x +\n            {i})\n\n" for i in range(200))
    text = "import os\nfrom a import (b,\n    c)\n" + body
    pieces = chunks(text, 2_000)
    assert len(pieces) > 3
    lines = text.splitlines()
    for piece in pieces:
        piece_lines = piece.splitlines()
        assert len(piece_lines) == len(lines)
        assert piece_lines[:3] == lines[:3]  # the imports, in every piece
        compile(piece, "<piece>", "exec")  # cut between statements, never inside one
    for number, line in enumerate(lines[3:], start=3):
        holders = [p for p in pieces if p.splitlines()[number]]
        assert len(holders) == (1 if line else 0), number


# -- a wide module: as many names as lines (issue 12's "linear whatever its shape") -------

from modelred_lint import text_reads  # noqa: E402
from modelred_lint.dataflow.labels import EMPTY, Env  # noqa: E402


class _NoWalk(dict):
    """A name table that fails when it is walked whole."""

    def __iter__(self):
        raise AssertionError("binding one name walked every name")


def test_binding_a_name_reads_only_the_paths_it_drops():
    env = Env({f"p{i}": EMPTY for i in range(1000)})
    env.put("cfg.api_key", frozenset({"secret"}))
    env.put("cfg.llm.token", frozenset({"secret"}))
    env.put("cfgx", frozenset({"other"}))
    branch = env.copy()
    env.vars = _NoWalk(env.vars)
    env.set("p7", EMPTY)
    env.set("cfg", EMPTY)
    assert "cfg.api_key" not in env.vars and "cfg.llm.token" not in env.vars
    assert env.get("cfgx") == frozenset({"other"})  # (a longer name is no path of it)
    assert branch.get("cfg.llm.token") == frozenset({"secret"})  # (a copy keeps its own)
    branch.set("cfg.llm", EMPTY)
    assert "cfg.llm.token" not in branch.vars and "cfg.api_key" in branch.vars
    joined = Env.join([Env({"x": EMPTY}), Env({"cfg.api_key": EMPTY})])
    joined.set("cfg", EMPTY)
    assert "cfg.api_key" not in joined.vars  # (a path a join brought in is dropped too)


def test_a_text_is_indexed_once_for_all_the_names_read_in_it(monkeypatch):
    made, searched = [], []
    index, search = text_reads._index, text_reads._search
    monkeypatch.setattr(text_reads, "_index", lambda text: made.append(len(text)) or index(text))
    monkeypatch.setattr(text_reads, "_search", lambda text, name: searched.append(name) or search(text, name))
    monkeypatch.setattr(text_reads, "_last", None)
    text = "".join(f"p{i} = p{i - 1}\n" for i in range(1, 2000)) + "my_cfg['x'] = 1\ncafe\u0301['k'] = 2\n"
    assert not any(text_reads.subscripted_in(text, f"p{i}") for i in range(2000))
    assert not text_reads.subscripted_in(text, "cfg")  # (a whole name only)
    assert text_reads.subscripted_in(text, "my_cfg")
    assert text_reads.subscripted_in(text, "cafe\u0301")  # (a combining mark is part of a name)
    # the first names searched one by one, then the whole text indexed once
    assert len(searched) == text_reads.SEARCHED_NAMES and made == [len(text)]


def test_a_name_searched_alone_is_found_where_the_index_finds_it():
    import random

    rng = random.Random(20261207)
    pieces = ["a", "b", "_", "1", " ", "\n", "[", ".", "\u00e9", "#", "(", "aa", "ab", "\r", "\\"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        index = text_reads._index(text)
        for name in [*list(index)[:6], "a", "aa", "ab", "b_1", "\u00e9", "", "a b", "a.b", "zz"]:
            assert text_reads._search(text, name) == index.get(name, []), (text, name)


def test_a_name_search_is_linear_inside_long_stretches():
    import time

    text = "a" * 400_000 + " aaa"  # each place inside the long stretch could start `aaa`
    start = time.process_time()
    assert text_reads._search(text, "aaa") == [len(text)]
    assert text_reads._search(text, "a" * 1000) == []
    assert time.process_time() - start < 0.5


def test_a_module_of_twenty_thousand_names_is_linted_in_linear_time():
    # p20000 = p19999 ... p0 = ".env", then a function reading the file and logging it:
    # binding each name used to walk every name bound before it (50 s at 20,000)
    lines = [f"p{i} = p{i - 1}" for i in range(20_000, 0, -1)]
    text = "import json, logging\n" + "\n".join(lines) + '\np0 = ".env"\n' \
        "def load():\n    data = json.load(open(p20000))\n    logging.info('loaded %s', data)\n"
    _, took = _lint(text)
    assert took < 10, f"{took:.1f} s"
