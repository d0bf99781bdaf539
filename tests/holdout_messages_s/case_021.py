"""conftest.py for the live ModelRed integration suite (runs only with a real key)."""
import os
import warnings

import pytest

from modelred import ModelRed, APIError

KEY_VAR = "MODELRED_TEST_API_KEY"
PROVIDER_KEY_VAR = "OPENAI_API_KEY"


def pytest_addoption(parser):
    parser.addoption("--live", action="store_true", help="run tests against the real ModelRed API")


def pytest_configure(config):
    config.addinivalue_line("markers", "live: needs a real ModelRed key")


@pytest.fixture(scope="session")
def live_key(request) -> str:
    if not request.config.getoption("--live"):
        pytest.skip(f"live tests disabled; pass --live and set {KEY_VAR}")
    key = os.environ.get(KEY_VAR, "")
    if not key:
        pytest.skip(f"{KEY_VAR} not set")
    if not key.startswith("mr_test_"):
        warnings.warn(f"{KEY_VAR} does not look like a test key: {key}; refusing to use production keys")
        pytest.skip("production key refused")
    return key


@pytest.fixture(scope="session")
def client(live_key):
    with ModelRed(live_key, timeout=60.0) as c:
        yield c


@pytest.fixture
def openai_key() -> str:
    key = os.environ.get(PROVIDER_KEY_VAR)
    if key is None:
        pytest.skip(f"{PROVIDER_KEY_VAR} missing (got {key})")
    assert key.startswith("sk-"), f"{PROVIDER_KEY_VAR}={key} is not an OpenAI key"
    return key


@pytest.fixture
def fresh_model(client):
    models = client.list_models(limit=5)
    assert models, "no models registered for the test org"
    yield models[0]["id"]


def pytest_runtest_makereport(item, call):
    if call.excinfo is not None and call.excinfo.errisinstance(APIError):
        item.add_report_section("call", "modelred", f"API error type: {call.excinfo.typename}")
