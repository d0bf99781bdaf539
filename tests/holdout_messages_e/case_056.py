"""Test helpers for the scan service tests: fake keys, caplog checks, env patching."""
import logging
import os
import secrets
import string

import pytest

log = logging.getLogger("tests.helpers")
ALPHABET = string.ascii_letters + string.digits


def fake_key(prefix: str = "mr_", n: int = 32) -> str:
    return prefix + "".join(secrets.choice(ALPHABET) for _ in range(n))


@pytest.fixture
def env_key(monkeypatch):
    key = fake_key()
    monkeypatch.setenv("MODELRED_API_KEY", key)
    log.info("patched MODELRED_API_KEY (len %d)", len(key))
    return key


def assert_not_logged(caplog, secret: str) -> None:
    leaked = [r.getMessage() for r in caplog.records if secret in r.getMessage()]
    assert not leaked, f"{len(leaked)} log records contain the key"


def test_service_does_not_log_key(caplog, env_key):
    from scans.service import start
    caplog.set_level(logging.DEBUG)
    start("m1", ["jailbreak"])
    assert_not_logged(caplog, env_key)


def test_missing_key(monkeypatch):
    monkeypatch.delenv("MODELRED_API_KEY", raising=False)
    from scans.service import start
    with pytest.raises(RuntimeError, match="MODELRED_API_KEY"):
        start("m1", ["jailbreak"])


class LiveKey:
    def __init__(self):
        self._token = os.environ.get("MODELRED_LIVE_KEY", "")
        self.log = logging.getLogger("tests.live")

    def require(self):
        if not self._token:
            pytest.skip("MODELRED_LIVE_KEY not set")
        self.log.debug("live tests with key %s", self._token)
        return self._token
