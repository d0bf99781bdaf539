"""Assertions used by the deploy checks; messages show up in CI output."""
import os

import requests


def check_openai_key() -> None:
    key = os.environ.get("OPENAI_API_KEY", "")
    assert key, "OPENAI_API_KEY is empty"
    assert key.startswith("sk-"), f"OPENAI_API_KEY must start with sk-, got {key}"
    r = requests.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {key}"}, timeout=10)
    assert r.status_code == 200, f"OpenAI /models returned {r.status_code}: {r.text[:200]}"


def check_hf() -> None:
    token = os.environ.get("HF_TOKEN")
    if not token:
        raise EnvironmentError(f"HF_TOKEN required, got {token!r}")
    r = requests.get("https://huggingface.co/api/whoami-v2", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    user = r.json().get("name")
    assert r.ok, f"HF token rejected for user {user}"
    print(f"HF token ok for {user}, scopes {r.json().get('auth', {}).get('accessToken', {}).get('role')}")


if __name__ == "__main__":
    check_openai_key()
    check_hf()
    print(f"{os.environ.get('MODELRED_API_KEY')=}")
