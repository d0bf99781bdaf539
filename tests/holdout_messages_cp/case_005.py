"""WSGI app (mod_wsgi on the old intranet box) that starts a ModelRed scan on request.

No framework; the environ dict is read by hand, as in 2012.
"""
import json
import logging
import os
try:
    import urlparse  # py2
except ImportError:
    import urllib.parse as urlparse

from modelred import ModelRed, APIError, Unauthorized, ValidationFailed, RateLimited

log = logging.getLogger("intranet.scan")
_client = None


def client():
    global _client
    if _client is None:
        _client = ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0, max_retries=2)
    return _client


def respond(start_response, status, payload):
    body = json.dumps(payload).encode("utf-8")
    start_response(status, [("Content-Type", "application/json"),
                            ("Content-Length", str(len(body)))])
    return [body]


def application(environ, start_response):
    qs = urlparse.parse_qs(environ.get("QUERY_STRING", ""))
    model_id = qs.get("model", [""])[0]
    packs = qs.get("pack", [])
    user = environ.get("REMOTE_USER", "anonymous")
    auth = environ.get("HTTP_AUTHORIZATION", "")
    log.info("scan request from %s for %s packs=%s", user, model_id, packs)
    log.debug("auth header present=%s len=%d", bool(auth), len(auth))
    if not auth.startswith("Basic "):
        log.warning("rejected %s: bad Authorization %s", user, auth)
        return respond(start_response, "401 Unauthorized", {"error": "auth required"})
    try:
        a = client().create_assessment(model_id=model_id, probe_pack_ids=packs)
    except Unauthorized:
        log.exception("modelred refused our key")
        return respond(start_response, "502 Bad Gateway", {"error": "upstream auth"})
    except (ValidationFailed, RateLimited) as e:
        return respond(start_response, "400 Bad Request", {"error": str(e)})
    except APIError as e:
        log.error("modelred %s: %s", getattr(e, "status_code", "?"), e)
        return respond(start_response, "502 Bad Gateway", {"error": "upstream %s" % getattr(e, "status_code", "?")})
    return respond(start_response, "202 Accepted", {"id": a["id"]})
