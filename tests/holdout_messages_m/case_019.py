"""pytest plugin: live tests against ModelRed, enabled with --modelred-key."""
import os
import warnings

import pytest
from modelred import ModelRed

KEY_OPTION = "--modelred-key"


def pytest_addoption(parser):
    group = parser.getgroup("modelred")
    group.addoption(KEY_OPTION, action="store", default=os.environ.get("MODELRED_API_KEY"),
                    help="key for live tests (default: $MODELRED_API_KEY)")
    group.addoption("--modelred-live", action="store_true", default=False)


def pytest_configure(config):
    config.addinivalue_line("markers", "live: needs a real ModelRed key")
    key = config.getoption("modelred_key")
    if config.getoption("modelred_live") and key and len(key) < 12:
        warnings.warn(f"--modelred-key looks truncated: {key}")


def pytest_report_header(config):
    key = config.getoption("modelred_key")
    return f"modelred: key {'set (' + key[:3] + '...)' if key else 'unset'}"


@pytest.fixture(scope="session")
def live_key(pytestconfig):
    key = pytestconfig.getoption("modelred_key")
    if not pytestconfig.getoption("modelred_live"):
        pytest.skip("live tests disabled")
    assert key, f"{KEY_OPTION} or MODELRED_API_KEY is required"
    assert key.startswith("mr_"), f"not a ModelRed key: {key}"
    return key


@pytest.fixture
def client(live_key):
    with ModelRed(live_key) as c:
        yield c


@pytest.mark.live
def test_list_models(client):
    models = client.list_models()
    assert isinstance(models, list), f"unexpected payload type {type(models).__name__}"
