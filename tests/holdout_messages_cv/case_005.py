"""Trade-in appraisal assistant: vAuto book values plus an LLM explanation for the customer."""
import logging
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException
from openai import AsyncOpenAI
from pydantic_settings import BaseSettings

log = logging.getLogger("appraisal")


class Settings(BaseSettings):
    vauto_user: str
    vauto_password: str
    openai_api_key: str
    kiosk_api_key: str
    max_tokens: int = 400
    vauto_base: str = "https://api.vauto.example/appraisal/v3"


settings = Settings()
app = FastAPI()
llm = AsyncOpenAI(api_key=settings.openai_api_key)


def require_kiosk(x_kiosk_key: Annotated[str, Header()] = "") -> None:
    if not x_kiosk_key:
        raise HTTPException(status_code=401, detail="missing X-Kiosk-Key header")
    if x_kiosk_key != settings.kiosk_api_key:
        raise HTTPException(status_code=403, detail=f"kiosk key {x_kiosk_key} is not enrolled")


@app.post("/appraise", dependencies=[Depends(require_kiosk)])
async def appraise(vin: str, miles: int, condition: str = "average"):
    async with httpx.AsyncClient(base_url=settings.vauto_base, auth=(settings.vauto_user, settings.vauto_password)) as hc:
        r = await hc.get("/books", params={"vin": vin, "odometer": miles, "condition": condition})
    if r.status_code >= 400:
        log.error("vAuto %s for %s as %s: %s", r.status_code, vin, settings.vauto_user, r.text)
        raise HTTPException(status_code=502, detail="valuation service unavailable")
    books = r.json()
    completion = await llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=settings.max_tokens,
        messages=[{"role": "user", "content": f"Explain this trade-in range plainly: {books}"}],
    )
    log.info("appraisal %s: %s tokens (limit %s)", vin, completion.usage.total_tokens, settings.max_tokens)
    return {"vin": vin, "books": books, "explanation": completion.choices[0].message.content}


@app.on_event("startup")
async def announce():
    log.info("appraisal api up; vAuto login %s / %s", settings.vauto_user, settings.vauto_password)
    log.info("vAuto base %s, openai key length %d", settings.vauto_base, len(settings.openai_api_key))
