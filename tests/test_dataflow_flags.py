"""Flag parameters (modelred_lint/dataflow/flags.py): a parameter that only chooses a
branch is fixed by a call's literal, and the function summarised for that choice."""

from __future__ import annotations

import libcst as cst

from modelred_lint.dataflow.flags import constant_truth, flag_parameters, known_flags


def _function(code: str) -> cst.FunctionDef:
    return cst.parse_module(code).body[0]


def _call(code: str) -> cst.Call:
    return cst.parse_expression(code)


PROMPT = '''
def prompt(label, default="", secret=False, *, hide=None, echo=True):
    if secret:
        value = getpass.getpass(label)
    elif not hide:
        value = input(label)
    value = value.strip() if echo else value
    return value or default
'''


def test_the_parameters_a_branch_tests_whole_are_flags_with_their_literal_defaults():
    flags = flag_parameters(_function(PROMPT))
    assert flags == ((None, "echo", True), (None, "hide", False), (2, "secret", False))


def test_a_parameter_bound_again_or_tested_within_an_expression_is_no_flag():
    code = '''
def f(a, b=False, c=False, d=True):
    if a:
        a = a.strip()
    if b and c:
        pass
    for d in range(3):
        pass
    if d:
        pass
    def inner(b):
        if b:
            pass
'''
    assert flag_parameters(_function(code)) == ()


def test_a_call_fixes_flags_by_keyword_by_position_or_by_default():
    flags = flag_parameters(_function(PROMPT))
    assert known_flags(flags, _call('prompt("x")')) == {("echo", True), ("hide", False), ("secret", False)}
    assert ("secret", True) in known_flags(flags, _call('prompt("x", "", True)'))
    assert ("secret", True) in known_flags(flags, _call('prompt("x", secret=1)'))
    # (a value that is not a literal leaves the flag open; an unpacked call fixes nothing)
    assert {name for name, _ in known_flags(flags, _call('prompt("x", secret=flag)'))} == {"echo", "hide"}
    assert known_flags(flags, _call('prompt("x", **options)')) == frozenset()


ESCAPED = '"\\s"'  # an escape Python does not know: not evaluated (it warns)
TRIPLE = '""""""'  # an empty triple-quoted string


def test_the_truth_of_literals():
    truths = {code: constant_truth(cst.parse_expression(code)) for code in
              ("True", "False", "None", "0", "1", "0.0", '""', '"x"', "name", 'f"{x}"', "[]", ESCAPED, TRIPLE)}
    assert truths == {"True": True, "False": False, "None": False, "0": False, "1": True, "0.0": False,
                      '""': False, '"x"': True, "name": None, 'f"{x}"': None, "[]": None,
                      ESCAPED: None, TRIPLE: False}
