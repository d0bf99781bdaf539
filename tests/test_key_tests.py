"""A test on a key's name, run for each field it could be (dataflow/key_tests.py): exact
where it reads only the key, literals and the module's constants; None elsewhere."""

import libcst as cst
import pytest

from modelred_lint.dataflow.key_tests import key_test

CONSTANTS = {"SECRET_WORDS": cst.parse_expression('("key", "token", "secret")'),
             "PUBLIC": cst.parse_expression('["model", "base_url"]')}
FIELDS = ("api_key", "OPENAI_API_KEY", "model", "Bot_Token")


@pytest.mark.parametrize("test, expected", [
    ('"key" in k', [True, False, False, False]),
    ('"key" in k.lower()', [True, True, False, False]),
    ('"TOKEN" in k.upper() or "KEY" in k', [False, True, False, True]),
    ('not ("key" in k)', [False, True, True, True]),
    ('k not in PUBLIC', [True, True, False, True]),
    ('k in ("api_key", "model")', [True, False, True, False]),
    ('k == "model"', [False, False, True, False]),
    ('k != "model" and k.startswith("api")', [True, False, False, False]),
    ('k.endswith(("_KEY", "_Token"))', [False, True, False, True]),
    ('any(w in k.lower() for w in SECRET_WORDS)', [True, True, False, True]),
    ('all(w not in k for w in SECRET_WORDS)', [False, True, True, True]),
])
def test_a_test_it_can_run_is_run_as_python_would(test, expected):
    node = cst.parse_expression(test)
    assert [key_test(node, "k", field, CONSTANTS.get) for field in FIELDS] == expected


@pytest.mark.parametrize("test", [
    "is_sensitive(k)",  # the project's own predicate
    're.search("key", k)',
    '"key" in k and enabled',  # a name that is neither the key nor a constant
    "k in UNKNOWN_NAMES",
    '"key" in k.split("_")',
    "any(w in k for w in words if w)",
])
def test_a_test_it_cannot_run_says_nothing(test):
    node = cst.parse_expression(test)
    assert key_test(node, "k", "api_key", CONSTANTS.get) is None
