"""Fixtures for the image-captioning eval (no secrets in here)."""
import base64
import io
import uuid

import pytest

# 1x1 transparent PNG
TINY_PNG_B64 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
NOISE_IMAGE_DATA = "Kt3QHPxF4IBqGUZhfPOMPqsik7TiMkJHZdTRnoWl81hkTjcNBn32MtsIDTY8o84pBz60vFMcYIOgCMx7adDriiXp5lCB8iRqADRjIL8fdmfGYTdAgpCRDdYE=="
CAT_IMAGE = {"mime": "image/jpeg", "data": "/9j/rZvJfRopkx8vM13PAg2ns3piV2l/JAet9sofhjJ88jniP0Oz+VKC5dluy4CfmKC2iOxPq5yjyYmwmWJjfZsee8tq51N0N0sR"}

SESSION_ID = "31a33220-9eaf-4207-9077-637398ba5857"
CORRELATION_IDS = ["4af8a1a6-c64d-4484-8b11-61582a23dd56", "68cf1cf5-85ef-4657-861e-a09d538b7ffd"]
IMAGE_TOKEN_ID = 32000
IMAGE_SHA1 = "7f8b0b6c47fba986371ea48cf5dbcb7d31023ad9"
IDEMPOTENCY_KEY = "32112156-e0c8-452d-a62e-ab416b7053b6"
NONCE = "36b3f68031ed15c38b7752e1850a4334"


def data_url(b64: str, mime: str = "image/png") -> str:
    return f"data:{mime};base64,{b64}"


@pytest.fixture
def tiny_png() -> bytes:
    return base64.b64decode(TINY_PNG_B64)


@pytest.fixture
def request_payload():
    return {
        "id": str(uuid.uuid4()),
        "session_id": SESSION_ID,
        "image": data_url(TINY_PNG_B64),
        "max_tokens": 64,
        "idempotency_key": IDEMPOTENCY_KEY,
    }


def test_png_header(tiny_png):
    assert tiny_png.startswith(b"\x89PNG\r\n\x1a\n")


def test_payload_roundtrip(request_payload):
    buf = io.BytesIO(base64.b64decode(request_payload["image"].split(",", 1)[1]))
    assert buf.read(4) == b"\x89PNG"
