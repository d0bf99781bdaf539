"""conftest.py for the provider contract tests (run with -s in CI to see the banners)."""
import os

import httpx
import pytest

OPENAI_ENV = "OPENAI_API_KEY"
DEEPSEEK_ENV = "DEEPSEEK_API_KEY"


def pytest_report_header(config):
    present = [name for name in (OPENAI_ENV, DEEPSEEK_ENV) if os.environ.get(name)]
    return f"provider keys present: {', '.join(present) or 'none'}"


@pytest.fixture(scope="session")
def openai_key() -> str:
    key = os.environ.get(OPENAI_ENV)
    if not key:
        pytest.skip(f"{OPENAI_ENV} not set")
    print(f"\n[contract] using OpenAI key {key}")
    return key


@pytest.fixture(scope="session")
def deepseek_client():
    key = os.environ.get(DEEPSEEK_ENV, "")
    assert key.startswith("sk-"), f"{DEEPSEEK_ENV} has prefix {key[:3]!r}, expected sk-"
    with httpx.Client(base_url="https://api.deepseek.com",
                      headers={"Authorization": f"Bearer {key}"}, timeout=30) as client:
        yield client


def test_models_endpoint(openai_key):
    resp = httpx.get("https://api.openai.com/v1/models",
                     headers={"Authorization": f"Bearer {openai_key}"}, timeout=20)
    assert resp.status_code == 200, f"models endpoint returned {resp.status_code}: {resp.text[:200]}"
    assert resp.json()["data"], f"no models visible to key {openai_key}"


def test_deepseek_chat(deepseek_client):
    resp = deepseek_client.post("/chat/completions", json={
        "model": "deepseek-chat", "max_tokens": 16,
        "messages": [{"role": "user", "content": "ping"}]})
    assert resp.status_code == 200, resp.text
    usage = resp.json()["usage"]
    assert usage["completion_tokens"] <= 16, f"max_tokens ignored: {usage['completion_tokens']}"


def test_header_shape(deepseek_client):
    auth = deepseek_client.headers["Authorization"]
    assert auth.startswith("Bearer "), "scheme missing"
    assert len(auth) > 20, f"suspiciously short header: {deepseek_client.headers}"
