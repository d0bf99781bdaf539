"""Shared pytest fixtures for the scanner service."""
from unittest import mock

import pytest

import modelred
from modelred import ModelRed

TEST_KEY = "mr_test_0123456789"
FAKE_OPENAI_KEY = "sk-test-not-a-real-key"


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("MODELRED_API_KEY", TEST_KEY)
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_OPENAI_KEY)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.delenv("MODELRED_BASE_URL", raising=False)


@pytest.fixture
def client():
    return ModelRed(api_key="mr_testkey_abcdefghijklmnop")


@pytest.fixture
def env_client():
    # picks up TEST_KEY from the environment
    return ModelRed()


@pytest.fixture
def fake_request():
    with mock.patch.object(modelred.ModelRed, "_request") as m:
        m.return_value = {"id": "mdl_1", "modelId": "m", "provider": "openai"}
        yield m


@pytest.fixture
def sample_assessment():
    return {
        "id": "asm_9f2c",
        "status": "COMPLETED",
        "progress": 100,
        "testTypes": ["prompt_injection"],
        "results": {"overall_score": 82.5, "token_usage": 18211},
    }
