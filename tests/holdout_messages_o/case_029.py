"""tests/conftest.py - shared fixtures for the integration suite"""
import os
import warnings

import httpx
import pytest
from modelred import ModelRed

LIVE = os.environ.get("RUN_LIVE_TESTS") == "1"


@pytest.fixture(scope="session")
def modelred_key():
    key = os.environ.get("MODELRED_API_KEY", "")
    if LIVE and not key:
        pytest.exit("RUN_LIVE_TESTS=1 but MODELRED_API_KEY is empty")
    if key and not key.startswith("mr_"):
        warnings.warn(f"MODELRED_API_KEY does not look like a ModelRed key: {key}")
    return key or "mr_tFWt5rQLEX1fA5PY3WNuzBjoIqDpbeIl"


@pytest.fixture
def mock_transport():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json={"data": [{"id": "m1"}]})
        return httpx.Response(404, json={"error": "not found"})
    return httpx.MockTransport(handler)


@pytest.fixture
def client(modelred_key, mock_transport):
    c = ModelRed(modelred_key, transport=None if LIVE else mock_transport)
    yield c
    c.close()


def test_list_models(client, modelred_key):
    models = client.list_models()
    assert models, f"no models for key {modelred_key}"
    assert len(models) < 1000, f"suspiciously many models: {len(models)}"


def test_key_prefix(modelred_key):
    assert modelred_key[:3] == "mr_", f"unexpected prefix {modelred_key[:3]!r}"
