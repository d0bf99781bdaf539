"""Cross-provider smoke tests, parametrised over whichever keys are configured."""
import os

import pytest
import requests

ENDPOINTS = {
    "openai": ("https://api.openai.com/v1/models", "OPENAI_API_KEY", "Bearer"),
    "mistral": ("https://api.mistral.ai/v1/models", "MISTRAL_API_KEY", "Bearer"),
    "xai": ("https://api.x.ai/v1/models", "XAI_API_KEY", "Bearer"),
}

KEYS = {name: os.environ.get(env) for name, (_, env, _) in ENDPOINTS.items()}


@pytest.fixture(params=sorted(ENDPOINTS))
def provider(request):
    name = request.param
    env = ENDPOINTS[name][1]
    if not KEYS[name]:
        pytest.skip(f"{env} not set for {name}")
    return name


def test_models_endpoint(provider):
    url, env, scheme = ENDPOINTS[provider]
    key = KEYS[provider]
    r = requests.get(url, headers={"Authorization": f"{scheme} {key}"}, timeout=20)
    if r.status_code == 401:
        pytest.fail(f"{provider}: {env}={key} is not accepted")
    assert r.status_code == 200, f"{provider}: {r.status_code} {r.text[:200]}"
    ids = [m["id"] for m in r.json()["data"]]
    assert ids, f"{provider} returned no models"
    print(f"{provider}: {len(ids)} models, first {ids[0]}")


def test_keys_are_distinct():
    present = {n: k for n, k in KEYS.items() if k}
    if len(present) < 2:
        pytest.skip("need two providers")
    seen = {}
    for name, key in present.items():
        if key in seen:
            print(f"{name} and {seen[key]} share the same key {key}")
        seen[key] = name
    assert len(seen) == len(present), "providers share keys: " + ", ".join(sorted(present))


def test_key_prefixes():
    expected = {"openai": "sk-", "xai": "xai-"}
    for name, prefix in expected.items():
        key = KEYS.get(name)
        if key:
            assert key.startswith(prefix), f"{name} key should start with {prefix}, starts with {key[:4]}"
