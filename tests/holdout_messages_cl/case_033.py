"""Cross-dock appointment scheduler: carriers book dock doors through an LLM chat (FastAPI, async)."""
import logging
import os

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException

logger = logging.getLogger("crossdock")
app = FastAPI()

TOGETHER_URL = "https://api.together.xyz/v1/chat/completions"
TOGETHER_MODEL = "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"
CARRIER_TOKEN_HEADER = "X-Carrier-Token"


async def carrier_from_token(x_carrier_token: str = Header(...)):
    async with httpx.AsyncClient() as http:
        r = await http.get("https://idp.crossdock.example/introspect", params={"token": x_carrier_token})
    if r.status_code != 200 or not r.json().get("active"):
        logger.info("inactive carrier token %s", x_carrier_token)
        raise HTTPException(401, detail=f"missing or inactive {CARRIER_TOKEN_HEADER}")
    claims = r.json()
    logger.info("carrier %s scope %s exp %s", claims["sub"], claims.get("scope"), claims.get("exp"))
    return claims["sub"]


@app.post("/dock/chat")
async def chat(body: dict, carrier: str = Depends(carrier_from_token)):
    together_key = os.environ["TOGETHER_API_KEY"]
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(
            TOGETHER_URL,
            headers={"Authorization": f"Bearer {together_key}"},
            json={
                "model": TOGETHER_MODEL,
                "max_tokens": 256,
                "messages": [
                    {"role": "system", "content": "You book dock doors. Free slots: " + ", ".join(body.get("slots", []))},
                    {"role": "user", "content": body["message"]},
                ],
            },
        )
    if r.status_code >= 400:
        raise HTTPException(502, detail=f"LLM provider returned {r.status_code}")
    if r.status_code == 200 and not r.json().get("choices"):
        raise HTTPException(500, detail=f"empty completion using key {together_key}")
    return {"carrier": carrier, "reply": r.json()["choices"][0]["message"]["content"]}


@app.get("/dock/config")
async def config():
    return {"model": TOGETHER_MODEL, "key_configured": "TOGETHER_API_KEY" in os.environ}
