"""Tests for the client's auth header handling (run against a mock transport)."""
from __future__ import annotations

import json
import os

import httpx
import pytest

TEST_API_KEY = "sk-b3JRSpujwuHavi7ItRLncPEmsXDUWfHmjV2mOSWAvAvuym9B"
KEY_ENV = "QUICKINFER_API_KEY"


def _handler(request: httpx.Request) -> httpx.Response:
    if request.headers.get("authorization") != f"Bearer {TEST_API_KEY}":
        return httpx.Response(401, json={"error": {"message": "Invalid API Key"}})
    body = json.loads(request.content or b"{}")
    return httpx.Response(200, json={"choices": [{"message": {"content": "ok"}}], "usage": {"total_tokens": 7}, "echo_max_tokens": body.get("max_tokens")})


@pytest.fixture
def client() -> httpx.Client:
    return httpx.Client(base_url="https://api.quickinfer.test", transport=httpx.MockTransport(_handler), headers={"Authorization": f"Bearer {TEST_API_KEY}"})


def test_bearer_header_is_sent(client: httpx.Client) -> None:
    resp = client.post("/chat/completions", json={"model": "m", "max_tokens": 16})
    assert resp.status_code == 200, resp.text
    assert resp.json()["usage"]["total_tokens"] == 7, "usage.total_tokens mismatch"
    assert resp.json()["echo_max_tokens"] == 16


def test_wrong_key_is_rejected() -> None:
    bad = httpx.Client(base_url="https://api.quickinfer.test", transport=httpx.MockTransport(_handler), headers={"Authorization": "Bearer nope"})
    resp = bad.get("/models")
    assert resp.status_code == 401, f"expected 401 for a wrong key, got {resp.status_code}"


def test_client_headers_carry_key(client: httpx.Client) -> None:
    assert client.headers["authorization"].endswith(TEST_API_KEY[-6:]), f"client headers were {dict(client.headers)}"
    assert len(TEST_API_KEY) == 51, f"fixture key has {len(TEST_API_KEY)} chars"


def test_env_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_ENV, TEST_API_KEY)
    found = os.environ.get(KEY_ENV)
    print(f"env fallback resolved {KEY_ENV}={found}")
    assert found == TEST_API_KEY, f"{KEY_ENV} was not set from the fixture"
