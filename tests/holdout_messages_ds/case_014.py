"""Async unit tests for services/redteam.py on httpx.MockTransport (no network)."""
import json
import logging
import os

import httpx
import pytest
from modelred import AsyncModelRed, RateLimited, Unauthorized

from services.redteam import RedteamService

log = logging.getLogger("tests.redteam")
pytestmark = pytest.mark.asyncio


@pytest.fixture
def mr_key():
    return os.environ.get("MODELRED_TEST_KEY", "mr_unit_test_key_0000")


def make_transport(status=200, payload=None, headers=None):
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        log.debug("mock %s %s auth=%s", request.method, request.url.path, request.headers.get("authorization"))
        log.debug("mock %s body=%s", request.url.path, request.content[:200])
        return httpx.Response(status, json=payload or {}, headers=headers or {})

    return httpx.MockTransport(handler), calls


async def test_create_assessment_sends_key(mr_key):
    transport, calls = make_transport(201, {"id": "asm_1", "status": "queued"})
    async with AsyncModelRed(mr_key, transport=transport) as client:
        service = RedteamService(client)
        assessment = await service.start("chatbot-v2", ["pack_injection"])
    assert assessment["id"] == "asm_1", f"unexpected payload {json.dumps(assessment)}"
    assert calls, "no request reached the mock transport"
    assert "authorization" in calls[-1].headers, f"headers sent: {sorted(calls[-1].headers)}"


async def test_rate_limit_surfaces_retry_after(mr_key):
    transport, _ = make_transport(429, {"error": "slow down"}, {"Retry-After": "7"})
    async with AsyncModelRed(mr_key, transport=transport, max_retries=0) as client:
        with pytest.raises(RateLimited) as info:
            await client.list_assessments()
    log.info("rate limited, retry_after=%s", info.value.retry_after)
    assert info.value.retry_after == 7


async def test_unauthorized_message(mr_key):
    transport, _ = make_transport(401, {"error": "invalid api key"})
    async with AsyncModelRed(mr_key, transport=transport, max_retries=0) as client:
        with pytest.raises(Unauthorized) as info:
            await client.list_models()
    log.info("401 mapped to %s", type(info.value).__name__)
    log.warning("401 mapped to Unauthorized for key %s", mr_key)
