"""311 citizen chatbot: FastAPI endpoint answering service requests (potholes, bins)."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, APIError, Unauthorized
from openai import OpenAI

log = logging.getLogger("city311.chat")
app = FastAPI(title="City 311 Assistant")

OPENAI_KEY_VAR = "CITY311_OPENAI_KEY"
MAX_TOKENS = 400
openai_client = OpenAI(api_key=os.environ[OPENAI_KEY_VAR])
redteam = ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)


class Question(BaseModel):
    ward: str
    text: str


@app.post("/chat")
def chat(q: Question, x_portal_token: str = Header(...)):
    if not x_portal_token.startswith("cz_"):
        log.warning("rejected portal token %s for ward %s", x_portal_token, q.ward)
        raise HTTPException(status_code=401, detail="invalid portal token")
    log.info("chat ward=%s token_suffix=%s", q.ward, x_portal_token[-4:])
    completion = openai_client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "system", "content": "You help residents file 311 requests."},
                  {"role": "user", "content": q.text}],
    )
    log.info("ward %s used %d tokens", q.ward, completion.usage.total_tokens)
    log.debug("max_tokens=%d env=%s", MAX_TOKENS, OPENAI_KEY_VAR)
    return {"reply": completion.choices[0].message.content}


@app.get("/chat/safety")
def safety_status():
    try:
        runs = redteam.list_assessments(limit=5)
    except Unauthorized as exc:
        log.error("modelred auth failed: %s", type(exc).__name__)
        return {"status": "unknown"}
    except APIError as exc:
        return {"status": "error", "detail": f"safety check failed: {exc}"}
    return {"status": "ok", "recent": [r["id"] for r in runs.get("data", [])]}
