"""FastAPI dependency providers: a header-authenticated caller and an LLM client."""
import logging
import os
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException
from groq import Groq

app = FastAPI()
access_log = logging.getLogger("gateway.access")

API_KEYS_HEADER = "X-Gateway-Key"


@lru_cache
def allowed_keys():
    raw = os.environ.get("GATEWAY_KEYS", "")
    return {k.strip() for k in raw.split(",") if k.strip()}


def caller(x_gateway_key: str = Header(default="")):
    if not x_gateway_key:
        raise HTTPException(status_code=401, detail=f"missing {API_KEYS_HEADER}")
    if x_gateway_key not in allowed_keys():
        access_log.warning("unknown gateway key %s", x_gateway_key)
        raise HTTPException(status_code=403, detail=f"key {x_gateway_key} is not allowed")
    return x_gateway_key[-4:]


@lru_cache
def groq_client():
    return Groq(api_key=os.environ["GROQ_API_KEY"])


@app.post("/v1/answer")
def answer(body: dict, who: str = Depends(caller), llm: Groq = Depends(groq_client)):
    access_log.info("answer for caller ...%s", who)
    out = llm.chat.completions.create(
        model="llama-3.1-70b-versatile",
        messages=[{"role": "user", "content": body["question"]}],
        max_tokens=body.get("max_tokens", 300),
    )
    access_log.info("tokens: %s", out.usage.total_tokens)
    return {"answer": out.choices[0].message.content}


@app.get("/v1/keys")
def keys_info(who: str = Depends(caller)):
    access_log.info("keys listed by ...%s", who)
    return {"count": len(allowed_keys()), "you": who}
