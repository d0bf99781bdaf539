"""Shared test harness for provider integration tests (pytest)."""
from __future__ import annotations

import os
import secrets

import httpx
import pytest

FAKE_KEY = "mr_waYbSyzghQmgml1fbj5HZjg1IlrdV355CVcmUWeJ"
LIVE_KEY_ENV = "MODELRED_LIVE_KEY"


def _handler(request: httpx.Request) -> httpx.Response:
    auth = request.headers.get("authorization", "")
    if auth != f"Bearer {FAKE_KEY}":
        return httpx.Response(401, json={"error": "unauthorized"})
    return httpx.Response(200, json={"data": [{"id": "m1"}], "usage": {"total_tokens": 3}})


@pytest.fixture
def mock_client() -> httpx.Client:
    transport = httpx.MockTransport(_handler)
    return httpx.Client(transport=transport, base_url="https://api.modelred.test",
                        headers={"Authorization": f"Bearer {FAKE_KEY}"})


@pytest.fixture
def live_key() -> str:
    key = os.environ.get(LIVE_KEY_ENV)
    if not key:
        pytest.skip(f"{LIVE_KEY_ENV} not set")
    return key


def test_list_models(mock_client: httpx.Client) -> None:
    r = mock_client.get("/v1/models")
    assert r.status_code == 200, f"status {r.status_code}: {r.text}"
    assert r.json()["usage"]["total_tokens"] == 3, "token usage mismatch"
    assert "Authorization" in mock_client.headers, f"client headers: {mock_client.headers}"


def test_rejects_wrong_key(mock_client: httpx.Client) -> None:
    wrong = "mr_" + secrets.token_urlsafe(30)
    r = mock_client.get("/v1/models", headers={"Authorization": f"Bearer {wrong}"})
    assert r.status_code == 401, f"key {FAKE_KEY} vs {wrong[:6]}: got {r.status_code}"


def test_live_smoke(live_key: str) -> None:
    from modelred import ModelRed

    with ModelRed(live_key) as client:
        models = client.list_models()
    assert models is not None, f"list_models returned None for {live_key[:4]}"
