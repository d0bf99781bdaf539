"""Middleware chain built from closures for an LLM proxy."""
import logging
import os
import time
from typing import Callable

log = logging.getLogger("proxy.mw")

Handler = Callable[[dict], dict]


def compose(*middlewares):
    def build(final: Handler) -> Handler:
        handler = final
        for mw in reversed(middlewares):
            handler = mw(handler)
        return handler
    return build


def timing(next_handler: Handler) -> Handler:
    def handle(req):
        t0 = time.monotonic()
        try:
            return next_handler(req)
        finally:
            log.info("%s %s in %.1fms", req["method"], req["path"], (time.monotonic() - t0) * 1000)
    return handle


def auth(valid_keys):
    def middleware(next_handler: Handler) -> Handler:
        def handle(req):
            token = req["headers"].get("authorization", "").removeprefix("Bearer ")
            if token not in valid_keys:
                log.warning("rejected token %s on %s", token, req["path"])
                return {"status": 401, "body": "unauthorised"}
            req["caller"] = valid_keys[token]
            log.debug("token accepted (...%s)", token[-4:])
            log.debug("caller %s authenticated", req["caller"])
            return next_handler(req)
        return handle
    return middleware


def audit(next_handler: Handler) -> Handler:
    def handle(req):
        safe = {k: v for k, v in req["headers"].items() if k.lower() not in ("authorization", "x-api-key")}
        log.info("audit %s headers=%s", req["path"], safe)
        resp = next_handler(req)
        log.info("audit %s -> %s", req["path"], resp["status"])
        return resp
    return handle


def upstream(req):
    body = req.get("json") or {}
    upstream_key = os.environ["UPSTREAM_API_KEY"]
    if body.get("debug"):
        log.debug("forwarding with upstream key %s", upstream_key)
    log.debug("upstream body max_tokens=%s", body.get("max_tokens"))
    return {"status": 200, "body": {"echo": body}}


def make_app(valid_keys):
    return compose(timing, auth(valid_keys), audit)(upstream)
