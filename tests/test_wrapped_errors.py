"""An error raised anew with the text of a keyed request's error (`raise ApiError(f"failed:
{exc}")`): whoever catches it holds that text, URL and key. A clause catches it where it
names the raised class or a base of it (as far as the raising module declares them), or
catches what a request's own errors are caught by; the caller may be in the same module or
make an instance of the client's class imported from another (the shape of a CLI around an
API wrapper). Written afresh."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import lint_file, write_package

from modelred_lint.checks.dataflow_rules import FlowRules
from modelred_lint.engine import Plan, lint_bytes

CLIENT = '''
import requests


class WeatherError(Exception):
    pass


class ApiError(WeatherError):
    pass


class Client:
    def __init__(self, api_key: str) -> None:
        self.api_key = api_key

    def forecast(self, city: str) -> dict:
        try:
            reply = requests.get("https://api.example.com/forecast", params={"q": city, "apikey": self.api_key}, timeout=10)
            reply.raise_for_status()
        except requests.RequestException as exc:
            raise ApiError(f"request failed: {exc}") from exc
        return reply.json()

    def quiet_forecast(self, city: str) -> dict:
        try:
            reply = requests.get("https://api.example.com/forecast", params={"q": city, "apikey": self.api_key}, timeout=10)
            reply.raise_for_status()
        except requests.RequestException as exc:
            raise ApiError(f"request failed: {type(exc).__name__}") from None
        return reply.json()
'''

CALLER = '''
import os

{imports}


def main(city: str) -> None:
    client = Client(os.environ["WEATHER_SETTING"])
    try:
        print(client.{method}(city))
    except {caught} as error:
        print(f"error: {{error}}")
'''

PLAN = Plan.build(["MR020", "MR021"])
NO_PREFILTER = Plan.build(["MR020", "MR021"], use_prefilter=False)


def _caller(tmp_path: Path, same_module: bool, method: str, caught: str) -> Path:
    if same_module:
        text = CLIENT + CALLER.format(imports="", method=method, caught=caught)
        write_package(tmp_path, {"acme/app.py": text})
        return tmp_path / "acme" / "app.py"
    text = CALLER.format(imports="from .client import ApiError, Client, WeatherError", method=method, caught=caught)
    write_package(tmp_path, {"acme/client.py": CLIENT, "acme/cli.py": text})
    return tmp_path / "acme" / "cli.py"


def _shown(path: Path, plan: Plan = PLAN) -> list:
    lines = path.read_text().splitlines()
    return [(f.rule, lines[f.line - 1].strip(), f.message) for f in lint_file(path, plan).findings
            if "print(f\"error" in lines[f.line - 1]]


@pytest.mark.parametrize("same_module", [True, False], ids=["same module", "imported class"])
@pytest.mark.parametrize("caught", ["ApiError", "WeatherError", "(KeyError, WeatherError)", "Exception"])
def test_a_wrapped_error_caught_by_its_class_or_a_base_is_reported_where_it_is_shown(tmp_path, same_module, caught):
    path = _caller(tmp_path, same_module, "forecast", caught)
    found = _shown(path)
    assert [(rule, line) for rule, line, _ in found] == [("MR021", 'print(f"error: {error}")')]
    assert "`error` is an error of a request whose URL carries `self.api_key`" in found[0][2]
    # the prefilter lets the file through: the same finding without it
    assert _shown(path, NO_PREFILTER) == found


@pytest.mark.parametrize("same_module", [True, False], ids=["same module", "imported class"])
@pytest.mark.parametrize("method, caught", [("forecast", "KeyError"), ("forecast", "ValueError"),
                                            ("quiet_forecast", "ApiError")])
def test_a_clause_that_cannot_catch_it_or_an_error_without_the_text_shows_none(tmp_path, same_module, method, caught):
    path = _caller(tmp_path, same_module, method, caught)
    assert _shown(path) == []
    assert _shown(path, NO_PREFILTER) == []


def test_the_raise_itself_is_still_reported_once():
    # (the wrapping raise quotes the request's text: MR020 there, as before)
    found = [(f.rule, f.line) for f in lint_bytes("client.py", CLIENT.encode(), PLAN).findings]
    raise_line = next(n for n, line in enumerate(CLIENT.splitlines(), 1) if 'f"request failed: {exc}"' in line)
    assert found == [("MR020", raise_line)]


def test_the_chain_is_read_only_for_a_raise_that_carries_the_text_on(monkeypatch):
    # (the chain may be declared in a module beside the file, which is then parsed: not
    # for every raise after a keyed request, only for one whose message holds its error)
    asked = []
    original = FlowRules.class_chain
    monkeypatch.setattr(FlowRules, "class_chain", lambda rule, name: asked.append(name) or original(rule, name))
    lint_bytes("client.py", CLIENT.encode(), PLAN)
    assert asked == ["ApiError"]  # (forecast's wrapping raise; quiet_forecast's names the type alone)


ERRORS = '''
class WeatherError(Exception):
    pass


class ApiError(WeatherError):
    pass
'''


@pytest.mark.parametrize("caught, shown", [("WeatherError", True), ("ApiError", True), ("KeyError", False)])
def test_the_raised_classes_bases_are_read_in_the_module_that_declares_them(tmp_path, caught, shown):
    # (exceptions.py declares the hierarchy; the client imports the class it raises, the
    # CLI the base it catches: the chain is followed through the client's imports)
    client = CLIENT.replace("class WeatherError(Exception):\n    pass\n\n\nclass ApiError(WeatherError):\n    pass\n",
                            "from .errors import ApiError\n")
    assert "class ApiError" not in client
    cli = CALLER.format(imports="from .client import Client\nfrom .errors import WeatherError, ApiError",
                        method="forecast", caught=caught)
    write_package(tmp_path, {"acme/errors.py": ERRORS, "acme/client.py": client, "acme/cli.py": cli})
    path = tmp_path / "acme" / "cli.py"
    found = _shown(path)
    assert [rule for rule, _, _ in found] == (["MR021"] if shown else [])
    assert _shown(path, NO_PREFILTER) == found
