"""xAI Grok tutor for the MOOC forum, with an admin endpoint that rotates keys (FastAPI)."""
import logging
import os

import httpx
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
alog = logging.getLogger("mooc.grok")

state = {"xai_key": os.environ.get("XAI_API_KEY", ""), "model": "grok-2-latest", "max_tokens": 500}
ADMIN_TOKEN = os.environ["MOOC_ADMIN_TOKEN"]


class Rotate(BaseModel):
    new_key: str


def admin(token: str = ""):
    if token != ADMIN_TOKEN:
        raise HTTPException(403, "admin only")
    return True


@app.post("/admin/rotate")
def rotate(body: Rotate, ok: bool = Depends(admin)):
    r = httpx.get("https://api.x.ai/v1/models", headers={"Authorization": f"Bearer {body.new_key}"})
    if r.status_code != 200:
        raise HTTPException(400, detail=f"xAI rejected new key {body.new_key} ({r.status_code})")
    state["xai_key"] = body.new_key
    alog.info("xai key rotated; model %s, max_tokens %s", state["model"], state["max_tokens"])
    return {"ok": True, "suffix": body.new_key[-4:]}


@app.post("/ask")
def ask(question: str):
    r = httpx.post("https://api.x.ai/v1/chat/completions", timeout=60,
                   headers={"Authorization": f"Bearer {state['xai_key']}"},
                   json={"model": state["model"], "max_tokens": state["max_tokens"],
                         "messages": [{"role": "user", "content": question}]})
    if r.status_code != 200:
        alog.error("grok %s: %s", r.status_code, r.text)
        raise HTTPException(502, "tutor unavailable")
    data = r.json()
    alog.info("answered with %d tokens", data["usage"]["total_tokens"])
    return {"answer": data["choices"][0]["message"]["content"]}


@app.get("/admin/state")
def show_state(ok: bool = Depends(admin)):
    return {"model": state["model"], "max_tokens": state["max_tokens"], "key_set": bool(state["xai_key"])}
