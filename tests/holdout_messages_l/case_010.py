"""Test helpers shared by the integration tests of the gateway."""
import os

import httpx
import pytest

GATEWAY = os.environ.get("GATEWAY_URL", "http://localhost:8080")
TEST_KEY = "mr_OGfSYFZJJIWNTweXgoeHKb56hW0WmrjIkWppCHsv"


def auth_headers(key=TEST_KEY):
    return {"X-API-Key": key}


@pytest.fixture
def client():
    with httpx.Client(base_url=GATEWAY, headers=auth_headers()) as c:
        yield c


@pytest.fixture
def live_key():
    key = os.environ.get("GATEWAY_LIVE_KEY")
    if not key:
        pytest.skip("GATEWAY_LIVE_KEY not set")
    return key


def test_ping(client):
    r = client.get("/ping")
    assert r.status_code == 200, f"ping failed: {r.status_code} {r.text}"


def test_live_key_accepted(live_key):
    r = httpx.get(f"{GATEWAY}/me", headers=auth_headers(live_key))
    assert r.status_code == 200, f"live key {live_key} was rejected"
    assert len(live_key) >= 20, f"suspiciously short key ({len(live_key)} chars)"


def test_wrong_key_rejected():
    bad = TEST_KEY[::-1]
    r = httpx.get(f"{GATEWAY}/me", headers=auth_headers(bad))
    assert r.status_code == 401, "reversed key should be rejected"


def test_headers_shape(client):
    hdrs = dict(client.headers)
    assert "x-api-key" in hdrs, f"missing key header, got {sorted(hdrs)}"
    assert hdrs["x-api-key"] == TEST_KEY, f"unexpected header value: {hdrs['x-api-key']}"
