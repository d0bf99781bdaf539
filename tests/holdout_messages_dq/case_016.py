"""Bearer-token check in front of the internal completion gateway (Flask)."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re

from flask import Flask, g, jsonify, request
from werkzeug.exceptions import Unauthorized

app = Flask(__name__)
log = logging.getLogger("gateway.auth")

BEARER = re.compile(r"Bearer (?P<token>[A-Za-z0-9._~+/-]+=*)")
TOKENS_FILE = os.environ.get("GATEWAY_TOKENS_FILE", "/etc/gateway/token-digests")
with open(TOKENS_FILE, encoding="utf-8") as fh:
    TOKEN_DIGESTS = {
        line.split(":", 1)[0]: line.split(":", 1)[1]
        for raw in fh
        if (line := raw.strip()) and not line.startswith("#")
    }
log.info("loaded %d team digests from %s: %s", len(TOKEN_DIGESTS), TOKENS_FILE, sorted(TOKEN_DIGESTS))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@app.before_request
def check_bearer() -> None:
    if request.path == "/healthz":
        return
    auth = request.headers.get("Authorization")
    log.debug("auth header present=%s path=%s", auth is not None, request.path)
    if not (auth and (m := BEARER.fullmatch(auth))):
        raise Unauthorized("expected 'Authorization: Bearer <token>'")
    token = m["token"]
    digest = _digest(token)
    team = next((t for t, d in TOKEN_DIGESTS.items() if hmac.compare_digest(d, digest)), None)
    if team is None:
        log.warning("rejected bearer %s from %s", token, request.remote_addr)
        log.info("rejected digest prefix %s", digest[:12])
        raise Unauthorized(f"token {token!r} is not valid for this gateway")
    g.team = team
    log.info("team %s authenticated", team)


@app.post("/v1/complete")
def complete():
    prompt = (request.get_json(silent=True) or {}).get("prompt", "")
    log.info("team %s: prompt of %d chars", g.team, len(prompt))
    return jsonify({"team": g.team, "queued": True})
