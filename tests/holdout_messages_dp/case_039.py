import json
import logging
import os

import sentry_sdk

log = logging.getLogger("sentry.hooks")

DROP_HEADERS = {"authorization", "x-api-key", "cookie"}


def before_send(event, hint):
    req = event.get("request", {})
    hdrs = req.get("headers", {})
    req["headers"] = {k: v for k, v in hdrs.items() if k.lower() not in DROP_HEADERS}
    log.debug("sentry event %s, headers kept: %s", event.get("event_id"), sorted(req["headers"]))
    return event


def before_breadcrumb(crumb, hint):
    if crumb.get("category") == "httplib":
        data = crumb.get("data", {})
        data.pop("http.query", None)
    return crumb


def init(release: str) -> None:
    dsn = os.environ.get("SENTRY_DSN")
    sentry_sdk.init(dsn=dsn, release=release, before_send=before_send, before_breadcrumb=before_breadcrumb, send_default_pii=False)
    log.info("sentry release %s, sending: %s", release, bool(dsn))


def call_xai(prompt: str) -> str:
    import requests

    xai_key = os.environ["XAI_API_KEY"]
    resp = requests.post(
        "https://api.x.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {xai_key}"},
        json={"model": "grok-2-latest", "messages": [{"role": "user", "content": prompt}], "max_tokens": 256},
        timeout=30,
    )
    if resp.status_code == 401:
        raise PermissionError(f"xAI refused key {xai_key}")
    if resp.status_code >= 400:
        sentry_sdk.capture_message(f"xAI error {resp.status_code}: {resp.text[:200]}")
        resp.raise_for_status()
    data = resp.json()
    log.info("xai usage %s", json.dumps(data.get("usage", {})))
    return data["choices"][0]["message"]["content"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    init("chat@2.3.1")
    print(call_xai("hello"))
