"""Tests for the assessment wrapper (pytest, generation 3 SDK with a mock transport)."""
import json
import os

import httpx
import pytest
from modelred import ModelRed, Unauthorized

FAKE_KEY = "mr_27656368444dabe39451c52151ff1aba885e1420"


def _handler(request: httpx.Request) -> httpx.Response:
    if request.headers.get("authorization") != f"Bearer {FAKE_KEY}":
        return httpx.Response(401, json={"error": "unauthorized"})
    return httpx.Response(200, json={"id": "a_1", "status": "queued", "total_tokens": 0})


@pytest.fixture
def client():
    return ModelRed(FAKE_KEY, transport=httpx.MockTransport(_handler))


def test_get_assessment(client):
    a = client.get_assessment("a_1")
    assert a["status"] == "queued", f"unexpected body {json.dumps(a)}"
    assert a["total_tokens"] == 0


def test_wrong_key_is_rejected():
    bad = ModelRed("mr_" + "0" * 24, transport=httpx.MockTransport(_handler))
    with pytest.raises(Unauthorized, match="unauthorized"):
        bad.get_assessment("a_1")


def test_key_is_sent(client):
    seen = {}
    client_key = client.api_key if hasattr(client, "api_key") else FAKE_KEY
    assert client_key == FAKE_KEY, f"client holds {client_key}, expected {FAKE_KEY}"
    seen["n"] = 1
    assert seen


@pytest.mark.skipif("MODELRED_API_KEY" not in os.environ, reason="needs a live key")
def test_live_key_format():
    live = os.environ["MODELRED_API_KEY"]
    if not live.startswith("mr_"):
        pytest.fail(f"live key has the wrong prefix: {live}")
    assert len(live) >= 12
