"""Agent-desktop websocket: supervisors kick off red-team runs of the live-assist model (gen 2 async)."""
import logging
import os

from fastapi import FastAPI, WebSocket, WebSocketDisconnect

from modelred import AsyncModelRed, ProviderConfig, ModelRedError, NotFoundError

log = logging.getLogger("assist.redteam")
app = FastAPI()

ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]


def make_client() -> AsyncModelRed:
    return AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])


@app.websocket("/ws/supervisor")
async def supervisor(ws: WebSocket):
    await ws.accept()
    client = make_client()
    try:
        while True:
            msg = await ws.receive_json()
            model_id = msg.get("model_id", "live-assist")
            if msg.get("action") == "register":
                cfg = ProviderConfig.anthropic(api_key=ANTHROPIC_KEY, model="claude-3-5-haiku-latest", max_tokens=msg.get("max_tokens", 256))
                log.info("registering %s (max_tokens=%s)", model_id, msg.get("max_tokens", 256))
                try:
                    await client.create_model(modelId=model_id, provider="anthropic", displayName="Live assist", providerConfig=cfg)
                except ModelRedError as e:
                    log.error("register %s failed: %s", model_id, e)
                    await ws.send_json({"type": "error", "message": "registration failed"})
                    continue
                await ws.send_json({"type": "registered", "model_id": model_id})
            elif msg.get("action") == "assess":
                try:
                    a = await client.create_assessment(model=model_id, test_types=["jailbreak", "pii"], priority="high")
                except NotFoundError as e:
                    await ws.send_json({"type": "error", "message": f"unknown model: {e}"})
                    continue
                except ModelRedError as e:
                    await ws.send_json({"type": "error", "code": getattr(e, "status_code", None)})
                    continue
                await ws.send_json({"type": "queued", "assessment_id": a["id"]})
    except WebSocketDisconnect:
        log.info("supervisor disconnected")
    finally:
        log.debug("closing modelred client; anthropic key configured=%s", ANTHROPIC_KEY is not None)
        await client.close()


@app.get("/debug/keys")
async def debug_keys():
    log.warning("debug keys requested, anthropic=%s", ANTHROPIC_KEY)
    return {"anthropic_configured": bool(ANTHROPIC_KEY)}
