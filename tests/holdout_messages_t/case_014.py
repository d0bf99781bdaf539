"""Provider failover helper: returns the base URL and key for a request."""
import logging
import os

import httpx

log = logging.getLogger("failover")

PROVIDERS = [
    ("openrouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY"),
    ("together", "https://api.together.xyz/v1", "TOGETHER_API_KEY"),
]


def resolve(name: str) -> tuple[str, str]:
    for pname, base, env in PROVIDERS:
        if pname == name:
            return base, os.environ[env]
    raise KeyError(name)


def ask(name: str, prompt: str) -> str:
    base, key = resolve(name)
    log.info("asking %s at %s", name, base)
    resp = httpx.post(f"{base}/chat/completions", headers={"Authorization": f"Bearer {key}"},
                      json={"model": "meta-llama/llama-3-8b-instruct", "messages": [{"role": "user", "content": prompt}]})
    if resp.status_code == 401:
        raise PermissionError(f"{name} rejected key {key}")
    if resp.is_error:
        raise RuntimeError(f"{name} {resp.status_code}: {resp.json().get('error', {}).get('message')}")
    return resp.json()["choices"][0]["message"]["content"]


def failover(prompt: str) -> str:
    errors = []
    for pname, base, env in PROVIDERS:
        if not os.environ.get(env):
            log.warning("skipping %s: %s is not set", pname, env)
            continue
        try:
            return ask(pname, prompt)
        except (PermissionError, RuntimeError) as e:
            errors.append(f"{pname}: {type(e).__name__}")
    log.error("all providers failed: %s", "; ".join(errors))
    raise RuntimeError("no provider answered")


def describe() -> None:
    for pname, base, env in PROVIDERS:
        value = os.environ.get(env, "")
        log.debug("provider %s base=%s %s=%s", pname, base, env, value)
