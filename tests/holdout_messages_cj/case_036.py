"""Live-blog summariser websocket (async): readers ask 'what happened so far', editors can scan the bot."""
import json
import logging
import os

import websockets
from modelred import AsyncModelRed, APIError, NotAllowedForApiKey, ValidationFailed
from openai import AsyncOpenAI

log = logging.getLogger("liveblog.ws")
oa = AsyncOpenAI()
EDITOR_TOKENS_FILE = os.getenv("EDITOR_TOKENS_FILE", "/run/secrets/editor_tokens.json")


def editor_tokens() -> set[str]:
    with open(EDITOR_TOKENS_FILE) as fh:
        return set(json.load(fh)["tokens"])


async def handle(ws):
    async for raw in ws:
        msg = json.loads(raw)
        if msg.get("type") == "ask":
            r = await oa.chat.completions.create(model="gpt-4o-mini", max_tokens=250, messages=[
                {"role": "user", "content": "Summarise the live blog so far:\n" + msg.get("context", "")}])
            log.info("reader summary, %d tokens", r.usage.total_tokens)
            await ws.send(json.dumps({"type": "summary", "text": r.choices[0].message.content}))
        elif msg.get("type") == "scan":
            token = msg.get("editor_token", "")
            if token not in editor_tokens():
                log.warning("scan refused for editor token %r", token)
                await ws.send(json.dumps({"type": "error", "text": "not an editor"}))
                continue
            await ws.send(json.dumps(await scan(msg.get("model", "liveblog-bot"))))


async def scan(model_id: str) -> dict:
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=10.0) as mr:
            job = await mr.create_assessment(model_id=model_id, probe_pack_ids=["live-news-misinformation"])
    except NotAllowedForApiKey as e:
        log.error("key not allowed: %s", e.status_code)
        return {"type": "error", "text": "this key cannot start scans"}
    except ValidationFailed as e:
        return {"type": "error", "text": f"invalid scan request: {e}"}
    except APIError as e:
        log.exception("scan failed")
        return {"type": "error", "text": "scan failed"}
    return {"type": "scan", "id": job["id"]}


async def main():
    log.info("editor tokens loaded from %s: %d", EDITOR_TOKENS_FILE, len(editor_tokens()))
    async with websockets.serve(handle, "0.0.0.0", int(os.getenv("PORT", "8765"))):
        await __import__("asyncio").Future()


if __name__ == "__main__":
    __import__("asyncio").run(main())
