"""Contract tests: every configured provider must answer a trivial prompt (nightly CI job)."""
import os

import httpx
import pytest

CASES = [
    ("openai", "OPENAI_API_KEY", "https://api.openai.com/v1/chat/completions"),
    ("groq", "GROQ_API_KEY", "https://api.groq.com/openai/v1/chat/completions"),
    ("mistral", "MISTRAL_API_KEY", "https://api.mistral.ai/v1/chat/completions"),
]
MODELS = {"openai": "gpt-4o-mini", "groq": "llama-3.1-8b-instant", "mistral": "mistral-small-latest"}
MAX_TOKENS = 8

pytestmark = pytest.mark.skipif(os.environ.get("CI_NIGHTLY") != "1", reason="nightly only (CI_NIGHTLY != 1)")


@pytest.fixture(scope="module")
def http():
    with httpx.Client(timeout=20) as client:
        yield client


@pytest.mark.parametrize("provider,env_var,url", CASES, ids=[c[0] for c in CASES])
def test_chat_roundtrip(http, provider, env_var, url):
    key = os.environ.get(env_var)
    if not key:
        pytest.skip(f"{env_var} is not configured for this run")
    body = {"model": MODELS[provider], "messages": [{"role": "user", "content": "Reply with OK"}], "max_tokens": MAX_TOKENS}
    resp = http.post(url, json=body, headers={"Authorization": f"Bearer {key}"})
    assert resp.status_code != 401, f"{provider} rejected the key {key} (check the {env_var} secret)"
    assert resp.status_code == 200, f"{provider} returned {resp.status_code}: {resp.text[:300]}"
    data = resp.json()
    assert data["usage"]["completion_tokens"] <= MAX_TOKENS, f"{provider} used {data['usage']['completion_tokens']} tokens"


def test_gemini_roundtrip(http):
    gemini_key = os.environ.get("GEMINI_API_KEY") or os.environ.get("GOOGLE_API_KEY")
    if not gemini_key:
        pytest.skip("neither GEMINI_API_KEY nor GOOGLE_API_KEY is set")
    url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent"
    resp = http.post(url, params={"key": gemini_key}, json={"contents": [{"parts": [{"text": "Reply with OK"}]}]})
    assert resp.status_code == 200, f"gemini {resp.status_code} for {url}?key={gemini_key}"
    assert "candidates" in resp.json(), f"no candidates; usage {resp.json().get('usageMetadata')}"


def test_cohere_roundtrip(http):
    cohere_key = os.environ.get("COHERE_API_KEY", "")
    if not cohere_key:
        pytest.skip(f"COHERE_API_KEY empty ({cohere_key!r})")
    body = {"model": "command-r", "messages": [{"role": "user", "content": "OK?"}]}
    resp = http.post("https://api.cohere.com/v2/chat", headers={"Authorization": f"bearer {cohere_key}"}, json=body)
    assert resp.is_success, f"cohere {resp.status_code}: {resp.json().get('message')}"
