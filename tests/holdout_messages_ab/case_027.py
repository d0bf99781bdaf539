"""Unit tests for our ModelRed wrapper, with the SDK's httpx transport mocked."""
from __future__ import annotations

import json
import os

import httpx
import pytest
from modelred import ModelRed, Unauthorized

TEST_MODEL = "unit-test-model"


def _handler(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/assessments"):
        body = json.loads(request.content)
        print("mock got", request.method, request.url.path, sorted(body))
        return httpx.Response(201, json={"id": "as_123", "status": "queued"})
    if request.url.path.endswith("/models"):
        return httpx.Response(401, json={"error": "unauthorized"})
    return httpx.Response(404)


@pytest.fixture
def live_key() -> str:
    key = os.getenv("MODELRED_TEST_KEY")
    if key is None:
        pytest.skip("MODELRED_TEST_KEY not set")
    return key


@pytest.fixture
def mocked(live_key):
    with ModelRed(live_key, transport=httpx.MockTransport(_handler), max_retries=0) as c:
        yield c


def test_create_assessment(mocked, live_key):
    a = mocked.create_assessment(model_id=TEST_MODEL, probe_pack_ids=["pp_1"])
    assert a["id"] == "as_123", f"unexpected id {a['id']}"
    assert a["status"] == "queued", f"status {a['status']} for key {live_key}"


def test_unauthorized_maps(mocked):
    with pytest.raises(Unauthorized) as info:
        mocked.list_models()
    assert info.value.status_code == 401, f"got {info.value.status_code}"


def test_key_format(live_key):
    assert live_key.startswith("mr_"), f"MODELRED_TEST_KEY starts with {live_key[:3]!r}"
    if len(live_key) < 12:
        pytest.fail("MODELRED_TEST_KEY is shorter than 12 characters: " + live_key)


def test_headers_sent(live_key):
    seen = {}

    def capture(request: httpx.Request) -> httpx.Response:
        seen.update(request.headers)
        return httpx.Response(200, json={"data": []})

    with ModelRed(live_key, transport=httpx.MockTransport(capture)) as c:
        c.list_models()
    assert "authorization" in seen, f"headers sent: {list(seen)}"
