"""Facts read from the modules a file imports from (neighbours.py, imported_facts.py):
an exception class whose `__str__` shows its `headers`, a credential getter that puts
the API key in them. The shape of a Fern-generated client (hume), written afresh."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from modelred_lint import neighbours
from modelred_lint.cache import Cache, plan_fingerprint
from modelred_lint.engine import Plan, lint_bytes

ERRORS_SHOWING = '''
from typing import Any, Dict, Optional


class ApiError(Exception):
    def __init__(self, *, headers: Optional[Dict[str, str]] = None, status_code: Optional[int] = None,
                 body: Any = None) -> None:
        self.headers = headers
        self.status_code = status_code
        self.body = body

    def __str__(self) -> str:
        return f"headers: {self.headers}, status_code: {self.status_code}, body: {self.body}"
'''
# Deepgram's twin: the headers are redacted before they are kept, and no argument but
# a message keyword is taken for the message of a class read no further.
ERRORS_REDACTING = ERRORS_SHOWING.replace("self.headers = headers", "self.headers = redact_sensitive_headers(headers)")

WRAPPER_WITH_KEY = '''
import typing


class BaseClientWrapper:
    def __init__(self, *, api_key: typing.Optional[str] = None, base_url: str = "") -> None:
        self.api_key = api_key
        self._base_url = base_url

    def get_headers(self) -> typing.Dict[str, str]:
        headers: typing.Dict[str, str] = {"User-Agent": "acme/1.0", "X-Acme-SDK": "python"}
        if self.api_key is not None:
            headers["X-Acme-Api-Key"] = self.api_key
        return headers


class SyncClientWrapper(BaseClientWrapper):
    pass
'''
WRAPPER_WITHOUT_KEY = WRAPPER_WITH_KEY.replace('headers["X-Acme-Api-Key"] = self.api_key', 'headers["X-Acme-Mode"] = "on"')

CLIENT = '''
import typing

import websockets.sync.client as websockets_sync_client
from ..core.api_error import ApiError
from ..core.client_wrapper import SyncClientWrapper
from .socket_client import ChatSocketClient


class RawChatClient:
    def __init__(self, *, client_wrapper: SyncClientWrapper) -> None:
        self._client_wrapper = client_wrapper

    def connect(self, ws_url: str) -> typing.Iterator[int]:
        headers = self._client_wrapper.get_headers()
        try:
            with websockets_sync_client.connect(ws_url, additional_headers=headers) as protocol:
                yield protocol
        except websockets_sync_client.InvalidStatus as exc:
            if exc.response.status_code == 401:
                raise ApiError(status_code=401, headers=dict(headers), body="invalid credentials")
            raise ApiError(status_code=exc.response.status_code, headers=dict(headers), body="rejected")
'''


def project(root: Path, errors: str = ERRORS_SHOWING, wrapper: str = WRAPPER_WITH_KEY) -> Path:
    package = root / "acme"
    for folder in (package, package / "core", package / "chat"):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "__init__.py").write_text("", encoding="utf-8")
    (package / "core" / "api_error.py").write_text(errors, encoding="utf-8")
    (package / "core" / "client_wrapper.py").write_text(wrapper, encoding="utf-8")
    client = package / "chat" / "raw_client.py"
    client.write_text(CLIENT, encoding="utf-8")
    return client


def lint(path: Path, plan: Plan):
    return lint_bytes(str(path), path.read_bytes(), plan)


PLAN = Plan.build(["MR020", "MR021", "MR022"])
NO_PREFILTER = Plan.build(["MR020", "MR021", "MR022"], use_prefilter=False)


def test_the_key_a_neighbour_puts_in_the_headers_is_reported_where_an_error_shows_them(tmp_path):
    client = project(tmp_path)
    result = lint(client, PLAN)
    assert [(f.rule, f.line) for f in result.findings] == [("MR020", 21), ("MR020", 22)]
    assert "`self.api_key` via `get_headers()` of `BaseClientWrapper`" in result.findings[0].message
    # (the prefilter lets the file through: the same findings without it)
    assert [(f.rule, f.line) for f in lint(client, NO_PREFILTER).findings] == [("MR020", 21), ("MR020", 22)]


def test_an_error_that_redacts_its_headers_is_no_leak(tmp_path):
    client = project(tmp_path, errors=ERRORS_REDACTING)
    assert lint(client, PLAN).findings == []


def test_a_getter_that_puts_no_key_in_the_headers_is_no_leak(tmp_path):
    client = project(tmp_path, wrapper=WRAPPER_WITHOUT_KEY)
    assert lint(client, PLAN).findings == []


def test_without_the_neighbours_nothing_is_assumed(tmp_path):
    client = project(tmp_path)
    (tmp_path / "acme" / "core" / "client_wrapper.py").unlink()
    assert lint(client, PLAN).findings == []
    # (a neighbour that does not parse, or is not text, is no neighbour either)
    (tmp_path / "acme" / "core" / "client_wrapper.py").write_bytes(b"def get_headers(:\n\xff\xfe")
    assert lint(client, PLAN).findings == []


def test_the_result_names_the_modules_it_read(tmp_path):
    client = project(tmp_path)
    result = lint(client, PLAN)
    read = {os.path.relpath(path, tmp_path): digest for path, digest in result.depends}
    assert read[os.path.join("acme", "core", "api_error.py")] is not None
    assert read[os.path.join("acme", "core", "client_wrapper.py")] is not None
    # (a module looked for and not found is noted too: one made later changes the answer)
    assert any(digest is None for digest in read.values())


def test_a_cached_entry_holds_only_while_the_neighbours_it_read_are_unchanged(tmp_path):
    client = project(tmp_path / "tree")
    cache = Cache(tmp_path / "cache", plan_fingerprint(PLAN), b"s" * 32, PLAN.catalogue.ids)
    result = lint(client, PLAN)
    key = cache.key(client.read_bytes(), frozenset())
    cache.put(key, result.findings, result.depends, str(client))
    assert len(cache.get(key, "raw_client.py", str(client))) == 2
    wrapper = tmp_path / "tree" / "acme" / "core" / "client_wrapper.py"
    wrapper.write_text(WRAPPER_WITHOUT_KEY, encoding="utf-8")
    assert cache.get(key, "raw_client.py", str(client)) is None  # changed: linted again
    wrapper.write_text(WRAPPER_WITH_KEY, encoding="utf-8")
    assert len(cache.get(key, "raw_client.py", str(client))) == 2
    # (and an entry read without knowing where the file is cannot be checked: a miss)
    assert cache.get(key, "raw_client.py") is None


def test_the_command_line_lints_again_when_a_neighbour_changes(tmp_path):
    tree = tmp_path / "tree"
    project(tree)
    environ = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "home")}

    def run() -> list:
        done = subprocess.run([sys.executable, "-m", "modelred_lint", "--format", "json", "acme"], cwd=tree,
                              env=environ, capture_output=True, text=True, timeout=120)
        return [(f["path"], f["line"]) for f in json.loads(done.stdout)["findings"]]

    first = run()
    assert len(first) == 2
    assert run() == first  # (from the cache)
    (tree / "acme" / "core" / "client_wrapper.py").write_text(WRAPPER_WITHOUT_KEY, encoding="utf-8")
    assert run() == []


def test_a_module_is_found_by_relative_and_absolute_imports(tmp_path):
    client = project(tmp_path)
    core = tmp_path / "acme" / "core"
    assert neighbours.module_file(str(client), "core.api_error", 2) == str(core / "api_error.py")
    assert neighbours.module_file(str(client), "acme.core.api_error", 0) == str(core / "api_error.py")
    assert neighbours.module_file(str(client), "core", 2) == str(core / "__init__.py")
    assert neighbours.module_file(str(client), "requests", 0) is None
    assert neighbours.module_file("-", "acme", 0) is None


# -- a second read's findings (each failed before its fix) ---------------------------------

def cli(cwd: Path, *args: str, home: Path) -> list:
    done = subprocess.run([sys.executable, "-m", "modelred_lint", "--format", "json", "--select", "MR020", *args],
                          cwd=cwd, env={**os.environ, "XDG_CACHE_HOME": str(home)},
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr
    return sorted((f["path"], f["line"]) for f in json.loads(done.stdout)["findings"])


LEAKING_CLIENT = '''import os
from app.errors import ApiError


def fail():
    headers = {"Authorization": f"Bearer {os.environ['ACME_API_KEY']}"}
    raise ApiError(status_code=401, headers=headers)
'''


def test_one_text_in_two_packages_gets_each_its_own_answer_from_the_cache(tmp_path):
    # x/app is a package (`from app.errors` starts above it), y/app is not (it starts in
    # y/app, where app/errors.py is no file): the same bytes, two answers.
    for root, package in (("x", True), ("y", False)):
        app = tmp_path / "tree" / root / "app"
        app.mkdir(parents=True)
        if package:
            (app / "__init__.py").write_text("", encoding="utf-8")
        (app / "errors.py").write_text(ERRORS_SHOWING, encoding="utf-8")
        (app / "client.py").write_text(LEAKING_CLIENT, encoding="utf-8")
    home = tmp_path / "home"
    expected = [(os.path.join("x", "app", "client.py"), 7)]
    assert cli(tmp_path / "tree", ".", home=home) == expected
    assert cli(tmp_path / "tree", ".", home=home) == expected  # (from the cache)
    (tmp_path / "tree" / "x" / "app" / "__init__.py").unlink()  # x/app is no package now
    assert cli(tmp_path / "tree", ".", home=home) == []


def test_the_answer_does_not_hang_on_the_working_directory(tmp_path):
    client = project(tmp_path)
    home = tmp_path / "home"
    from_top = cli(tmp_path, str(client.relative_to(tmp_path)), home=home)
    assert [line for _, line in from_top] == [21, 22]
    assert [line for _, line in cli(client.parent, client.name, "--no-cache", home=home)] == [21, 22]
    assert [line for _, line in cli(client.parent, str(client), "--no-cache", home=home)] == [21, 22]


def test_an_import_no_file_system_can_name_is_no_error(tmp_path):
    client = project(tmp_path)
    text = client.read_text(encoding="utf-8").replace(
        "from .socket_client import ChatSocketClient", "from ." + "m" * 300 + " import Thing")
    client.write_text(text, encoding="utf-8")
    result = lint(client, PLAN)
    assert result.internal_error is None
    assert [(f.rule, f.line) for f in result.findings] == [("MR020", 21), ("MR020", 22)]


def test_a_getter_many_modules_define_is_parsed_in_two_at_most(tmp_path, monkeypatch):
    from modelred_lint import parsing

    package = tmp_path / "many"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    for n in range(40):
        (package / f"p{n}.py").write_text(
            f"class Provider{n}:\n    def get_headers(self):\n        return {{'Authorization': self.api_key}}\n",
            encoding="utf-8")
    imports = "".join(f"from .p{n} import Provider{n}\n" for n in range(40))
    calls = "".join("    log.debug('headers %s', p.get_headers())\n" for _ in range(10))
    user = package / "user.py"
    user.write_text(f"import logging\n{imports}\nlog = logging.getLogger(__name__)\n\n\ndef show(p):\n{calls}",
                    encoding="utf-8")
    parsed = []
    real = parsing.parse
    monkeypatch.setattr(parsing, "parse", lambda text: (parsed.append(1), real(text))[1])
    neighbours._trees.clear()
    assert lint(user, PLAN).findings == []  # (forty owners: no answer)
    assert len(parsed) <= 3  # (the file itself, and two of the forty)


def test_the_last_import_of_a_name_is_the_one_read(tmp_path):
    client = project(tmp_path)
    (tmp_path / "acme" / "core" / "redacting.py").write_text(ERRORS_REDACTING, encoding="utf-8")
    text = client.read_text(encoding="utf-8").replace(
        "import typing\n", "import typing\ntry:\n    from ..core.redacting import ApiError\nexcept ImportError:\n    pass\n", 1)
    client.write_text(text, encoding="utf-8")  # (the later top-level import of ApiError stands)
    assert [(f.rule, f.line) for f in lint(client, PLAN).findings] == [("MR020", 25), ("MR020", 26)]


def test_a_key_handed_to_an_imported_class_that_shows_it_is_reported_where_it_is_raised(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "errors.py").write_text(
        "class InvalidKeyError(Exception):\n"
        "    def __init__(self, provider, api_key):\n"
        "        super().__init__(f'{provider} rejected {api_key}')\n", encoding="utf-8")
    client = package / "client.py"
    client.write_text("import os\nfrom .errors import InvalidKeyError\n\n\ndef check():\n"
                      "    raise InvalidKeyError('openai', os.environ['OPENAI_API_KEY'])\n", encoding="utf-8")
    assert [(f.rule, f.line) for f in lint(client, PLAN).findings] == [("MR020", 6)]


def test_an_entry_that_read_a_module_we_cannot_decode_is_used_again(tmp_path):
    client = project(tmp_path / "tree")
    latin = tmp_path / "tree" / "acme" / "chat" / "socket_client.py"
    latin.write_bytes("# r\xe9sum\xe9\nclass ChatSocketClient:\n    pass\n".encode("latin-1"))
    cache = Cache(tmp_path / "cache", plan_fingerprint(PLAN), b"s" * 32, PLAN.catalogue.ids)
    result = lint(client, PLAN)
    key = cache.key(client.read_bytes(), frozenset())
    cache.put(key, result.findings, result.depends, str(client))
    assert cache.get(key, "raw_client.py", str(client)) is not None
    # (and what is kept of a neighbour is keyed with the cache's secret, no plain hash)
    stored = next((tmp_path / "cache").rglob("*.json")).read_text(encoding="utf-8")
    wrapper = (tmp_path / "tree" / "acme" / "core" / "client_wrapper.py").read_bytes()
    assert neighbours.digest_of(wrapper) not in stored


def test_a_long_running_process_sees_a_neighbour_change(tmp_path):
    from modelred_lint.server.engine import LocalEngine
    from modelred_lint.server.settings import ClientSettings

    client = project(tmp_path)
    engine = LocalEngine()
    text = client.read_text(encoding="utf-8")
    first = engine.lint(client, text, ClientSettings(), 0)
    assert [f.line for f in first if f.rule == "MR020"] == [21, 22]
    wrapper = tmp_path / "acme" / "core" / "client_wrapper.py"
    wrapper.write_text(WRAPPER_WITHOUT_KEY + "\n# edited\n", encoding="utf-8")
    assert [f for f in engine.lint(client, text, ClientSettings(), 0) if f.rule == "MR020"] == []
