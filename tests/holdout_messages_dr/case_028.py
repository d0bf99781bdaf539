"""Starlette websocket endpoint that streams OpenRouter completions; settings from config.yaml."""
import json
import logging
from pathlib import Path

import httpx
import yaml
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

log = logging.getLogger("router.ws")
CFG = yaml.safe_load(Path("config.yaml").read_text())
OR_CFG = CFG["openrouter"]  # api_key, base_url, model, referer


async def check_settings():
    log.info("openrouter base=%s model=%s referer=%s", OR_CFG["base_url"], OR_CFG["model"], OR_CFG.get("referer"))
    log.debug("openrouter settings: %s", OR_CFG)
    key = OR_CFG["api_key"]
    if not key.startswith("sk-or-v1-"):
        raise ValueError("openrouter.api_key in config.yaml looks wrong: {}".format(key))


async def chat(ws: WebSocket):
    await ws.accept()
    headers = {"Authorization": f"Bearer {OR_CFG['api_key']}", "HTTP-Referer": OR_CFG.get("referer", ""), "X-Title": "router-ws"}
    async with httpx.AsyncClient(base_url=OR_CFG["base_url"], headers=headers, timeout=None) as client:
        try:
            while True:
                prompt = await ws.receive_text()
                payload = {"model": OR_CFG["model"], "stream": True, "messages": [{"role": "user", "content": prompt}]}
                async with client.stream("POST", "/chat/completions", json=payload) as resp:
                    if resp.status_code != 200:
                        log.error("openrouter status %s for model %s", resp.status_code, OR_CFG["model"])
                        await ws.send_json({"error": "upstream", "status": resp.status_code})
                        continue
                    async for line in resp.aiter_lines():
                        if line.startswith("data: ") and line != "data: [DONE]":
                            delta = json.loads(line[6:])["choices"][0]["delta"].get("content")
                            if delta:
                                await ws.send_text(delta)
        except WebSocketDisconnect as exc:
            log.info("client left (code %s); headers sent were %s", exc.code, [h for h in headers if h.lower() != "authorization"])


app = Starlette(routes=[WebSocketRoute("/ws", chat)], on_startup=[check_settings])
