"""Shared fixtures for the assessment smoke tests (CI runs them against staging)."""
import logging
import os

import httpx
import pytest
from modelred import ModelRed, Unauthorized

log = logging.getLogger("tests.smoke")

STAGING_KEY_ENV = "MODELRED_STAGING_KEY"
FAKE_KEY = "mr_test_placeholder"


def _staging_key() -> str:
    key = os.environ.get(STAGING_KEY_ENV, "")
    if not key:
        pytest.skip(f"{STAGING_KEY_ENV} is not set")
    return key


@pytest.fixture(scope="session")
def api_key():
    key = _staging_key()
    log.info("staging key present (%d chars)", len(key))
    return key


@pytest.fixture
def client(api_key):
    with ModelRed(api_key, timeout=5.0) as c:
        yield c


@pytest.fixture
def mock_client():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("Authorization") != f"Bearer {FAKE_KEY}":
            return httpx.Response(401, json={"error": "unauthorized"})
        return httpx.Response(200, json={"data": [], "next_page_token": None})

    with ModelRed(FAKE_KEY, transport=httpx.MockTransport(handler)) as c:
        yield c


@pytest.fixture(autouse=True)
def _live_key_is_valid(request, api_key):
    if "live" not in request.keywords:
        return
    try:
        with ModelRed(api_key) as c:
            c.list_models(limit=1)
    except Unauthorized as exc:
        log.warning("staging key rejected: %s", type(exc).__name__)
        pytest.fail(f"staging key {api_key} was rejected by the API")


def pytest_report_header(config):
    token_budget = int(os.environ.get("SMOKE_MAX_TOKENS", "256"))
    return f"modelred smoke: max_tokens={token_budget}"
