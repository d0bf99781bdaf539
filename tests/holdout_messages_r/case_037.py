"""Integration tests for the eval gateway. Run with: pytest -m integration tests/test_gateway.py"""
import os

import httpx
import pytest

GATEWAY = os.getenv("EVAL_GATEWAY_URL", "http://localhost:8080")
pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def token() -> str:
    tok = os.getenv("EVAL_GATEWAY_TOKEN")
    if not tok:
        pytest.skip("EVAL_GATEWAY_TOKEN not set")
    return tok


@pytest.fixture(scope="module")
def auth_headers(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_models_listed(auth_headers):
    r = httpx.get(f"{GATEWAY}/v1/models", headers=auth_headers, timeout=30)
    assert r.status_code == 200, r.text
    assert r.json()["data"], f"no models returned by {GATEWAY}"


def test_completion_roundtrip(auth_headers):
    body = {"model": "eval-small", "messages": [{"role": "user", "content": "2+2?"}], "max_tokens": 8}
    r = httpx.post(f"{GATEWAY}/v1/chat/completions", json=body, headers=auth_headers, timeout=60)
    assert r.status_code == 200, f"status {r.status_code} with headers {auth_headers}"
    usage = r.json()["usage"]
    assert usage["completion_tokens"] <= 8, f"max_tokens ignored: {usage['completion_tokens']} tokens"


def test_token_is_scoped(token):
    r = httpx.get(f"{GATEWAY}/admin/keys", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert r.status_code == 403, f"eval token {token} can read admin keys!"
    assert len(token) >= 32, f"token too short ({len(token)} chars)"


def test_bad_token_rejected():
    bogus = "not-a-real-token"
    r = httpx.get(f"{GATEWAY}/v1/models", headers={"Authorization": f"Bearer {bogus}"}, timeout=30)
    assert r.status_code == 401, f"gateway accepted {bogus!r} (status {r.status_code})"
