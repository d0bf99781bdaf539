"""tests/conftest.py of acme-python: live and mocked client fixtures."""
from __future__ import annotations

import json
import os

import httpx
import pytest

from acme_llm import Acme

FAKE_KEY = "ak-test-key"
LIVE_ENV = "ACME_LIVE_TEST_KEY"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--live", action="store_true", help=f"run live tests (needs ${LIVE_ENV})")


def pytest_report_header(config: pytest.Config) -> str:
    return f"acme live key configured: {bool(os.environ.get(LIVE_ENV))}"


@pytest.fixture
def api_key(request: pytest.FixtureRequest) -> str:
    if not request.config.getoption("--live"):
        return FAKE_KEY
    value = os.environ.get(LIVE_ENV)
    if not value:
        pytest.skip(f"--live given but {LIVE_ENV} is empty")
    return value


@pytest.fixture
def mock_transport() -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == f"Bearer {FAKE_KEY}", "client sent the wrong auth header"
        print(f"mock got {request.method} {request.url.path} with {FAKE_KEY}")
        return httpx.Response(200, json={"id": "cmpl-1", "text": "hi", "usage": {"total_tokens": 3}})
    return httpx.MockTransport(handler)


@pytest.fixture
def client(api_key: str, request: pytest.FixtureRequest) -> Acme:
    live = request.config.getoption("--live")
    if live:
        print(f"\nusing live key {api_key} against production")
    c = Acme(api_key=api_key)
    assert c.api_key == api_key, f"client kept a different key: {c.api_key}"
    yield c
    c.close()


def test_complete_roundtrip(client: Acme) -> None:
    out = client.request("POST", "/complete", prompt="hi", max_tokens=5)
    assert out["usage"]["total_tokens"] <= 5, json.dumps(out["usage"])
