import json

import httpx
import pytest

from modelred import ModelRed, NotFound, Unauthorized

VALID_BEARER = "Bearer mr_test_key_for_unit_tests"


def _handler(request: httpx.Request) -> httpx.Response:
    if request.headers.get("Authorization") != VALID_BEARER:
        return httpx.Response(401, json={"error": "unauthorized"})
    if request.url.path.endswith("/missing"):
        return httpx.Response(404, json={"error": "not found"})
    if request.method == "POST":
        body = json.loads(request.content)
        return httpx.Response(201, json={"id": "asm_123", "status": "queued", **body})
    return httpx.Response(200, json={"data": [], "page": 1})


@pytest.fixture
def client():
    key = "mr_test_key_for_unit_tests"
    with ModelRed(key, transport=httpx.MockTransport(_handler)) as c:
        yield c


def test_create_assessment(client):
    out = client.create_assessment(model_id="m-1", probe_pack_ids=["pp_basic"])
    assert out["status"] == "queued"
    assert out["probePackIds"] == ["pp_basic"]


def test_missing_assessment(client):
    with pytest.raises(NotFound):
        client.get_assessment("missing")


def test_rejects_non_mr_key():
    with pytest.raises(ValueError):
        ModelRed("sk-not-a-modelred-key")


def test_rejects_empty_key():
    with pytest.raises(ValueError):
        ModelRed("")


def test_bad_key_is_unauthorized():
    bad = ModelRed(api_key="mr_wrong_key_000000", transport=httpx.MockTransport(_handler))
    with pytest.raises(Unauthorized):
        bad.list_models()


def test_key_attribute_roundtrip(client):
    assert client.api_key.startswith("mr_")
    assert not client.api_key.startswith("sk-")
