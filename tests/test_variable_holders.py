"""Two sources of a secret by what the code calls things (rules/shared):
- an environment variable read by a name the code keeps under a secret's name
  (`os.environ[api_key_env]`, `os.getenv(key_name)`: secrets.yaml variable-name-heads;
  after a bare `key` or `token`, a secret only where the message says so);
- a service call that makes an API key (`create_api_key(...)`: dataflow.yaml
  secret-calls), whose reply carries the key (llm-venice's `api-keys create` echoes it).
Each is reported with and without the prefilter."""

from __future__ import annotations

import textwrap

import pytest

from modelred_lint.catalogue import load_catalogue
from modelred_lint.engine import Plan, lint_bytes

CODES = load_catalogue().ids
WITH = Plan.build(CODES)
WITHOUT = Plan.build(CODES, use_prefilter=False)
VOCAB = WITH.knowledge.vocab

REPORTED = {
    "a variable named by api_key_env": ('''
        import os

        def show(api_key_env):
            print(f"current value: {os.getenv(api_key_env, '')}")
        ''', "MR021", 4),
    "a subscript by an attribute's name": ('''
        import logging
        import os
        log = logging.getLogger(__name__)

        class Provider:
            def load(self):
                value = os.environ[self.secret_env_var]
                log.debug("loaded %s", value)
        ''', "MR021", 8),
    "a bare key's variable, where the message says key": ('''
        import os

        def check(key_name):
            raise ValueError(f"API key {os.environ.get(key_name)} was rejected")
        ''', "MR020", 4),
    # (a holder name bound to a secret variable's name: that variable, as before)
    "a module constant under a bare key's holder name": ('''
        import os

        KEY_NAME = "OPENAI_API_KEY"

        def show():
            print("value:", os.getenv(KEY_NAME))
        ''', "MR021", 6),
    "a loop over a constant's secret variable names": ('''
        import os

        KEY_VARS = ["OPENAI_API_KEY", "GROQ_API_KEY"]

        def show():
            for key_name in KEY_VARS:
                print("value:", os.getenv(key_name))
        ''', "MR021", 7),
    "a default naming the variable": ('''
        import os

        def show(key_env="OPENAI_API_KEY"):
            print("value:", os.getenv(key_env))
        ''', "MR021", 4),
    "a strict holder, the message silent": ('''
        import os

        def show(database_url_env):
            print("using", os.getenv(database_url_env))
        ''', "MR021", 4),
    "a created API key echoed": ('''
        import json
        import click

        def create(client, description):
            reply = client.api_keys.create_api_key(description)
            click.echo(json.dumps(reply, indent=2))
        ''', "MR021", 6),
}

NOT_REPORTED = {
    "a bare key's variable, the message silent": '''
        import os

        def show(key_name):
            print(f"current value: {os.getenv(key_name, '')}")
        ''',
    "the variable's name itself": '''
        import os

        def show(api_key_env):
            print(f"reading the key from {api_key_env}")
            return os.environ[api_key_env]
        ''',
    "a name that says nothing of a secret": '''
        import os

        def show(env_var):
            print(f"{env_var} = {os.environ[env_var]}")
        ''',
    "a loop over variable names in view": '''
        import os

        def show():
            for secret_name in ("APP_REGION", "APP_PORT"):
                print(secret_name, "=", os.getenv(secret_name))
        ''',
    "a local bound to a variable name in view": '''
        import os

        def show():
            key_name = "LOG_LEVEL"
            print("config key", key_name, "=", os.getenv(key_name))
        ''',
    "a cache key's name": '''
        import os

        def show(cache_key_name):
            print(f"value: {os.getenv(cache_key_name)}")
        ''',
}


def _found(code: str, plan: Plan) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in lint_bytes("t.py", code.encode(), plan).findings]


@pytest.mark.parametrize("plan", [WITH, WITHOUT], ids=["prefilter", "no-prefilter"])
@pytest.mark.parametrize("case", sorted(REPORTED))
def test_reported(case, plan):
    code, rule, line = REPORTED[case]
    assert (rule, line) in _found(textwrap.dedent(code).lstrip("\n"), plan), case


@pytest.mark.parametrize("case", sorted(NOT_REPORTED))
def test_not_reported(case):
    code = textwrap.dedent(NOT_REPORTED[case]).lstrip("\n")
    assert not [f for f in _found(code, WITHOUT) if f[0] in ("MR020", "MR021")], case


@pytest.mark.parametrize("name, says", [
    ("api_key_env", True), ("OPENAI_API_KEY_ENV_VAR", True), ("password_var", True), ("secret_name", True),
    ("key_name", False), ("token_env", False),
    ("env_var", None), ("name", None), ("cache_key_name", None), ("model_name", None), ("api_key", None),
])
def test_names_a_secret_variable(name, says):
    assert VOCAB.names_a_secret_variable(name) is says


PROMPT_DEFAULT = '''
from prompt_toolkit import prompt
import os


def setup(api_key_env):
    return prompt("API key: ", default=os.getenv(api_key_env, "")).strip()


def ask(api_key):
    return prompt(f"Replace the API key {api_key}? ")
'''


@pytest.mark.parametrize("plan", [WITH, WITHOUT], ids=["prefilter", "no-prefilter"])
def test_a_prompt_default_is_reported_without_a_fix(plan):
    """prompt_toolkit's prompt(default=...) shows the value and returns what the user
    accepts: "[REDACTED]" there would change what the program goes on with, so the
    finding has no fix; its message (shown only) keeps the safe fix."""
    findings = {f.line: f for f in lint_bytes("t.py", PROMPT_DEFAULT.encode(), plan).findings if f.rule == "MR021"}
    assert sorted(findings) == [7, 11]
    assert findings[7].fix is None
    assert findings[11].fix is not None and findings[11].fix.applicability == "safe"
