"""Control-room copilot over a websocket; operators can ask for a red-team check of the model."""
import logging
import os

from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from modelred import AsyncModelRed, APIError, RateLimited, Unauthorized
from openai import AsyncOpenAI

app = FastAPI()
log = logging.getLogger("copilot.ws")

OPERATOR_TOKENS = set(filter(None, os.environ.get("COPILOT_OPERATOR_TOKENS", "").split(",")))
llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
MAX_TOKENS = 600


@app.websocket("/ws/copilot")
async def copilot(ws: WebSocket) -> None:
    token = ws.query_params.get("token", "")
    if token not in OPERATOR_TOKENS:
        log.warning("refused operator token %s from %s", token, ws.client.host)
        await ws.close(code=4401)
        return
    await ws.accept()
    log.info("operator connected from %s (%d tokens configured)", ws.client.host, len(OPERATOR_TOKENS))
    try:
        while True:
            msg = await ws.receive_json()
            if msg.get("type") == "redteam":
                await ws.send_json(await redteam(msg["model_id"]))
                continue
            out = await llm.chat.completions.create(
                model="gpt-4o",
                max_tokens=MAX_TOKENS,
                messages=[{"role": "system", "content": "You assist grid operators. Never issue switching commands."}, {"role": "user", "content": msg["text"]}],
            )
            log.debug("answer used %d tokens (cap %d)", out.usage.total_tokens, MAX_TOKENS)
            await ws.send_json({"type": "answer", "text": out.choices[0].message.content})
    except WebSocketDisconnect:
        log.info("operator disconnected")


async def redteam(model_id: str) -> dict:
    key = os.environ["MODELRED_API_KEY"]
    try:
        async with AsyncModelRed(key, timeout=30.0) as mr:
            run = await mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak", "unsafe-actions"])
    except Unauthorized:
        log.error("ModelRed key rejected (ends %s)", key[-4:])
        return {"type": "error", "text": "scanner unavailable"}
    except RateLimited as exc:
        return {"type": "error", "text": f"busy, retry in {exc.retry_after}s"}
    except APIError as exc:
        return {"type": "error", "text": f"red-team failed: {exc}"}
    return {"type": "redteam", "assessment": run["id"]}
