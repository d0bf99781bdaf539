"""A module constant tested as a list of secrets' names (`if k in SECRET_FIELDS:
continue`) narrows what a loop logs only where the module never changes that constant
in place (`SECRET_FIELDS.clear()` elsewhere empties it). Whether it does is read once per
module (FlowRules.module_mutations): each function's interpretation asked again, a walk of
the whole module apiece, which made a module of many such functions quadratic."""

from __future__ import annotations

import pytest
from helpers import findings_both_ways

from modelred_lint.checks import dataflow_rules
from modelred_lint.dataflow import interpreter
from modelred_lint.engine import Plan

PLANS = (Plan.build(["MR021"]), Plan.build(["MR021"], use_prefilter=False))

HEAD = """\
import logging
import os

log = logging.getLogger(__name__)
SECRET_FIELDS = ["api_key", "token"]
"""

# Each function logs every field of a mapping that holds a key, but the key's own.
SHOW = """

def show_{n}():
    cfg = {{"api_key": os.environ["OPENAI_API_KEY"], "model": "gpt-{n}"}}
    for k, v in cfg.items():
        if k in SECRET_FIELDS:
            continue
        log.info("%s=%s", k, v)
"""

CLEARED = """

def reset():
    SECRET_FIELDS.clear()
"""


def _module(functions: int, cleared: bool) -> str:
    return HEAD + "".join(SHOW.format(n=n) for n in range(functions)) + (CLEARED if cleared else "")


@pytest.mark.parametrize("cleared", [False, True])
def test_a_constant_changed_in_place_no_longer_narrows_the_loop(tmp_path, cleared):
    found = findings_both_ways(tmp_path, _module(3, cleared), PLANS)
    # (the log call of each function, where the list may be emptied before it runs)
    assert found == ([("MR021", 13 + 8 * n) for n in range(3)] if cleared else [])


def test_the_module_is_read_once_for_what_it_changes(tmp_path, monkeypatch):
    """Forty functions ask of the same constant: one reading of the module in all, none
    of them a walk of the module by _mutated."""
    reads, module_walks = [], []
    read = dataflow_rules.mutated_names
    walk = interpreter.Interpreter._mutated

    def counted_read(body):
        reads.append(body)
        return read(body)

    def counted_walk(name, body):
        if type(body).__name__ == "Module":
            module_walks.append(name)
        return walk(name, body)

    monkeypatch.setattr(dataflow_rules, "mutated_names", counted_read)
    monkeypatch.setattr(interpreter.Interpreter, "_mutated", staticmethod(counted_walk))
    found = findings_both_ways(tmp_path, _module(40, True), PLANS)
    assert len(found) == 40
    assert len(reads) == len(PLANS) and module_walks == []
