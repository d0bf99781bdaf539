"""The message rules' reading of which binding a later field read speaks for
(dataflow/interpreter.py, _binding_segments): `reply = resp.json()` logged, then
`reply["access_token"]` read, says the logged reply held the token, unless the name was
bound again on every path before that read."""

from __future__ import annotations

import libcst as cst
import pytest

from modelred_lint.dataflow.interpreter import _binding_segments
from modelred_lint.node_walk import descendants

WRITERS = frozenset({"info", "debug", "print"})
FIELD_CALLS = frozenset({"get"})


def bindings_read(code: str) -> dict[str, list[bool]]:
    """Each bound name's bindings in the order of the text: is a field read after it
    taken to say what it holds?"""
    function = cst.parse_module(code).body[0]
    read = _binding_segments(function.body, FIELD_CALLS, WRITERS)
    out: dict[str, list[bool]] = {}
    for node in descendants(function.body):
        if type(node) is cst.AssignTarget and type(node.target) is cst.Name:
            out.setdefault(node.target.value, []).append(read[id(node.target)])
    return out


CASES = [
    pytest.param(
        """
def f(resp):
    body = resp.text()
    body = resp.json()
    return body["access_token"]
""",
        {"body": [False, True]},
        id="bound-again-before-the-read",
    ),
    pytest.param(
        """
def f(resp, ok):
    body = resp.text()
    if ok:
        body = resp.json()
    return body["access_token"]
""",
        {"body": [True, True]},
        id="bound-again-on-one-path-only",
    ),
    pytest.param(
        """
def f(resp):
    body = resp.json()
    token = body["access_token"]
    body = resp.text()
    print(body)
    return token
""",
        {"body": [True, True], "token": [False]},
        id="read-before-it-is-bound-again",
    ),
    pytest.param(
        """
def f(resp):
    data = resp.json()
    data = normalise(data)
    return data["access_token"]
""",
        # (the value is read before the target is bound: normalise() reads the first)
        {"data": [True, True]},
        id="handed-whole-in-its-own-rebinding",
    ),
    pytest.param(
        """
def f(resp):
    data = resp.json()
    data = data["result"]
    return data
""",
        # (and a read before a binding counts for it too, as in the case above)
        {"data": [True, True]},
        id="subscript-in-its-own-rebinding",
    ),
    pytest.param(
        """
def f(resp):
    data = resp.json()
    print(data)
    data = {}
    return data.get("access_token")
""",
        # (print shows the first binding but reads none of its fields)
        {"data": [False, True]},
        id="a-writer-is-no-read",
    ),
]


@pytest.mark.parametrize(("code", "expected"), CASES)
def test_which_binding_a_field_read_speaks_for(code, expected):
    assert bindings_read(code) == expected
