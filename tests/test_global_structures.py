"""A function that binds a name it declares `global` to a structure holding a secret
(`global cfg` ... `cfg = {"api_key": ...}`) fills the module's name for every function
that reads it: logging `cfg` elsewhere shows the key. The binding may stand on a line of
its own or in a one-line body (`if cfg is None: cfg = {...}`, `def load(): global cfg;
cfg = {...}`); each spelling is read the same, with and without the prefilter."""

from __future__ import annotations

import pytest
from helpers import findings_both_ways

from modelred_lint.engine import Plan

PLANS = (Plan.build(["MR021"]), Plan.build(["MR021"], use_prefilter=False))

HEAD = """\
import logging
import os

log = logging.getLogger(__name__)
CFG = None

"""

SHOW = """

def show():
    log.info("config: %s", CFG)
"""

FILLED = '{"api_key": os.environ["OPENAI_API_KEY"], "model": "gpt-4o"}'

SPELLINGS = {
    "lines": f"def load():\n    global CFG\n    CFG = {FILLED}\n",
    "one-line if": f"def load():\n    global CFG\n    if CFG is None: CFG = {FILLED}\n",
    "one-line def": f"def load(): global CFG; CFG = {FILLED}\n",
    "one-line else": f"def load(fresh):\n    global CFG\n    if fresh:\n        CFG = None\n    else: CFG = {FILLED}\n",
}


@pytest.mark.parametrize("spelling", SPELLINGS, ids=list(SPELLINGS))
def test_a_global_filled_on_any_line_is_reported_where_it_is_logged(tmp_path, spelling):
    code = HEAD + SPELLINGS[spelling] + SHOW
    log_line = code.splitlines().index('    log.info("config: %s", CFG)') + 1
    assert findings_both_ways(tmp_path, code, PLANS) == [("MR021", log_line)]


@pytest.mark.parametrize("spelling", SPELLINGS, ids=list(SPELLINGS))
def test_a_global_filled_without_a_secret_is_not(tmp_path, spelling):
    code = HEAD + SPELLINGS[spelling].replace('os.environ["OPENAI_API_KEY"]', '"gpt"') + SHOW
    assert findings_both_ways(tmp_path, code, PLANS) == []


# The value may come from a name the function bound before (a lazy set-up reading the key
# into a local first): the rules run such a function whole, so each line knows what the
# lines before it bound.
THROUGH_A_LOCAL = {
    "lines": 'def load():\n    global CFG\n    if CFG is None:\n        key = os.environ["OPENAI_API_KEY"]\n'
             '        CFG = {"openai": key, "model": "gpt-4o"}\n    return CFG\n',
    "one line": 'def load():\n    global CFG\n    if CFG is None: key = os.environ["OPENAI_API_KEY"]; '
                'CFG = {"openai": key}\n',
    "reset after": 'def load():\n    global CFG\n    key = os.environ["OPENAI_API_KEY"]\n'
                   '    CFG = {"openai": key}\n\n\ndef reset():\n    global CFG\n    CFG = {}\n',
}


@pytest.mark.parametrize("spelling", THROUGH_A_LOCAL, ids=list(THROUGH_A_LOCAL))
def test_a_global_filled_from_a_local_holding_a_key_is_reported(tmp_path, spelling):
    code = HEAD + THROUGH_A_LOCAL[spelling] + SHOW
    log_line = code.splitlines().index('    log.info("config: %s", CFG)') + 1
    assert findings_both_ways(tmp_path, code, PLANS) == [("MR021", log_line)]


NOT_THROUGH_A_LOCAL = {
    # the local holds no secret: a model's name read from the environment
    "plain local": 'def load():\n    global CFG\n    name = os.environ.get("MODEL_NAME", "gpt-4o")\n'
                   '    CFG = {"model": name}\n',
    # the key is read, but only whether there is one goes into the global
    "a flag only": 'def load():\n    global CFG\n    key = os.environ.get("OPENAI_API_KEY")\n'
                   '    CFG = {"model": "gpt-4o", "has_key": key is not None}\n',
    # a local holding the key, in a function that fills another global
    "another global": 'OTHER = None\n\n\ndef load():\n    global CFG, OTHER\n'
                      '    key = os.environ["OPENAI_API_KEY"]\n    OTHER = {"openai": key}\n    CFG = {"model": "gpt-4o"}\n',
}


@pytest.mark.parametrize("spelling", NOT_THROUGH_A_LOCAL, ids=list(NOT_THROUGH_A_LOCAL))
def test_a_global_filled_from_a_local_without_a_key_is_not(tmp_path, spelling):
    code = HEAD + NOT_THROUGH_A_LOCAL[spelling] + SHOW
    assert findings_both_ways(tmp_path, code, PLANS) == []
