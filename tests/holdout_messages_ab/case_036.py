"""pytest plugin shipped with our eval package: `pytest --modelred-key ... --redteam`."""
from __future__ import annotations

import os
import warnings

import pytest

from modelred import ModelRed, Unauthorized

KEY_OPTION = "--modelred-key"
KEY_ENV = "MODELRED_API_KEY"
DEFAULT_MAX_TOKENS = 512


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("redteam")
    group.addoption(KEY_OPTION, default=None, help=f"ModelRed API key (default: ${KEY_ENV})")
    group.addoption("--redteam", action="store_true")
    group.addoption("--redteam-max-tokens", type=int, default=DEFAULT_MAX_TOKENS)


def _key(config: pytest.Config) -> str | None:
    return config.getoption(KEY_OPTION) or os.environ.get(KEY_ENV)


def pytest_report_header(config: pytest.Config) -> list[str]:
    key = _key(config)
    hint = f"…{key[-4:]}" if key else "none"
    return [f"redteam: key {hint}, max_tokens={config.getoption('--redteam-max-tokens')}"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "redteam: needs a ModelRed key")
    key = _key(config)
    if config.getoption("--redteam") and key and not key.startswith("mr_"):
        warnings.warn(f"{KEY_OPTION} value {key} does not start with mr_", pytest.PytestConfigWarning)


@pytest.fixture(scope="session")
def modelred(pytestconfig: pytest.Config):
    key = _key(pytestconfig)
    if not pytestconfig.getoption("--redteam"):
        pytest.skip("pass --redteam to run red-team tests")
    if not key:
        pytest.skip(f"no key: pass {KEY_OPTION} or set {KEY_ENV}")
    client = ModelRed(key, timeout=60.0)
    try:
        client.list_models(limit=1)
    except Unauthorized as exc:
        raise pytest.UsageError(f"ModelRed refused the key passed with {KEY_OPTION}: {key}") from exc
    yield client
    client.close()


@pytest.fixture
def assess(modelred):
    def _run(model_id: str, packs: list[str]) -> dict:
        a = modelred.create_assessment(model_id=model_id, probe_pack_ids=packs)
        return modelred.get_assessment(a["id"])
    return _run
