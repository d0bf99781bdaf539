"""Constant tables (modelred_lint/constant_tables.py): a module constant that maps names
to plain texts, read at a literal key, is the text written there, whatever the key's
name says. A sandbox runner's shape, written afresh: the variables' names kept in a
policy module, the error naming the variable to set."""

from __future__ import annotations

from pathlib import Path

from helpers import lint_file, write_package

from modelred_lint.engine import Plan

POLICY = '''
from types import MappingProxyType

RUNTIME_ENV_BY_KEY = MappingProxyType({
    "proxy_token": "ACME_SANDBOX_PROXY_TOKEN",
    "proxy_url": "ACME_SANDBOX_PROXY_URL",
})

# filled in at start-up: what it holds later is not what is written here
RUNTIME_VALUES = {"proxy_token": "unset"}


def load(environ):
    RUNTIME_VALUES["proxy_token"] = environ["ACME_SANDBOX_PROXY_TOKEN"]
'''

CLIENT = '''
from acme.policy import {table}


def proxy_headers(config):
    token = config.proxy_token
    if token is None:
        raise RuntimeError(f"{{{table}['proxy_token']}} must be set when the sandbox proxy is on.")
    return {{"X-Proxy-Token": token}}
'''

PLAN = Plan.build(["MR020", "MR021"])
NO_PREFILTER = Plan.build(["MR020", "MR021"], use_prefilter=False)


def project(root: Path, table: str) -> Path:
    write_package(root, {"acme/policy.py": POLICY, "acme/client.py": CLIENT.format(table=table)})
    return root / "acme" / "client.py"


def test_an_imported_table_of_variable_names_gives_the_name_written_there(tmp_path):
    client = project(tmp_path, "RUNTIME_ENV_BY_KEY")
    for plan in (PLAN, NO_PREFILTER):
        assert lint_file(client, plan).findings == []


def test_a_table_its_module_changes_says_nothing_of_what_it_holds(tmp_path):
    client = project(tmp_path, "RUNTIME_VALUES")
    for plan in (PLAN, NO_PREFILTER):
        assert [(f.rule, f.line) for f in lint_file(client, plan).findings] == [("MR020", 8)]


def test_without_the_policy_module_the_field_is_read_by_its_name(tmp_path):
    client = project(tmp_path, "RUNTIME_ENV_BY_KEY")
    (tmp_path / "acme" / "policy.py").unlink()
    assert [(f.rule, f.line) for f in lint_file(client, PLAN).findings] == [("MR020", 8)]


def test_a_table_the_importer_changes_is_not_read_as_written(tmp_path):
    client = project(tmp_path, "RUNTIME_ENV_BY_KEY")
    text = client.read_text(encoding="utf-8") + "\n\ndef configure(env):\n    RUNTIME_ENV_BY_KEY.update(env)\n"
    client.write_text(text, encoding="utf-8")
    assert [(f.rule, f.line) for f in lint_file(client, PLAN).findings] == [("MR020", 8)]


def test_a_table_bound_twice_is_not_read_as_written(tmp_path):
    client = project(tmp_path, "RUNTIME_ENV_BY_KEY")
    policy = tmp_path / "acme" / "policy.py"
    policy.write_text(policy.read_text(encoding="utf-8")
                      + "\n\nif __debug__:\n    RUNTIME_ENV_BY_KEY = dict(load_overrides())\n", encoding="utf-8")
    assert [(f.rule, f.line) for f in lint_file(client, PLAN).findings] == [("MR020", 8)]
