"""Cassette configuration for recorded Mistral tests (pytest-recording / vcrpy)."""
import logging
import os

import pytest

log = logging.getLogger("tests.cassettes")

SCRUBBED_HEADERS = ("authorization", "x-api-key", "cookie", "set-cookie")
PLACEHOLDER = "<REDACTED>"


def _scrub_request(request):
    auth = request.headers.get("Authorization")
    if auth:
        log.debug("scrubbing Authorization header %s from %s", auth, request.uri)
        request.headers["Authorization"] = PLACEHOLDER
    log.debug("scrubbed request headers: %s", sorted(request.headers))
    return request


def _scrub_response(response):
    headers = response.get("headers", {})
    dropped = [h for h in list(headers) if h.lower() in SCRUBBED_HEADERS]
    for name in dropped:
        headers.pop(name)
    if dropped:
        log.debug("dropped response headers %s", dropped)
    return response


@pytest.fixture(scope="module")
def vcr_config():
    return {
        "filter_headers": [(h, PLACEHOLDER) for h in SCRUBBED_HEADERS],
        "filter_query_parameters": ["key"],
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
        "record_mode": os.environ.get("VCR_RECORD_MODE", "none"),
    }


@pytest.fixture(scope="session")
def mistral_key():
    mode = os.environ.get("VCR_RECORD_MODE", "none")
    key = os.environ.get("MISTRAL_API_KEY")
    if mode != "none" and not key:
        pytest.fail("recording needs MISTRAL_API_KEY; set it or use VCR_RECORD_MODE=none")
    if key and len(key) != 32:
        raise ValueError(f"MISTRAL_API_KEY should be 32 characters, got {len(key)}: {key}")
    return key or "recorded-cassette-placeholder"


@pytest.fixture
def assert_cassette_clean(request):
    yield
    path = os.path.join("tests", "cassettes", request.node.name + ".yaml")
    if os.path.exists(path):
        with open(path) as fh:
            text = fh.read()
        assert "Bearer " not in text, f"cassette {path} still has a bearer token"
        log.info("cassette %s ok (%d bytes)", path, len(text))
