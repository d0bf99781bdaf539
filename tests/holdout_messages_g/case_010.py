"""Pytest tests for the key-loading module; they must not print real credentials."""
import logging
import os

import pytest

from app.keys import KeyLoader, MissingKey

FAKE_KEY = "mr_test_" + "0" * 24
log = logging.getLogger("tests")


@pytest.fixture
def loader(monkeypatch):
    monkeypatch.setenv("MODELRED_API_KEY", FAKE_KEY)
    return KeyLoader()


def test_loads_from_env(loader):
    key = loader.load()
    assert key == FAKE_KEY
    assert len(key) == 32


def test_missing_key(monkeypatch):
    monkeypatch.delenv("MODELRED_API_KEY", raising=False)
    with pytest.raises(MissingKey, match="MODELRED_API_KEY"):
        KeyLoader().load()


def test_masking(loader):
    masked = loader.masked()
    log.info("masked form: %s", masked)
    assert masked.startswith("mr_t")
    assert FAKE_KEY not in masked


@pytest.mark.integration
def test_live_key():
    live_key = os.environ.get("MODELRED_LIVE_KEY")
    if not live_key:
        pytest.skip("MODELRED_LIVE_KEY not set")
    print("running live test with", live_key)
    assert KeyLoader(env_var="MODELRED_LIVE_KEY").load() == live_key


def test_token_budget():
    budget = {"max_tokens": 512, "reserved_tokens": 64}
    log.debug("budget %s", budget)
    assert budget["max_tokens"] > budget["reserved_tokens"]
