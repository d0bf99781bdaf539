"""Shared test helpers for provider clients: fake keys, fake transports."""
import json
import logging

import httpx

logger = logging.getLogger("tests.helpers")

FAKE_KEY = "sk-test-xxxxxxxxxxxxxxxxxxxxxxxx"
EXAMPLE_KEY = "mr_your_key_here"
PLACEHOLDER = "<YOUR_API_KEY>"
LIVE_KEY = "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"


def fake_transport(status: int = 200, body: dict | None = None) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        logger.debug("fake transport got %s %s", request.method, request.url)
        return httpx.Response(status, json=body or {"ok": True})

    return httpx.MockTransport(handler)


def describe_fixture() -> None:
    print(f"using fake key {FAKE_KEY}")
    print(f"example key in docs: {EXAMPLE_KEY}")
    logger.info("placeholder %s", PLACEHOLDER)


def smoke_live() -> dict:
    logger.warning("running live smoke test with %s", LIVE_KEY)
    resp = httpx.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {LIVE_KEY}"})
    data = resp.json()
    print(json.dumps({"status": resp.status_code, "count": len(data.get("data", []))}))
    return data


def assert_auth_header(request: httpx.Request, expected_key: str) -> None:
    got = request.headers.get("authorization")
    assert got == f"Bearer {expected_key}", f"expected Bearer {expected_key}, got {got}"
