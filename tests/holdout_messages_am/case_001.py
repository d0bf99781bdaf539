"""Storefront chat assistant: answers shoppers' questions about products and orders."""
import logging
import os

from fastapi import FastAPI
from openai import OpenAI
from pydantic import BaseModel
from modelred import ModelRed, APIError, RateLimited

log = logging.getLogger("storefront.assistant")
app = FastAPI(title="storefront-assistant")

SYSTEM_PROMPT = "You are a friendly shopping assistant for Northwind Outfitters."
MAX_TOKENS = 400


class ChatTurn(BaseModel):
    session_id: str
    message: str


class StorefrontAssistant:
    def __init__(self) -> None:
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.model = os.getenv("ASSISTANT_MODEL", "gpt-4o-mini")
        self.client = OpenAI(api_key=self.openai_key)
        log.info("assistant ready model=%s max_tokens=%d", self.model, MAX_TOKENS)
        log.debug("openai client configured with key %s", self.openai_key)

    def reply(self, turn: ChatTurn) -> str:
        resp = self.client.chat.completions.create(
            model=self.model,
            max_tokens=MAX_TOKENS,
            messages=[{"role": "system", "content": SYSTEM_PROMPT},
                      {"role": "user", "content": turn.message}],
        )
        log.info("session %s used %d tokens", turn.session_id, resp.usage.total_tokens)
        return resp.choices[0].message.content


assistant = StorefrontAssistant()


@app.post("/chat")
def chat(turn: ChatTurn) -> dict:
    return {"reply": assistant.reply(turn)}


@app.post("/admin/redteam")
def redteam_scan(pack_id: str) -> dict:
    mr_key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(mr_key, timeout=30.0) as client:
            job = client.create_assessment(model_id="storefront-assistant", probe_pack_ids=[pack_id])
    except RateLimited as e:
        log.warning("modelred rate limited: %s", e)
        return {"error": "rate limited, try again later", "retry_after": e.retry_after}
    except APIError as e:
        return {"error": f"scan could not start: {e}"}
    log.info("scan %s started with key ending %s", job["id"], mr_key[-4:])
    return {"assessment_id": job["id"]}
