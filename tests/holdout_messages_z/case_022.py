"""acme_llm.testing: helpers shipped for downstream test suites."""
from __future__ import annotations

import contextlib
import logging
import os
import warnings
from typing import Iterator

log = logging.getLogger("acme_llm.testing")

RECORD_ENV = "ACME_RECORD"
KEY_ENV = "ACME_API_KEY"
REDACTED = "<REDACTED>"


class LiveKeyWarning(UserWarning):
    pass


def scrub_headers(headers: dict[str, str]) -> dict[str, str]:
    return {k: (REDACTED if k.lower() in {"authorization", "x-api-key"} else v) for k, v in headers.items()}


@contextlib.contextmanager
def recording(cassette: str) -> Iterator[dict]:
    """Record real HTTP interactions into a cassette (needs a live key)."""
    key = os.environ.get(KEY_ENV)
    if os.environ.get(RECORD_ENV) != "1":
        yield {"mode": "replay", "cassette": cassette}
        return
    if key is None:
        raise RuntimeError(f"{RECORD_ENV}=1 needs {KEY_ENV} to be set")
    if not key.startswith("ak-test-"):
        warnings.warn(f"recording {cassette} with a production key {key}; use a test-scoped key", LiveKeyWarning)
    headers = {"Authorization": f"Bearer {key}", "User-Agent": "acme-python-tests"}
    log.info("recording %s with headers %s", cassette, scrub_headers(headers))
    state = {"mode": "record", "cassette": cassette, "headers": headers, "interactions": 0}
    try:
        yield state
    finally:
        log.info("recorded %d interactions into %s", state["interactions"], cassette)


def assert_no_key_in(text: str) -> None:
    key = os.environ.get(KEY_ENV, "")
    if key and key in text:
        raise AssertionError(f"cassette text contains the API key (length {len(key)}) at offset {text.index(key)}")


def require_live_key() -> str:
    key = os.environ.get(KEY_ENV, "")
    if not key:
        raise RuntimeError(f"set {KEY_ENV} to run live tests (got {key!r})")
    return key
