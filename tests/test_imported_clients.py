"""Clients imported from a module of the project (`from .geo import Geocoder`): where a
method of the class makes a request whose URL carries the key the instance keeps, and
lets its error through, the caller that makes an instance, calls the method and shows
the error it catches shows the key (the request's error quotes its whole URL). The shape
of a CLI around an API wrapper class, written afresh: the key, the class and the caller
are each in their own module."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import lint_file, write_package

from modelred_lint.engine import Plan

GEO = '''
import httpx


class Geocoder:
    def __init__(self, api_key: str):
        self.api_key = api_key

    def search(self, place: str) -> dict:
        reply = httpx.get("https://geo.example.com/v1/search", params={"q": place, "key": self.api_key})
        reply.raise_for_status()
        return reply.json()

    def search_quietly(self, place: str) -> dict:
        try:
            reply = httpx.get("https://geo.example.com/v1/search", params={"q": place, "key": self.api_key})
            reply.raise_for_status()
        except httpx.HTTPError:
            return {}
        return reply.json()

    def header_search(self, place: str) -> dict:
        reply = httpx.get("https://geo.example.com/v1/search", params={"q": place},
                          headers={"X-Api-Key": self.api_key})
        reply.raise_for_status()
        return reply.json()
'''

# The caller names no secret itself: the key arrives as `settings_value`.
CLI = '''
import logging

from .geo import Geocoder

log = logging.getLogger(__name__)


def locate(place, settings_value):
    {bind}
    try:
        return {receiver}.{method}(place)
    except Exception as exc:
        log.warning("lookup failed: %s", exc)
        return None
'''

PLAN = Plan.build(["MR020", "MR021"])
NO_PREFILTER = Plan.build(["MR020", "MR021"], use_prefilter=False)
BINDINGS = {
    "assigned": ("geocoder = Geocoder(settings_value)", "geocoder"),
    "with": ("with Geocoder(settings_value) as geocoder:\n        pass", "geocoder"),
    "bracketed with": ("with (Geocoder(settings_value) as geocoder):\n        pass", "geocoder"),
}


def project(root: Path, method: str = "search", binding: str = "assigned", geo: str = GEO) -> Path:
    bind, receiver = BINDINGS[binding]
    write_package(root, {"acme/geo.py": geo, "acme/cli.py": CLI.format(bind=bind, receiver=receiver, method=method)})
    return root / "acme" / "cli.py"


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def reported(path: Path, plan: Plan = PLAN):
    return [(f.rule, f.line, f.message) for f in lint_file(path, plan).findings]


@pytest.mark.parametrize("binding", sorted(BINDINGS))
def test_an_error_of_an_imported_clients_keyed_request_is_reported_where_it_is_shown(tmp_path, binding):
    cli = project(tmp_path, binding=binding)
    found = reported(cli)
    assert [(rule, at) for rule, at, _ in found] == [("MR021", _line_of(cli, "log.warning"))]
    assert "`exc` is an error of a request whose URL carries `self.api_key` of `Geocoder`" in found[0][2]
    # the prefilter lets the file through although it names no secret: the same finding without it
    assert reported(cli, NO_PREFILTER) == found
    # and the result names the client's module, for the cache
    read = {os.path.relpath(path, tmp_path) for path, _ in lint_file(cli, PLAN).depends}
    assert os.path.join("acme", "geo.py") in read


@pytest.mark.parametrize("method", ["search_quietly", "header_search", "missing"])
def test_a_method_that_catches_its_errors_or_sends_the_key_in_a_header_shows_none(tmp_path, method):
    cli = project(tmp_path, method=method)
    assert reported(cli) == []
    assert reported(cli, NO_PREFILTER) == []


def test_without_the_clients_module_nothing_is_assumed(tmp_path):
    cli = project(tmp_path)
    (tmp_path / "acme" / "geo.py").unlink()
    assert reported(cli) == []
    assert reported(cli, NO_PREFILTER) == []


def test_an_instance_kept_in_self_is_read_too(tmp_path):
    source = CLI.replace("def locate(place, settings_value):", "class Finder:\n    def locate(self, place, settings_value):")
    source = source.replace("\n    {bind}\n    try:\n        return {receiver}.{method}(place)\n    except Exception as exc:\n"
                            "        log.warning(\"lookup failed: %s\", exc)\n        return None\n",
                            "\n        self.geocoder = Geocoder(settings_value)\n        try:\n"
                            "            return self.geocoder.search(place)\n        except Exception as exc:\n"
                            "            log.warning(\"lookup failed: %s\", exc)\n            return None\n")
    write_package(tmp_path, {"acme/geo.py": GEO, "acme/cli.py": source})
    cli = tmp_path / "acme" / "cli.py"
    found = reported(cli)
    assert [(rule, at) for rule, at, _ in found] == [("MR021", _line_of(cli, "log.warning"))]
    assert reported(cli, NO_PREFILTER) == found


def test_the_prefilter_asks_the_clients_module_before_it_passes_the_file(tmp_path):
    # (the caller names no secret: only the client's module can say its method's errors
    # quote one; a method that sends the key in a header lets no such error through)
    (tmp_path / "keyed").mkdir()
    (tmp_path / "header").mkdir()
    keyed = project(tmp_path / "keyed", method="search")
    header = project(tmp_path / "header", method="header_search")
    codes = {path.parent.parent.name: PLAN.prefilter.codes_for(path.read_text(), ["MR020", "MR021"], str(path))
             for path in (keyed, header)}
    assert "MR021" in codes["keyed"]
    assert codes["header"] == set()
