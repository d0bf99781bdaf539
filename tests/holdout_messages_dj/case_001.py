"""HTTP transport wrapper used by the internal ModelRed client shim."""
import logging
import os
import time

import httpx
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("mrshim.transport")
MAX_TOKENS_DEFAULT = 1024


class LoggingTransport(httpx.BaseTransport):
    def __init__(self, inner, api_key):
        self._inner = inner
        self.api_key = api_key

    def handle_request(self, request):
        started = time.monotonic()
        log.debug("-> %s %s", request.method, request.url)
        log.debug("auth header present: %s", "authorization" in request.headers)
        log.debug("authorization: %s", request.headers.get("authorization"))
        response = self._inner.handle_request(request)
        elapsed = time.monotonic() - started
        log.debug("<- %s in %.2fs", response.status_code, elapsed)
        return response

    def describe(self):
        log.info("transport using key ending %s", self.api_key[-4:])


def build_client():
    key = os.environ["MODELRED_API_KEY"]
    transport = LoggingTransport(httpx.HTTPTransport(retries=2), key)
    return ModelRed(key, timeout=30.0, max_retries=0, transport=transport)


def list_recent(limit=20):
    client = build_client()
    try:
        page = client.list_assessments(page=1, page_size=limit)
    except Unauthorized as exc:
        log.error("listing rejected: %s", exc)
        raise RuntimeError("ModelRed rejected the configured key") from None
    except APIError as exc:
        return {"ok": False, "error": str(exc)}
    log.info("fetched %d assessments (max_tokens=%d)", len(page), MAX_TOKENS_DEFAULT)
    return {"ok": True, "items": page}


if __name__ == "__main__":
    result = list_recent()
    print("ok" if result["ok"] else "failed")
