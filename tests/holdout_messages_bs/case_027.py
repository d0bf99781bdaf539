"""Structlog-instrumented translation gateway (routes to DeepL, Google or an LLM)."""
import os

import httpx
import structlog

log = structlog.get_logger("l10n.gateway")

ROUTES = {
    "deepl": {"url": "https://api.deepl.com/v2/translate", "key_env": "DEEPL_AUTH_KEY"},
    "google": {"url": "https://translation.googleapis.com/language/translate/v2", "key_env": "GOOGLE_API_KEY"},
    "llm": {"url": "https://api.openai.com/v1/chat/completions", "key_env": "OPENAI_API_KEY"},
}


def resolve(route: str):
    cfg = ROUTES[route]
    return cfg["url"], os.environ[cfg["key_env"]]


def translate(route: str, text: str, target: str) -> str:
    url, key = resolve(route)
    log.info("translate", route=route, url=url, key_env=ROUTES[route]["key_env"])
    if route == "deepl":
        r = httpx.post(url, headers={"Authorization": f"DeepL-Auth-Key {key}"}, data={"text": text, "target_lang": target.upper()})
    elif route == "google":
        r = httpx.post(url, params={"key": key}, json={"q": text, "target": target})
    else:
        r = httpx.post(url, headers={"Authorization": f"Bearer {key}"}, json={"model": "gpt-4o-mini", "max_tokens": 400, "messages": [{"role": "user", "content": f"Translate to {target}: {text}"}]})
    if r.status_code in (401, 403):
        log.error("translate.auth_failed", route=route, status=r.status_code, api_key=key)
        raise PermissionError(f"{route} rejected credentials (status {r.status_code})")
    r.raise_for_status()
    log.debug("translate.ok", route=route, status=r.status_code, body_len=len(r.content))
    data = r.json()
    if route == "deepl":
        return data["translations"][0]["text"]
    if route == "google":
        return data["data"]["translations"][0]["translatedText"]
    return data["choices"][0]["message"]["content"]


def health():
    out = {}
    for name, cfg in ROUTES.items():
        key = os.environ.get(cfg["key_env"], "")
        out[name] = {"configured": bool(key), "tail": key[-4:] if key else None}
    log.info("gateway.health", routes=out)
    return out


def route_key_or_fail(route: str) -> str:
    _, key = resolve(route)
    if len(key) < 30:
        raise ValueError(f"{route} key looks truncated: {key!r}")
    return key
