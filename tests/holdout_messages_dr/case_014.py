"""Quart websocket that lets analysts watch a ModelRed assessment live (SDK 0.1.3x)."""
import asyncio
import logging

import keyring
from quart import Quart, websocket

from modelred import AsyncModelRedClient, ModelRedError, NotFoundError, RateLimitError

app = Quart(__name__)
log = logging.getLogger("watch")
KEYRING_SERVICE = "modelred-watch"
KEYRING_USER = "service-account"


def modelred_key() -> str:
    key = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    if key is None:
        raise RuntimeError(f"no key in keyring {KEYRING_SERVICE}/{KEYRING_USER}")
    return key


@app.before_serving
async def open_client():
    app.mr = AsyncModelRedClient(api_key=modelred_key())
    log.info("modelred client ready (keyring %s)", KEYRING_SERVICE)


@app.after_serving
async def close_client():
    await app.mr.close()


@app.websocket("/assessments/<assessment_id>/watch")
async def watch(assessment_id: str):
    analyst = websocket.headers.get("X-Analyst", "unknown")
    log.info("%s watching %s", analyst, assessment_id)
    while True:
        try:
            status = await app.mr.get_assessment(assessment_id)
        except NotFoundError as exc:
            await websocket.send_json({"error": "not_found", "detail": exc.message})
            return
        except RateLimitError as exc:
            log.warning("rate limited while watching %s: %s", assessment_id, exc)
            await asyncio.sleep(10)
            continue
        except ModelRedError as exc:
            await websocket.send_json({"error": type(exc).__name__})
            return
        await websocket.send_json({"status": status["status"], "progress": status.get("progress")})
        if status["status"] in ("COMPLETED", "FAILED"):
            return
        await asyncio.sleep(3)


@app.route("/rotate-check")
async def rotate_check():
    key = modelred_key()
    log.warning("rotation check: current key is %s", key)
    return {"key_prefix": key[:3], "length": len(key)}
