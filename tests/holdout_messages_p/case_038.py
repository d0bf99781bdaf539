"""conftest.py of the gateway's integration suite."""
from __future__ import annotations

import os
import warnings

import httpx
import pytest

GATEWAY_URL = os.environ.get("GATEWAY_URL", "http://localhost:8080")
ADMIN_TOKEN_ENV = "GATEWAY_ADMIN_TOKEN"


def pytest_configure(config):
    token = os.environ.get(ADMIN_TOKEN_ENV)
    if token is None:
        warnings.warn(f"{ADMIN_TOKEN_ENV} unset; admin tests will be skipped")
    elif len(token) < 32:
        warnings.warn(f"admin token looks short ({len(token)} chars)")
    config.addinivalue_line("markers", "admin: needs the gateway admin token")


@pytest.fixture(scope="session")
def admin_token() -> str:
    token = os.environ.get(ADMIN_TOKEN_ENV)
    if not token:
        pytest.skip(f"{ADMIN_TOKEN_ENV} not set")
    return token


@pytest.fixture
def admin(admin_token: str) -> httpx.Client:
    c = httpx.Client(base_url=GATEWAY_URL, headers={"Authorization": f"Bearer {admin_token}"})
    r = c.get("/admin/whoami")
    if r.status_code == 401:
        warnings.warn(f"gateway rejected admin token {admin_token}")
    yield c
    c.close()


def mint_tenant_key(admin: httpx.Client, tenant: str) -> str:
    r = admin.post("/admin/keys", json={"tenant": tenant})
    assert r.status_code == 201, f"minting failed: {r.status_code} {r.text}"
    return r.json()["key"]


def test_tenant_key_works(admin: httpx.Client) -> None:
    key = mint_tenant_key(admin, "acme-test")
    r = httpx.get(f"{GATEWAY_URL}/v1/models", headers={"x-api-key": key})
    assert r.status_code == 200, f"fresh tenant key {key} rejected: {r.status_code}"
