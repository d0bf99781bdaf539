"""tests/test_gateway_auth.py"""
import os

import pytest
import requests

GATEWAY = os.environ.get("GATEWAY_URL", "http://localhost:8080")
STAGING_KEY = "mr_Kv2XtpmDJm0SyDXMDSiVNumHXSRey8fCerJZHd91"


@pytest.fixture
def tenant_key():
    key = os.environ.get("GATEWAY_TEST_TENANT_KEY")
    if not key:
        pytest.skip("GATEWAY_TEST_TENANT_KEY not set")
    return key


@pytest.fixture
def session(tenant_key):
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {tenant_key}"
    return s


def test_health():
    r = requests.get(f"{GATEWAY}/health", timeout=5)
    assert r.status_code == 200, f"health returned {r.status_code}: {r.text}"


def test_tenant_can_list_models(session, tenant_key):
    r = session.get(f"{GATEWAY}/v1/models", timeout=10)
    assert r.status_code == 200, f"tenant key {tenant_key} could not list models: {r.status_code}"
    assert r.json()["data"], "no models returned"


def test_wrong_key_is_rejected():
    r = requests.get(f"{GATEWAY}/v1/models", headers={"Authorization": "Bearer nope"}, timeout=10)
    assert r.status_code == 401, f"bogus key accepted, got {r.status_code}"


def test_staging_key_shape():
    assert STAGING_KEY.startswith("mr_"), f"staging key has wrong prefix: {STAGING_KEY[:3]!r}"
    assert len(STAGING_KEY) >= 12, f"staging key too short: {STAGING_KEY}"


def test_session_headers(session):
    assert "Authorization" in session.headers, f"missing auth header, have {sorted(session.headers)}"
    assert session.headers["Authorization"].startswith("Bearer "), f"bad header {session.headers}"
