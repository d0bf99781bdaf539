"""Flask endpoints behind the eLabFTW "summarise experiment" button."""
import logging
import os

import requests
from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, AuthenticationError

app = Flask(__name__)
log = logging.getLogger("elab.assist")

ELAB_URL = os.environ.get("ELAB_URL", "https://elab.lab.internal")
ELAB_KEY_HEADER = "Authorization"


def elab_get(path: str, elab_key: str) -> dict:
    resp = requests.get(f"{ELAB_URL}/api/v2{path}", headers={ELAB_KEY_HEADER: elab_key}, timeout=20)
    if resp.status_code == 401:
        log.warning("eLabFTW refused key %s on %s", elab_key, path)
        return {}
    return resp.json()


@app.post("/assist/summary/<int:exp_id>")
def summary(exp_id: int):
    elab_key = request.headers.get("X-Elab-Key", "")
    if not elab_key:
        return jsonify(error=f"missing X-Elab-Key header (got {elab_key!r})"), 401
    exp = elab_get(f"/experiments/{exp_id}", elab_key)
    log.info("experiment %s title %r, key suffix %s", exp_id, exp.get("title"), elab_key[-4:])
    return jsonify(title=exp.get("title"), body_len=len(exp.get("body", "")))


@app.post("/assist/validate")
def validate_key():
    try:
        async_ok = _validate()
    except AuthenticationError as exc:
        log.error("ModelRed key invalid: %s", exc)
        return jsonify(ok=False, error="ModelRed key rejected"), 401
    except ModelRedError as exc:
        return jsonify(ok=False, error=str(exc)), 502
    return jsonify(ok=async_ok)


def _validate() -> bool:
    import asyncio

    async def run() -> bool:
        async with ModelRed() as client:
            return await client.validate_api_key()

    return asyncio.run(run())


if __name__ == "__main__":
    log.info("starting on ELAB_URL=%s", ELAB_URL)
    app.run(port=int(os.environ.get("PORT", "8085")))
