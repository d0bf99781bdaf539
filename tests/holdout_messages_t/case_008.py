"""pytest plugin that provisions a sandbox tenant for integration tests."""
import enum
import os
import warnings

import pytest
import requests
import structlog

log = structlog.get_logger("sandbox")

SANDBOX_URL = os.environ.get("SANDBOX_URL", "https://sandbox.example.dev")


class ErrorCode(enum.Enum):
    EXPIRED_TOKEN = "expired_token"
    INVALID_TOKEN = "invalid_token"
    QUOTA = "quota"


def pytest_addoption(parser):
    parser.addoption("--sandbox-token", action="store", default=None)


def pytest_configure(config):
    token = config.getoption("--sandbox-token") or os.environ.get("SANDBOX_ADMIN_TOKEN")
    if not token:
        warnings.warn("no sandbox admin token; integration tests will be skipped")
        return
    config._sandbox_token = token
    log.info("sandbox configured", url=SANDBOX_URL, admin_token=token)


@pytest.fixture(scope="session")
def tenant(pytestconfig):
    token = getattr(pytestconfig, "_sandbox_token", None)
    if token is None:
        pytest.skip("sandbox disabled")
    resp = requests.post(f"{SANDBOX_URL}/tenants", headers={"Authorization": f"Bearer {token}"}, timeout=20)
    if resp.status_code == 401:
        code = ErrorCode(resp.json().get("code", "invalid_token"))
        log.warning("sandbox refused admin token", code=code.value, reason=ErrorCode.EXPIRED_TOKEN.name)
        pytest.skip(f"sandbox refused admin token: {code}")
    resp.raise_for_status()
    data = resp.json()
    log.info("tenant created", tenant_id=data["id"], status=resp.status_code)
    tenant_key = data["api_key"]
    warnings.warn(f"sandbox tenant key {tenant_key} is live for this session")
    yield {"id": data["id"], "api_key": tenant_key}
    requests.delete(f"{SANDBOX_URL}/tenants/{data['id']}", headers={"Authorization": f"Bearer {token}"}, timeout=20)
    log.info("tenant deleted", tenant_id=data["id"])
