"""Inbound GitHub-style webhook receiver that triggers ModelRed scans (generation 3)."""
import hashlib
import hmac
import json
import logging
import os

from fastapi import FastAPI, Request, HTTPException
from modelred import ModelRed, APIError, NotFound, LimitExceeded

app = FastAPI()
log = logging.getLogger("hooks.inbound")

WEBHOOK_SECRET = os.environ["REPO_WEBHOOK_SECRET"]
MODELRED_KEY = os.environ["MODELRED_API_KEY"]
PACKS = ["jailbreak-basic", "pii-leak"]


def check_signature(raw: bytes, header: str) -> None:
    digest = "sha256=" + hmac.new(WEBHOOK_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, header or ""):
        log.warning("bad signature header=%s computed=%s", header, digest)
        raise HTTPException(401, "bad signature")


@app.post("/hooks/repo")
async def repo_hook(request: Request):
    raw = await request.body()
    check_signature(raw, request.headers.get("X-Hub-Signature-256", ""))
    event = json.loads(raw)
    model_id = event.get("model_id") or event.get("repository", {}).get("name")
    client = ModelRed(MODELRED_KEY, timeout=15.0, max_retries=2)
    try:
        run = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=PACKS)
    except NotFound:
        raise HTTPException(404, f"unknown model {model_id}")
    except LimitExceeded as e:
        log.warning("limit exceeded: %s", e)
        raise HTTPException(429, "scan quota exhausted")
    except APIError as e:
        raise HTTPException(502, detail=f"ModelRed error: {e}")
    finally:
        client.close()
    log.info("queued assessment %s for %s (packs=%s)", run["id"], model_id, PACKS)
    return {"queued": run["id"]}


@app.on_event("startup")
def announce():
    log.info("inbound hooks up; secret length=%d modelred key=%s", len(WEBHOOK_SECRET), MODELRED_KEY)


def replay(path: str) -> None:
    with open(path, "rb") as fh:
        raw = fh.read()
    sig = "sha256=" + hmac.new(WEBHOOK_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    print(f"replay with header X-Hub-Signature-256: {sig}")
