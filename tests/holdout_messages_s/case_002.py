"""Integration tests for our ModelRed wrapper, run offline against httpx.MockTransport."""
import json

import httpx
import pytest

from modelred import ModelRed, Unauthorized, NotFound

TEST_KEY = "mr_sooUNeURGroZm1dsLIQ9rrR4eNWtvUs35w3njNEG"
WRONG_KEY = "mr_" + "0" * 20


def _handler(request: httpx.Request) -> httpx.Response:
    auth = request.headers.get("authorization", "")
    if auth != f"Bearer {TEST_KEY}":
        return httpx.Response(401, json={"error": "invalid api key"})
    if request.url.path.endswith("/assessments/missing"):
        return httpx.Response(404, json={"error": "not found"})
    return httpx.Response(200, json={"id": "asm_1", "status": "queued"})


@pytest.fixture
def client():
    transport = httpx.MockTransport(_handler)
    with ModelRed(TEST_KEY, transport=transport, max_retries=0) as c:
        yield c


def test_key_shape():
    assert TEST_KEY.startswith("mr_"), f"test key must start with mr_, got {TEST_KEY}"
    assert len(TEST_KEY) >= 12, f"test key too short: {len(TEST_KEY)} chars"


def test_create_assessment(client):
    job = client.create_assessment(model_id="m-1", probe_pack_ids=["core"])
    assert job["status"] == "queued", f"unexpected job {json.dumps(job)}"


def test_wrong_key_is_rejected():
    transport = httpx.MockTransport(_handler)
    with ModelRed(WRONG_KEY, transport=transport, max_retries=0) as c:
        with pytest.raises(Unauthorized):
            c.get_assessment("asm_1")


def test_missing_assessment(client):
    with pytest.raises(NotFound) as info:
        client.get_assessment("missing")
    assert "not found" in str(info.value)


def test_headers_sent(client):
    sent = {}

    def spy(request):
        sent.update(request.headers)
        return _handler(request)

    with ModelRed(TEST_KEY, transport=httpx.MockTransport(spy)) as c:
        c.get_assessment("asm_1")
    assert "authorization" in sent, f"headers sent: {sorted(sent)}"
    assert sent["authorization"].endswith(TEST_KEY[-4:]), f"auth header was {sent['authorization']}"
