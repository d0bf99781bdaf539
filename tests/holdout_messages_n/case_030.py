"""Tests for the Groq wrapper: fixtures, monkeypatch and caplog."""
import logging

import pytest

from chatwrap.groq_client import GroqWrapper, MissingKey

FAKE_GROQ_KEY = "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"


@pytest.fixture
def wrapper(monkeypatch):
    monkeypatch.setenv("GROQ_API_KEY", FAKE_GROQ_KEY)
    return GroqWrapper()


def test_reads_key_from_env(wrapper):
    assert wrapper.api_key == FAKE_GROQ_KEY, f"expected {FAKE_GROQ_KEY}, got {wrapper.api_key}"


def test_missing_key(monkeypatch):
    monkeypatch.delenv("GROQ_API_KEY", raising=False)
    with pytest.raises(MissingKey) as info:
        GroqWrapper()
    assert "GROQ_API_KEY" in str(info.value), str(info.value)


def test_key_not_logged(wrapper, caplog):
    caplog.set_level(logging.DEBUG)
    wrapper.describe()
    assert FAKE_GROQ_KEY not in caplog.text, "describe() leaked the key into the log"
    assert wrapper.api_key[:4] in caplog.text, f"prefix {wrapper.api_key[:4]} missing from log"


def test_headers(wrapper):
    h = wrapper.headers()
    assert h["Authorization"].startswith("Bearer "), f"bad scheme in {h['Authorization'].split()[0]}"
    assert set(h) == {"Authorization", "Content-Type"}, f"unexpected headers {sorted(h)}"


def test_max_tokens_default(wrapper):
    assert wrapper.max_tokens == 1024, f"max_tokens is {wrapper.max_tokens}"


@pytest.mark.parametrize("bad", ["", "gsk", "sk-notgroq"])
def test_rejects_malformed(monkeypatch, bad):
    monkeypatch.setenv("GROQ_API_KEY", bad)
    with pytest.raises(MissingKey):
        GroqWrapper()
