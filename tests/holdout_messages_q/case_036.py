"""WebSocket console: operators register a model and watch its assessment live."""
from __future__ import annotations

import logging
import os
import re

from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from modelred import ModelRed, ModelRedError, QuotaExceededError, TierRestrictedError, ValidationError

app = FastAPI()
logger = logging.getLogger("console.ws")
MODEL_ID_RE = re.compile(r"^[a-zA-Z0-9_-]{1,50}$")


@app.websocket("/ws/assess")
async def assess(ws: WebSocket) -> None:
    await ws.accept()
    try:
        msg = await ws.receive_json()
    except WebSocketDisconnect:
        return
    model_id = msg.get("model_id", "")
    openai_key = msg.get("openai_api_key") or os.environ.get("OPENAI_API_KEY")
    if not MODEL_ID_RE.match(model_id):
        await ws.send_json({"error": f"invalid model id {model_id!r}"})
        await ws.close()
        return
    logger.info("ws assess model=%s using %s key", model_id, "operator-supplied" if msg.get("openai_api_key") else "server")
    try:
        async with ModelRed() as client:
            await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name=msg.get("model_name", "gpt-4o-mini"))
            result = await client.run_assessment(model_id=model_id, test_suites=msg.get("suites", ["basic_security"]), wait_for_completion=True, progress_callback=None)
    except QuotaExceededError as e:
        logger.warning("quota exceeded for %s: %s", model_id, e)
        await ws.send_json({"error": "quota exceeded"})
    except TierRestrictedError as e:
        await ws.send_json({"error": "suite not available on this plan", "detail": e.message})
    except ValidationError as e:
        logger.error("registration of %s with key %s rejected: %s", model_id, openai_key, e)
        await ws.send_json({"error": "validation failed", "detail": str(e)})
    except ModelRedError as e:
        logger.exception("assessment failed for %s", model_id)
        await ws.send_json({"error": "assessment failed", "kind": type(e).__name__})
    else:
        await ws.send_json({"status": "done", "score": result.get("overall_score")})
    finally:
        await ws.close()
