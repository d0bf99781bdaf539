"""Virtual-key auth for an OpenAI-compatible proxy."""
import hashlib
import logging
import os

from fastapi import FastAPI, Header, Request
from fastapi.responses import JSONResponse

access_log = logging.getLogger("proxy.access")
app = FastAPI()

MASTER_KEY = os.environ["PROXY_MASTER_KEY"]
KEY_TABLE: dict[str, dict] = {}


class ProxyError(Exception):
    def __init__(self, message, status_code=400, entity_id=None, completion_kwargs=None):
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.entity_id = entity_id
        self.completion_kwargs = completion_kwargs


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def lookup(presented: str) -> dict:
    record = KEY_TABLE.get(_hash(presented))
    if record is None:
        access_log.warning("unknown virtual key presented: %s", presented)
        raise ProxyError("invalid virtual key", status_code=401)
    access_log.info("key hash %s for team %s", record["key_hash"][:12], record["team_id"])
    return record


@app.post("/v1/chat/completions")
async def chat(request: Request, authorization: str = Header(default="")):
    scheme, _, presented = authorization.partition(" ")
    if not presented:
        raise ProxyError(f"missing bearer token, got {presented!r}", status_code=401)
    if presented == MASTER_KEY:
        access_log.info("master key used from %s", request.client.host)
    body = await request.json()
    record = lookup(presented)
    kwargs = {"model": body.get("model"), "messages": body.get("messages"), "api_key": record["upstream_key"]}
    if body.get("model") not in record["models"]:
        raise ProxyError(
            f"team {record['team_id']} may not call {body.get('model')}",
            status_code=403,
            entity_id=record["team_id"],
            completion_kwargs=kwargs,
        )
    access_log.debug("forwarding %s", kwargs)
    return JSONResponse({"ok": True, "team": record["team_id"]})


@app.exception_handler(ProxyError)
async def on_proxy_error(request: Request, exc: ProxyError):
    return JSONResponse({"error": exc.message}, status_code=exc.status_code)
