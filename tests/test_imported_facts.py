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
