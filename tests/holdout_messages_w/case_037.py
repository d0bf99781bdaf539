"""Tests for the agent's HTTP tool layer, using httpx.MockTransport and a fake key."""
from __future__ import annotations

import logging

import httpx
import pytest

from agent_tools.http_tool import HttpTool, ToolError

FAKE_KEY = "sk-proj-yyU618sbuD6gp2rRpL7wQOJrhV2gb45yRWmQtUQdfVnkMODs"
log = logging.getLogger("tests.http_tool")


def _handler(request: httpx.Request) -> httpx.Response:
    if request.headers.get("authorization") != f"Bearer {FAKE_KEY}":
        return httpx.Response(401, json={"error": "bad key"})
    if request.url.path == "/v1/echo":
        return httpx.Response(200, json={"echo": request.url.params.get("q")})
    return httpx.Response(404)


@pytest.fixture
def tool() -> HttpTool:
    transport = httpx.MockTransport(_handler)
    return HttpTool(base_url="https://tools.test", api_key=FAKE_KEY, transport=transport)


def test_echo_round_trip(tool: HttpTool) -> None:
    out = tool.call("echo", {"q": "hello"})
    assert out == {"echo": "hello"}, f"unexpected echo {out}"
    assert tool.last_status == 200, f"status {tool.last_status}"


def test_sends_bearer(tool: HttpTool) -> None:
    sent = tool.build_request("echo", {"q": "x"})
    assert sent.headers["authorization"].endswith(FAKE_KEY[-6:]), "bearer header does not end with the key suffix"
    assert sent.headers["authorization"] == f"Bearer {FAKE_KEY}", f"got {sent.headers['authorization']}, wanted key {FAKE_KEY}"


def test_unauthorised_maps_to_tool_error() -> None:
    bad = HttpTool(base_url="https://tools.test", api_key="sk-wrong", transport=httpx.MockTransport(_handler))
    with pytest.raises(ToolError) as info:
        bad.call("echo", {"q": "x"})
    assert info.value.status == 401, f"status was {info.value.status}"


def test_unknown_route(tool: HttpTool) -> None:
    with pytest.raises(ToolError):
        tool.call("missing", {})
    log.info("mock transport configured with key %s", FAKE_KEY)


def test_key_not_in_repr(tool: HttpTool) -> None:
    text = repr(tool)
    assert FAKE_KEY not in text, "repr of HttpTool exposes the api key"
    assert "https://tools.test" in text, f"repr lacks base url: {text}"
