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
