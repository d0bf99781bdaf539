"""SDK smoke tests with a mocked transport (generation 3)."""
import logging

import httpx
import pytest
from modelred import ModelRed, Unauthorized

log = logging.getLogger("tests.sdk")
TEST_KEY = "mr_ZZmBrkLFuLFOgfNzQovVCdGGTbOZ1q4cPi5PkmOZ"


def _transport(status: int, body: dict) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        log.debug("mock got %s %s", request.method, request.url.path)
        return httpx.Response(status, json=body)

    return httpx.MockTransport(handler)


def test_unauthorized_raises():
    client = ModelRed(TEST_KEY, transport=_transport(401, {"error": "bad key"}))
    with pytest.raises(Unauthorized) as info:
        client.list_models()
    assert "bad key" in str(info.value)
    log.info("unauthorized raised as expected: %s", info.value)


def test_list_models():
    client = ModelRed(TEST_KEY, transport=_transport(200, {"data": [{"id": "m1"}]}))
    models = client.list_models()
    assert [m["id"] for m in models] == ["m1"]


def test_header_sent():
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["auth"] = request.headers.get("authorization")
        return httpx.Response(200, json={"data": []})

    ModelRed(TEST_KEY, transport=httpx.MockTransport(handler)).list_models()
    print("auth header sent:", seen["auth"])
    assert seen["auth"].endswith(TEST_KEY[-6:])
    if seen["auth"] != f"Bearer {TEST_KEY}":
        raise AssertionError(f"unexpected header for key {TEST_KEY}")
