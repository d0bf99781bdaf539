"""Secrets returned by a function, or a class's method, of a module beside the caller
(`from .security import KeyStore`, then `KeyStore.get_key(...)`): what the rules make of
that function in its own module is what the call holds (imported_facts.returns_of),
where the name or the method's says key, token, secret... (may_return_secret). The
shape of a key manager's CLI that shows a stored key back, written afresh."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import lint_file, write_package

from modelred_lint.api import Project
from modelred_lint.engine import Plan

SECURITY = '''
import keyring


class KeyStore:
    @classmethod
    def get_key(cls, service, environment):
        stored = keyring.get_password(service, environment.lower())
        return stored

    @classmethod
    def describe(cls, service):
        return f"{service} (keyring)"


def load_credential(name):
    return keyring.get_password("acme", name)


def load_label(name):
    return name.title()
'''

CLI = '''
import click

from acme.security import KeyStore, load_credential, load_label


def show(service, environment):
    existing = KeyStore.get_key(service, environment)
    click.echo(f"Stored: {existing}")
    click.echo(f"Backend: {KeyStore.describe(service)}")
    value = load_credential(service)
    print("value", value)
    print("label", load_label(service))
'''

PLAN = Plan.build(["MR020", "MR021"])
NO_PREFILTER = Plan.build(["MR020", "MR021"], use_prefilter=False)


def project(root: Path, cli: str = CLI, security: str = SECURITY) -> Path:
    write_package(root, {"acme/security.py": security, "acme/cli.py": cli})
    return root / "acme" / "cli.py"


def test_a_secret_an_imported_function_or_class_method_returns_is_reported_where_shown(tmp_path):
    cli = project(tmp_path)
    result = lint_file(cli, PLAN)
    assert [(f.rule, f.line) for f in result.findings] == [("MR021", 9), ("MR021", 12)]
    assert "`existing`" in result.findings[0].message and "`value`" in result.findings[1].message
    # (the prefilter lets the file through, by the names it imports: the same findings)
    assert [(f.rule, f.line) for f in lint_file(cli, NO_PREFILTER).findings] == [("MR021", 9), ("MR021", 12)]
    # the result names the module it read, for the cache
    read = {os.path.relpath(path, tmp_path) for path, _ in result.depends}
    assert os.path.join("acme", "security.py") in read


def test_the_prefilter_passes_a_file_whose_only_source_is_an_imported_getter(tmp_path):
    # No word of a secret's name of its own but the imported names': still parsed.
    cli = project(tmp_path, cli='''
from acme.security import KeyStore


def show(service, environment):
    print(KeyStore.get_key(service, environment))
''')
    assert [(f.rule, f.line) for f in lint_file(cli, PLAN).findings] == [("MR021", 6)]
    plan = Project.for_path(tmp_path).plan
    codes = plan.prefilter.codes_for(cli.read_text(encoding="utf-8"), plan.enabled - {"MR000"}, str(cli))
    assert "MR021" in codes


@pytest.mark.parametrize("security", [
    # the method returns the service's description, not what the keyring holds
    SECURITY.replace("return stored", "return service"),
    # a module with no secret's source of its own: nothing to hand over
    "class KeyStore:\n    @classmethod\n    def get_key(cls, service, environment):\n        return service\n\n\n"
    "def load_credential(name):\n    return name\n\n\ndef load_label(name):\n    return name\n",
])
def test_what_the_imported_function_does_not_return_as_a_secret_is_not_reported(tmp_path, security):
    cli = project(tmp_path, security=security)
    found = [(f.rule, f.line) for f in lint_file(cli, PLAN).findings]
    assert ("MR021", 9) not in found
    assert found == [(f.rule, f.line) for f in lint_file(cli, NO_PREFILTER).findings]


def test_a_helper_whose_name_says_no_secret_is_not_looked_up(tmp_path):
    # load_profile() returns the key too, but no word of its name says so: the rules do
    # not parse every module an import names (may_return_secret)
    cli = project(tmp_path, security=SECURITY + '''

def load_profile(name):
    return keyring.get_password("acme", name)
''', cli='''
from acme.security import load_profile


def show(service):
    print(load_profile(service))
''')
    assert lint_file(cli, PLAN).findings == []
    assert lint_file(cli, NO_PREFILTER).findings == []


def test_an_imported_secrets_reader_asked_for_a_setting_gives_no_secret(tmp_path):
    # get_secret_str("ACME_API_BASE"): the entry's name says it is a setting, as for a
    # secrets reader of the module itself
    cli = project(tmp_path, security=SECURITY + '''

def get_secret_str(name):
    return keyring.get_password("acme", name)
''', cli='''
from acme.security import get_secret_str


def show():
    print("base", get_secret_str("ACME_API_BASE"))
    print("key", get_secret_str("ACME_API_KEY"))
''')
    assert [(f.rule, f.line) for f in lint_file(cli, PLAN).findings] == [("MR021", 7)]
    assert [(f.rule, f.line) for f in lint_file(cli, NO_PREFILTER).findings] == [("MR021", 7)]


def test_a_getter_named_for_a_secret_on_any_imported_class_is_looked_up(tmp_path):
    # (Auth is no store of secrets by its name; its method's name says what it returns,
    # and is no secrets reader's the rules know: get_api_key would be one of those)
    cli = project(tmp_path, security=SECURITY + '''

class Auth:
    @staticmethod
    def load_client_secret():
        return keyring.get_password("acme", "client")

    @staticmethod
    def get_region():
        return keyring.get_password("acme", "region")
''', cli='''
from acme.security import Auth


def show():
    print("using", Auth.get_region())
    print("using", Auth.load_client_secret())
''')
    assert [(f.rule, f.line) for f in lint_file(cli, PLAN).findings] == [("MR021", 7)]
    assert [(f.rule, f.line) for f in lint_file(cli, NO_PREFILTER).findings] == [("MR021", 7)]


CONFIG = '''
import os

DEFAULTS = {"llm": {"model": "gpt-4o-mini"}, "rag": {"chunk_size": 800}}


def load_config():
    config = {"llm": dict(DEFAULTS["llm"]), "rag": dict(DEFAULTS["rag"])}
    config["llm"]["model"] = os.getenv("ACME_MODEL", config["llm"]["model"])
    config["llm"]["api_key"] = os.getenv("ACME_API_KEY")
    return config


def load_settings():
    return {"model": os.getenv("ACME_MODEL", "gpt-4o-mini"), "chunk_size": 800}


def config_path():
    return load_config()
'''


def test_what_an_imported_settings_loader_returns_is_looked_up(tmp_path):
    # load_config() fills a dict from the environment, the key at ("llm", "api_key"): a
    # CLI that prints it whole shows the key, one field of it does not; load_settings()
    # holds none. The CLI's text names no secret: the prefilter passes it by the import.
    write_package(tmp_path, {"acme/config.py": CONFIG, "acme/cli.py": '''
import json

from acme.config import load_config, load_settings


def show(as_json):
    config = load_config()
    if as_json:
        print(json.dumps(config, indent=2))
    print("model", config["llm"]["model"])
    print(load_settings())
'''})
    cli = tmp_path / "acme" / "cli.py"
    found = lint_file(cli, PLAN).findings
    assert [(f.rule, f.line) for f in found] == [("MR021", 10)]
    assert "ACME_API_KEY" in found[0].message and "load_config()" in found[0].message
    assert [(f.rule, f.line) for f in lint_file(cli, NO_PREFILTER).findings] == [("MR021", 10)]


def test_a_function_with_a_settings_word_but_no_loader_verb_is_not_looked_up(tmp_path):
    # (config_path(): a config word, no loader's verb before it; its module's key stays there)
    write_package(tmp_path, {"acme/config.py": CONFIG, "acme/cli.py": '''
from acme.config import config_path


def show():
    print(config_path())
'''})
    cli = tmp_path / "acme" / "cli.py"
    assert lint_file(cli, PLAN).findings == []
    assert lint_file(cli, NO_PREFILTER).findings == []


KEYS = '''
import hashlib
import secrets

UNIFIED_KEY_PREFIX = "uk-"


def generate_unified_key() -> str:
    return UNIFIED_KEY_PREFIX + secrets.token_urlsafe(32)


def generate_cache_key(*parts) -> str:
    return hashlib.sha256("/".join(parts).encode()).hexdigest()


def make_lookup_token(name) -> str:
    return name.lower()
'''


def test_what_an_imported_function_named_for_making_a_key_returns_is_looked_up(tmp_path):
    # generate_unified_key() mints a key (minting-getter-verbs): shown once on purpose,
    # it is still shown. The CLI's text names no secret: the prefilter passes it by the
    # import. A cache's key (not-key-variable-words) is not looked up; a token made of
    # its argument holds no secret.
    write_package(tmp_path, {"acme/keys.py": KEYS, "acme/cli.py": '''
from acme.keys import generate_cache_key, generate_unified_key, make_lookup_token


def setup():
    unified = generate_unified_key()
    print(f"Your new unified key (shown once): {unified}")
    print("cache", generate_cache_key("a", "b"))
    print("lookup", make_lookup_token("Acme"))
'''})
    cli = tmp_path / "acme" / "cli.py"
    found = lint_file(cli, PLAN).findings
    assert [(f.rule, f.line) for f in found] == [("MR021", 7)]
    assert "`unified`" in found[0].message
    assert [(f.rule, f.line) for f in lint_file(cli, NO_PREFILTER).findings] == [("MR021", 7)]
