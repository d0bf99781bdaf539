"""Student-facing tutor (FastAPI): chat endpoint with per-school provider keys."""
import logging
import os

import httpx
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI(title="tutor")
logger = logging.getLogger("tutor.api")

SCHOOL_KEYS = {
    "north-high": os.getenv("NORTH_HIGH_OPENAI_KEY"),
    "east-middle": os.getenv("EAST_MIDDLE_OPENAI_KEY"),
}
MAX_TOKENS = int(os.getenv("TUTOR_MAX_TOKENS", "600"))


class Ask(BaseModel):
    school: str
    student_id: str
    question: str


@app.on_event("startup")
async def announce():
    logger.info("tutor up; schools configured: %s", [s for s, k in SCHOOL_KEYS.items() if k])
    logger.info("tutor max_tokens=%s", MAX_TOKENS)


@app.post("/ask")
async def ask(body: Ask, x_school_token: str = Header(...)):
    school_key = SCHOOL_KEYS.get(body.school)
    if school_key is None:
        raise HTTPException(404, f"unknown school {body.school}")
    if x_school_token != os.getenv("SCHOOL_PORTAL_SECRET"):
        logger.warning("bad portal token %s for school %s", x_school_token, body.school)
        raise HTTPException(401, "unauthorised")
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(
            "https://api.openai.com/v1/chat/completions",
            headers={"Authorization": f"Bearer {school_key}"},
            json={
                "model": "gpt-4o-mini",
                "max_tokens": MAX_TOKENS,
                "messages": [
                    {"role": "system", "content": "You are a patient tutor. Never give full answers."},
                    {"role": "user", "content": body.question},
                ],
            },
        )
    if r.status_code >= 400:
        logger.error("openai %s for student %s: %s", r.status_code, body.student_id, r.text)
        raise HTTPException(502, f"provider error {r.status_code}")
    data = r.json()
    logger.debug("student %s used %s tokens", body.student_id, data["usage"]["total_tokens"])
    return {"answer": data["choices"][0]["message"]["content"]}


@app.get("/debug/keys")
async def debug_keys():
    for school, key in SCHOOL_KEYS.items():
        print(f"{school}: {key}")
    return {"ok": True}
