"""mapping_secret_fields reads a function's own names only where a keyed read of a
secret-named field asks whether the function shadows the module's mapping."""

from __future__ import annotations

import libcst as cst

from modelred_lint.catalogue import load_catalogue
from modelred_lint.knowledge import Knowledge
from modelred_lint.secret_uses import mapping_secret_fields

FUNCTIONS = "".join(f"def f{i}(a, b):\n    c = a + b\n    return c\n\n" for i in range(50))
MODULE = FUNCTIONS + '''
def shows():
    return azure["api_key"]


def shadows(azure):
    return azure["api_key"]
'''


def test_only_the_functions_with_a_keyed_read_have_their_names_read():
    vocab = Knowledge.build(load_catalogue(), {}).vocab
    asked = []

    def local_names(function):
        asked.append(function.name.value)
        return {p.name.value for p in function.params.params}

    found = mapping_secret_fields(cst.parse_module(MODULE), vocab, local_names)
    assert found == {"azure": frozenset({"api_key"})}  # (the module's, read in shows(); shadowed in shadows())
    assert sorted(asked) == ["shadows", "shows"]
