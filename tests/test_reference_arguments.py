"""A name a function hands to a call as what a secret is found by (an environment
variable's name, the name a secret manager keeps a secret under, a credentials file's
path) is no secret, whatever it is called; the value such a call returns still is. The
rules read it off the function's body (dataflow.expressions.reference_arguments), for
parameters and for names bound in the body alike. Written afresh."""

from __future__ import annotations

import pytest

from modelred_lint.engine import Plan, lint_bytes

PLAN = Plan.build(["MR020", "MR021"])
NO_PREFILTER = Plan.build(["MR020", "MR021"], use_prefilter=False)

# How the name is handed over: (imports, the statement), with `NAME` for the name.
LOOKUPS = {
    "os.environ.get": ("import os\n", "value = os.environ.get(NAME)"),
    "os.environ[...]": ("import os\n", "value = os.environ[NAME]"),
    "os.getenv": ("import os\n", "value = os.getenv(NAME, '')"),
    "from os import getenv": ("from os import getenv\n", "value = getenv(NAME)"),
    "get_secret(name)": ("", "value = store.get_secret(NAME)"),
    "get_parameter(Name=...)": ("", "value = ssm.get_parameter(Name=NAME, WithDecryption=True)"),
    "get_secret_by_name(name=...)": ("", "value = store.get_secret_by_name_and_private_status(name=NAME)"),
    "from_service_account_file": ("", "value = Credentials.from_service_account_file(NAME)"),
}


def _module(head: str, lookup: str, name: str, shown: str) -> str:
    return (f"import logging\n{head}log = logging.getLogger(__name__)\n\n\n"
            f"def load(store, ssm, Credentials, {name}):\n"
            f"    {lookup.replace('NAME', name)}\n"
            f"    log.warning('loaded %s', {shown})\n"
            f"    return value\n")


def _found(text: str, plan: Plan = PLAN) -> list:
    return [(f.rule, f.line) for f in lint_bytes("load.py", text.encode(), plan).findings]


def _logged_at(text: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if "log.warning" in line)


@pytest.mark.parametrize("shape", sorted(LOOKUPS))
@pytest.mark.parametrize("name", ["secret_key", "api_key_name", "self_token"])
def test_a_name_handed_to_a_lookup_is_no_secret(shape, name):
    head, lookup = LOOKUPS[shape]
    text = _module(head, lookup, name, name)
    assert _found(text) == []
    assert _found(text, NO_PREFILTER) == []


@pytest.mark.parametrize("shape", sorted(LOOKUPS))
def test_the_same_name_not_handed_to_a_lookup_is_still_a_secret(shape):
    head, lookup = LOOKUPS[shape]
    text = _module(head, lookup.replace("NAME", "'FIXED'"), "secret_key", "secret_key")
    assert _found(text) == [("MR021", _logged_at(text))]


@pytest.mark.parametrize("shape", ["os.environ.get", "os.environ[...]", "get_secret(name)"])
def test_what_the_lookup_returns_is_still_a_secret(shape):
    head, lookup = LOOKUPS[shape]
    text = _module(head, lookup.replace("value =", "api_key ="), "key_name", "api_key").replace("return value", "return api_key")
    assert _found(text) == [("MR021", _logged_at(text))]


def test_a_field_of_self_handed_to_a_secret_manager_names_the_secret():
    text = ("class Loader:\n"
            "    def __init__(self, client, config):\n"
            "        self.client = client\n"
            "        self.config = config\n\n"
            "    def load(self):\n"
            "        try:\n"
            "            return self.client.get_secret(self.config.secret)\n"
            "        except KeyError as exc:\n"
            "            raise RuntimeError(f'secret {self.config.secret} not found') from exc\n")
    assert _found(text) == []
    # ... and handed to nothing, the field is a secret's, as before
    assert _found(text.replace("get_secret(self.config.secret)", "get_secret('fixed')")) == [("MR020", 10)]


def test_a_name_bound_in_the_body_and_handed_to_the_environment_is_no_secret():
    text = ("import logging\nimport os\nlog = logging.getLogger(__name__)\n\n\n"
            "def load(cfg):\n"
            "    secret_key = cfg['secret_key']\n"
            "    if secret_key not in os.environ:\n"
            "        log.warning('variable %s is not set', secret_key)\n"
            "    return os.environ.get(secret_key)\n")
    assert _found(text) == []
    assert _found(text.replace("os.environ.get(secret_key)", "secret_key")) == [("MR021", 9)]


def test_an_attribute_another_method_hands_to_a_secret_manager_names_the_secret():
    text = ("class Component:\n"
            "    def __init__(self, client, config):\n"
            "        self.client = client\n"
            "        self.config = config\n\n"
            "    def get_authentication_secret(self):\n"
            "        return self.client.get_secret_by_name_and_private_status(name=self.config.authentication_secret)\n\n"
            "    def typed(self, schema):\n"
            "        secret = self.get_authentication_secret()\n"
            "        try:\n"
            "            return schema(**secret.values)\n"
            "        except TypeError as exc:\n"
            "            raise TypeError(f'secret {self.config.authentication_secret} does not fit') from exc\n")
    assert _found(text) == []
    assert _found(text, NO_PREFILTER) == []
    # (handed to nothing in the class, the field is a secret's, as before)
    unhanded = text.replace("name=self.config.authentication_secret", "name='fixed'")
    assert _found(unhanded) == [("MR020", 14)]


def test_a_name_rebound_to_what_the_lookup_returns_is_a_secret_again():
    # (litellm's get_secret_str(x) resolves a reference, or hands the value back)
    text = ("import logging\nlog = logging.getLogger(__name__)\n\n\n"
            "def connect(store, database_url):\n"
            "    database_url = store.get_secret_str(database_url)\n"
            "    log.debug('connecting to %s', database_url)\n")
    assert _found(text) == [("MR021", 7)]
