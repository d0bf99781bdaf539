"""A module function that hands its `*args` on to a log call or print is that sink for
every positional argument past its parameters (Summary.star; flow_scan's wrapped sinks,
a function with no other parameter included). Reported with and without the prefilter."""

from __future__ import annotations

import textwrap

import pytest

from modelred_lint.catalogue import load_catalogue
from modelred_lint.engine import Plan, lint_bytes

CODES = load_catalogue().ids
WITH = Plan.build(CODES)
WITHOUT = Plan.build(CODES, use_prefilter=False)

REPORTED = {
    "debug(msg, *args) over log.debug": ('''
        import logging
        log = logging.getLogger(__name__)

        def debug(msg, *args):
            log.debug(msg, *args)

        def main(api_key):
            debug("key %s", api_key)
        ''', "MR021", 5),
    "say(*parts) over print, nothing else": ('''
        import os

        def say(*parts):
            print(*parts)

        def main():
            key = os.environ["OPENAI_API_KEY"]
            say("using", key)
        ''', "MR021", 4),
    "a message made at the call": ('''
        def say(*args, **kwargs):
            print(*args, **kwargs)

        def main(api_key):
            say(f"using key {api_key}")
        ''', "MR021", 5),
}

NOT_REPORTED = {
    "the star arguments are counted, not shown": '''
        def say(*args):
            print(len(args))

        def main(api_key):
            say("using", api_key)
        ''',
    "only the parameter before the star is shown": '''
        def say(msg, *args):
            print(msg)

        def main(api_key):
            say("using a key", api_key)
        ''',
}


def _found(code: str, plan: Plan) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in lint_bytes("t.py", textwrap.dedent(code).lstrip("\n").encode(), plan).findings]


@pytest.mark.parametrize("plan", [WITH, WITHOUT], ids=["prefilter", "no-prefilter"])
@pytest.mark.parametrize("case", sorted(REPORTED))
def test_star_args_wrapper_is_a_sink(case, plan):
    code, rule, line = REPORTED[case]
    assert (rule, line) in _found(code, plan), case


@pytest.mark.parametrize("case", sorted(NOT_REPORTED))
def test_star_args_not_shown(case):
    assert not [f for f in _found(NOT_REPORTED[case], WITHOUT) if f[0] in ("MR020", "MR021")], case
