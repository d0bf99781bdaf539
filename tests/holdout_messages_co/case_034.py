"""API-key dependency for an internal LLM proxy, with typing.Annotated."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
access_log = logging.getLogger("proxy.access")

API_KEY_HEADER = "X-Proxy-Key"
_HASHES = {h.strip() for h in os.environ.get("PROXY_KEY_HASHES", "").split(",") if h.strip()}


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def require_key(x_proxy_key: Annotated[str | None, Header(alias=API_KEY_HEADER)] = None) -> str:
    if x_proxy_key is None:
        raise HTTPException(401, detail=f"missing {API_KEY_HEADER} header")
    digest = _digest(x_proxy_key)
    if not any(hmac.compare_digest(digest, h) for h in _HASHES):
        access_log.warning("rejected proxy key %s", x_proxy_key)
        raise HTTPException(403, detail=f"unknown key {x_proxy_key}")
    access_log.info("accepted key digest %s", digest[:12])
    return digest


Caller = Annotated[str, Depends(require_key)]


@app.post("/v1/chat/completions")
async def chat(body: dict, caller: Caller) -> dict:
    access_log.info("caller %s model=%s max_tokens=%s", caller[:12], body.get("model"), body.get("max_tokens"))
    return {"caller": caller[:12], "echo": body.get("messages", [])[-1:]}


@app.get("/v1/whoami")
async def whoami(caller: Caller) -> dict:
    return {"key_digest": caller[:12]}
