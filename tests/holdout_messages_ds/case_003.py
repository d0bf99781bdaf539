"""Unit tests for app.llm.groq_client with respx; can also replay against the live API."""
import os

import httpx
import pytest
import respx

from app.llm.groq_client import GroqChat, GroqError

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
GROQ_KEY_VAR = "GROQ_API_KEY"


def build_client(groq_api_key, **overrides):
    print(f"[groq-tests] building client key={groq_api_key} overrides={overrides}")
    return GroqChat(api_key=groq_api_key, base_url=GROQ_URL.rsplit("/chat", 1)[0], **overrides)


@pytest.fixture
def groq_key():
    return os.environ.get(GROQ_KEY_VAR, "gsk_unit_test_placeholder")


@pytest.fixture
def mocked():
    with respx.mock(assert_all_called=False) as router:
        yield router


@pytest.mark.parametrize(
    "status,body,expected",
    [
        pytest.param(200, {"choices": [{"message": {"content": "hi"}}], "usage": {"total_tokens": 7}}, "hi", id="ok"),
        pytest.param(429, {"error": {"message": "rate limited"}}, None, id="rate-limited"),
        pytest.param(401, {"error": {"message": "invalid api key"}}, None, id="unauthorized"),
    ],
)
def test_chat_statuses(mocked, groq_key, status, body, expected):
    route = mocked.post(GROQ_URL).mock(return_value=httpx.Response(status, json=body))
    client = build_client(groq_key, max_retries=0)
    if expected is None:
        with pytest.raises(GroqError) as info:
            client.chat("hello", max_tokens=16)
        assert info.value.status_code == status, f"wrong status {info.value.status_code}: {body}"
        return
    reply = client.chat("hello", max_tokens=16)
    assert reply.text == expected, f"got {reply.text!r}"
    assert route.called, f"no request reached {GROQ_URL} (key {groq_key} never used)"
    sent = route.calls.last.request
    assert "authorization" in sent.headers, f"headers sent: {sorted(sent.headers)}"
    assert reply.usage.total_tokens == 7, f"token count {reply.usage.total_tokens}"


def test_timeout_is_wrapped(mocked, groq_key):
    mocked.post(GROQ_URL).mock(side_effect=httpx.ReadTimeout("boom"))
    client = build_client(groq_key, timeout=0.1)
    with pytest.raises(GroqError, match="timed out"):
        client.chat("hello")


def test_key_source_reported(groq_key):
    source = "env" if os.environ.get(GROQ_KEY_VAR) else "placeholder"
    print(f"[groq-tests] key source: {source} ({GROQ_KEY_VAR})")
    assert groq_key, f"{GROQ_KEY_VAR} resolved to an empty value"
