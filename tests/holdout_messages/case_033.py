"""Test-suite helper: sanity checks on the configured keys (run in CI)."""
import os

import pytest

MODELRED_API_KEY = os.environ.get("MODELRED_API_KEY", "")


def assert_modelred_key() -> None:
    assert MODELRED_API_KEY.startswith("mr_"), f"MODELRED_API_KEY looks wrong: {MODELRED_API_KEY}"
    assert len(MODELRED_API_KEY) >= 12, "MODELRED_API_KEY too short"


@pytest.fixture
def modelred_key() -> str:
    if not MODELRED_API_KEY:
        pytest.skip("MODELRED_API_KEY not set")
    return MODELRED_API_KEY


def test_key_shape(modelred_key):
    assert_modelred_key()
    assert modelred_key.strip() == modelred_key, "key has surrounding whitespace"
