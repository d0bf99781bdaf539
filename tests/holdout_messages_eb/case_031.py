"""Provider-agnostic key checker: warnings for odd keys, errors for rejected ones."""
import os
import warnings

import httpx

CHECK_URLS = {
    "openai": "https://api.openai.com/v1/models",
    "groq": "https://api.groq.com/openai/v1/models",
    "mistral": "https://api.mistral.ai/v1/models",
    "gemini": "https://generativelanguage.googleapis.com/v1beta/models",
}
PREFIXES = {"openai": "sk-", "groq": "gsk_", "gemini": "AIza", "mistral": ""}


class KeyWarning(UserWarning):
    pass


def env_name(provider: str) -> str:
    return f"{provider.upper()}_API_KEY"


def check(provider: str) -> bool:
    name = env_name(provider)
    key = os.environ.get(name)
    if key is None:
        warnings.warn("{} is not set, skipping {}".format(name, provider), KeyWarning)
        return False
    if not key.startswith(PREFIXES[provider]):
        warnings.warn("key {} does not look like a {} key".format(key, provider), KeyWarning)
    if "test" in key.lower():
        warnings.warn(f"{name} looks like a test key ({len(key)} chars)", KeyWarning)
    if provider == "gemini":
        resp = httpx.get(CHECK_URLS[provider], params={"key": key}, timeout=10)
    else:
        resp = httpx.get(CHECK_URLS[provider], headers={"Authorization": f"Bearer {key}"}, timeout=10)
    if resp.status_code in (401, 403):
        raise PermissionError("%s rejected key %s" % (provider, key))
    if resp.status_code >= 400:
        raise RuntimeError("%s check failed: HTTP %d %s" % (provider, resp.status_code, resp.text[:100]))
    warnings.warn(f"{provider}: key ok, {len(resp.json().get('data', []))} models", KeyWarning)
    return True


def check_all() -> dict[str, bool]:
    results = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for provider in CHECK_URLS:
            results[provider] = check(provider)
    for w in caught:
        print(f"{w.category.__name__}: {w.message}")
    return results


if __name__ == "__main__":
    print(check_all())
