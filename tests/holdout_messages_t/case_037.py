"""Integration tests for our ModelRed wrapper (generation 3, httpx.MockTransport)."""
import json

import httpx
import pytest
from modelred import ModelRed, Unauthorized, ValidationFailed

FAKE_KEY = "mr_ZbLSXssOrG9P5599lI5nbTdUFRHWgIknobGkSsHO"
PROVIDER_KEY = "sk-ant-api03-5NfzrDF3PTikBYdQN2L9pBx7Z226yiHcXToStJRFeBPjll30uWmlIQw4Xa0lN1Ny2w0HS8zht1FAZFh0uCQiXlwfo2SiwAA"
NEXT_PAGE_TOKEN = "cursor-2"


def mock(status: int, payload: dict) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=payload)
    return httpx.MockTransport(handler)


@pytest.fixture
def ok_client():
    return ModelRed(FAKE_KEY, transport=mock(200, {"data": [{"id": "m1"}], "next": NEXT_PAGE_TOKEN}))


def test_list_models_paginates(ok_client):
    page = ok_client.list_models()
    assert page, f"empty page; next token was {NEXT_PAGE_TOKEN}"


def test_unauthorized_maps_to_exception():
    client = ModelRed(FAKE_KEY, transport=mock(401, {"error": "invalid api key"}))
    with pytest.raises(Unauthorized) as info:
        client.list_models()
    assert info.value.status_code == 401, f"status {info.value.status_code} for key {FAKE_KEY}"
    assert "invalid" in str(info.value), f"message was {info.value}"


def test_detector_key_is_ignored():
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.update(json.loads(request.content))
        return httpx.Response(201, json={"id": "a1", "status": "queued"})

    client = ModelRed(FAKE_KEY, transport=httpx.MockTransport(handler))
    client.create_assessment(model_id="m1", probe_pack_ids=["p1"], detector_api_key=PROVIDER_KEY)
    assert "detector_api_key" not in seen, f"detector key {PROVIDER_KEY} was sent in {sorted(seen)}"


def test_validation_failed():
    client = ModelRed(FAKE_KEY, transport=mock(422, {"error": "bad probe pack"}))
    with pytest.raises(ValidationFailed):
        client.create_assessment(model_id="m1", probe_pack_ids=[])
    assert len(FAKE_KEY) > 12, f"fake key too short ({len(FAKE_KEY)})"
