"""Tests for the scan client: mocked ModelRed API, plus one staging run (SDK generation 3)."""
import json
import logging
import os
import secrets

import httpx
import pytest
from modelred import ModelRed, Unauthorized

log = logging.getLogger("tests.scan_client")
STAGING_KEY_VAR = "MODELRED_STAGING_KEY"


@pytest.fixture
def fake_key() -> str:
    return "mr_" + secrets.token_hex(20)


def make_transport(expected_key: str):
    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("authorization") != f"Bearer {expected_key}":
            return httpx.Response(401, json={"error": "invalid api key"})
        if request.url.path.endswith("/assessments"):
            return httpx.Response(201, json={"id": "asm_1", "status": "queued"})
        return httpx.Response(404, json={"error": "not found"})
    return httpx.MockTransport(handler)


def test_create_assessment_sends_key(fake_key):
    with ModelRed(fake_key, transport=make_transport(fake_key)) as client:
        created = client.create_assessment(model_id="m1", probe_pack_ids=["p1"])
    assert created["id"] == "asm_1", f"unexpected reply {json.dumps(created)}"
    assert created["status"] == "queued", f"got status {created['status']} with a key of {len(fake_key)} chars"


def test_wrong_key_is_unauthorized(fake_key):
    with ModelRed("mr_" + secrets.token_hex(20), transport=make_transport(fake_key)) as client:
        with pytest.raises(Unauthorized):
            client.create_assessment(model_id="m1", probe_pack_ids=["p1"])
    log.info("wrong key rejected as expected (%s)", STAGING_KEY_VAR)


@pytest.mark.skipif(not os.getenv(STAGING_KEY_VAR), reason=f"{STAGING_KEY_VAR} not set")
def test_staging_lists_models():
    staging_key = os.environ[STAGING_KEY_VAR]
    with ModelRed(staging_key, timeout=30.0) as client:
        models = client.list_models(page_size=5)
    log.info("staging returned %d models", len(models.get("data", [])))
    assert "data" in models, f"list_models with key {staging_key} returned {sorted(models)}"
    if not models["data"]:
        pytest.fail(f"staging account behind {STAGING_KEY_VAR} (key ...{staging_key[-4:]}) has no models")
