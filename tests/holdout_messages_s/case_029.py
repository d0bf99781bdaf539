"""Contract tests: our wrapper must send the right headers and map SDK errors to app errors."""
import httpx
import pytest

from modelred import ModelRed, Unauthorized, ServerError

from redteam_platform.service import AppError, fetch_score

KEY = "mr_7OlKhxEDKmTh7U4ZBhr5H1yFrKgd0Ngme8Y4l1ba"
ANTHROPIC_KEY = "sk-ant-api03-5BEARsFtsJ3v3S8Pz16eER9cHmB9l2yEbG7iBDJWcEn8iMD0sDNKd0A9z5YIXFgJQoC-ONxtIuXRmMvsHEwfHK8XgMsAA"


def recorder(status: int = 200, body: dict | None = None):
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body or {"id": "asm_9", "status": "completed", "score": 0.91})

    return seen, httpx.MockTransport(handler)


def test_bearer_header():
    seen, transport = recorder()
    with ModelRed(KEY, transport=transport) as c:
        c.get_assessment("asm_9")
    auth = seen[0].headers["authorization"]
    assert auth == f"Bearer {KEY}", f"wrong auth header: {auth}"
    assert seen[0].url.path.endswith("/asm_9"), f"path was {seen[0].url.path}"


def test_detector_key_is_not_sent():
    seen, transport = recorder()
    with ModelRed(KEY, transport=transport) as c:
        c.create_assessment(model_id="m", probe_pack_ids=["core"], detector_api_key=ANTHROPIC_KEY)
    body = seen[0].content.decode()
    assert ANTHROPIC_KEY not in body, "deprecated detector key must not be forwarded"
    assert len(body) < 4096, f"request body unexpectedly large: {len(body)} bytes"


def test_unauthorized_maps_to_app_error():
    _, transport = recorder(401, {"error": "invalid key"})
    with pytest.raises(AppError) as info:
        fetch_score(KEY, "asm_9", transport=transport)
    assert info.value.code == "auth", f"code was {info.value.code}"


def test_server_error_is_retried():
    _, transport = recorder(503, {"error": "unavailable"})
    with ModelRed(KEY, transport=transport, max_retries=1) as c:
        with pytest.raises(ServerError):
            c.get_assessment("asm_9")


def test_unauthorized_raw():
    _, transport = recorder(401, {"error": "invalid key"})
    with ModelRed(KEY, transport=transport, max_retries=0) as c, pytest.raises(Unauthorized):
        c.get_assessment("asm_9")
    assert KEY.startswith("mr_"), f"fixture key {KEY} lost its prefix"
