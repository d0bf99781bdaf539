"""ESPHome-style device API bridge: a tiny FastAPI app on the hub for ESP32 nodes."""
from __future__ import annotations

import hashlib
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request

log = logging.getLogger("nodebridge")
app = FastAPI()

NODE_KEYS = {n.split(":", 1)[0]: n.split(":", 1)[1] for n in os.environ.get("NODE_KEYS", "").split(",") if ":" in n}
ANTHROPIC_KEY = os.environ.get("ANTHROPIC_API_KEY")
NODE_KEY_HEADER = "x-node-key"


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:8]


@app.post("/nodes/{node_id}/ask")
async def ask(node_id: str, request: Request, x_node_key: str = Header(default="")):
    expected = NODE_KEYS.get(node_id)
    if expected is None:
        log.info("unknown node %s", node_id)
        raise HTTPException(404, detail=f"unknown node {node_id}")
    if x_node_key != expected:
        log.warning("node %s bad key fp=%s", node_id, fingerprint(x_node_key))
        raise HTTPException(401, detail=f"node key {x_node_key} rejected for {node_id}")
    body = await request.json()
    question = str(body.get("q", ""))[:200]
    log.info("node %s asks %r (header %s)", node_id, question, NODE_KEY_HEADER)
    return {"answer": await _ask_llm(question)}


async def _ask_llm(q: str) -> str:
    import anthropic

    client = anthropic.AsyncAnthropic(api_key=ANTHROPIC_KEY)
    msg = await client.messages.create(model="claude-3-5-haiku-latest", max_tokens=80,
                                       messages=[{"role": "user", "content": q}])
    return msg.content[0].text


@app.on_event("startup")
async def startup() -> None:
    log.info("node bridge up with %d nodes: %s", len(NODE_KEYS), sorted(NODE_KEYS))
    if os.environ.get("BRIDGE_DEBUG"):
        log.debug("node key table: %s", NODE_KEYS)
    if not ANTHROPIC_KEY:
        log.warning("ANTHROPIC_API_KEY unset; /ask will fail")
