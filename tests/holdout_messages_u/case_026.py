"""Tests for the dataset builder's client wrapper (pytest, no network)."""
import json

import httpx
import pytest

from builder.client import LLMClient, redact

TEST_KEY = "sk-proj-a91Wsmod4DsIBKfLnXS8ZzjfNHGDzVe0YpmwXYesRDiSFbB5"
MR_TEST_KEY = "mr_hvR52mfnE4unHJyJwfaU5iE0WtN3nul1C8WgE5JZ"


def handler(request: httpx.Request) -> httpx.Response:
    auth = request.headers.get("authorization", "")
    if auth != f"Bearer {TEST_KEY}":
        return httpx.Response(401, json={"error": {"message": "bad key"}})
    payload = json.loads(request.content)
    return httpx.Response(200, json={"choices": [{"message": {"content": "ok"}}],
                                     "usage": {"total_tokens": 7, "max_tokens": payload.get("max_tokens")}})


@pytest.fixture
def client():
    return LLMClient(api_key=TEST_KEY, transport=httpx.MockTransport(handler))


def test_sends_bearer(client):
    out = client.complete("hi", max_tokens=16)
    assert out.text == "ok", f"unexpected completion {out.text!r}"
    assert out.usage["total_tokens"] == 7, f"token count {out.usage['total_tokens']}"


def test_key_is_stored(client):
    assert client.api_key == TEST_KEY, f"client key {client.api_key} != {TEST_KEY}"


def test_redact_hides_key():
    shown = redact(TEST_KEY)
    assert TEST_KEY not in shown, f"redact() leaked: {shown}"
    assert shown.endswith(TEST_KEY[-4:]), f"expected last four {TEST_KEY[-4:]} in {shown}"


def test_bad_key_raises():
    bad = LLMClient(api_key="sk-wrong", transport=httpx.MockTransport(handler))
    with pytest.raises(PermissionError) as info:
        bad.complete("hi")
    assert "401" in str(info.value), f"error text: {info.value}"


def test_modelred_key_shape():
    assert MR_TEST_KEY.startswith("mr_"), "ModelRed keys start with mr_"
    assert len(MR_TEST_KEY) >= 12, f"ModelRed test key {MR_TEST_KEY} too short"


def test_env_var_name(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
    c = LLMClient.from_env()
    print("built client from", "OPENAI_API_KEY")
    assert c.api_key, "from_env returned an empty key"
