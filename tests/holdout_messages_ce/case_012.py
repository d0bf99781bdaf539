"""Test fixtures for the claims triage service (sandbox tenant)."""
import logging

import httpx
import pytest
from modelred import ModelRed

logger = logging.getLogger("tests.triage")

SANDBOX_MR_KEY = "mr_v2KH2vAR5UfS41rr4lCW1SGJO2H4kkcQb3sJNJU8"
SANDBOX_MODEL = "triage-sandbox"
SANDBOX_KEY_NAME = "MODELRED_API_KEY"


def _handler(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/assessments"):
        return httpx.Response(201, json={"id": "asm_123", "status": "queued"})
    return httpx.Response(404, json={"error": "not found"})


@pytest.fixture
def mr_client():
    transport = httpx.MockTransport(_handler)
    client = ModelRed(SANDBOX_MR_KEY, transport=transport)
    logger.info("sandbox client for %s via %s", SANDBOX_MODEL, SANDBOX_KEY_NAME)
    yield client
    client.close()


def test_assessment_is_queued(mr_client):
    job = mr_client.create_assessment(model_id=SANDBOX_MODEL, probe_pack_ids=["triage-basic"])
    assert job["status"] == "queued", f"unexpected status {job['status']}"


def test_key_shape():
    if not SANDBOX_MR_KEY.startswith("mr_"):
        raise ValueError(f"sandbox key malformed: {SANDBOX_MR_KEY}")
    assert len(SANDBOX_MR_KEY) > 12, f"sandbox key length {len(SANDBOX_MR_KEY)}"


def test_debug_dump(capsys):
    print("sandbox key:", SANDBOX_MR_KEY)
    out = capsys.readouterr().out
    assert "sandbox key" in out
