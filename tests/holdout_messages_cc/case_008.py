"""Async quiz generator service using Gemini; FastAPI."""
import logging
import os

import google.generativeai as genai
from fastapi import FastAPI, Header, HTTPException

app = FastAPI(title="quizgen")
access_log = logging.getLogger("quizgen.access")

GOOGLE_API_KEY = os.environ.get("GOOGLE_API_KEY", "")
GOOGLE_KEY_VAR = "GOOGLE_API_KEY"
SERVICE_KEY = os.environ["QUIZGEN_SERVICE_KEY"]

genai.configure(api_key=GOOGLE_API_KEY)
model = genai.GenerativeModel("gemini-1.5-flash")


@app.on_event("startup")
async def startup():
    access_log.info("quizgen up; %s present=%s", GOOGLE_KEY_VAR, bool(GOOGLE_API_KEY))


def check_service_key(x_service_key: str | None):
    if x_service_key is None:
        raise HTTPException(401, detail="missing X-Service-Key")
    if x_service_key != SERVICE_KEY:
        access_log.warning("bad service key %s", x_service_key)
        raise HTTPException(403, detail=f"service key {x_service_key} not accepted")


@app.post("/quiz")
async def make_quiz(topic: str, n: int = 5, x_service_key: str | None = Header(default=None)):
    check_service_key(x_service_key)
    prompt = f"Write {n} multiple-choice questions on {topic} for first-year students."
    resp = await model.generate_content_async(prompt, generation_config={"max_output_tokens": 1024})
    meta = resp.usage_metadata
    access_log.info("quiz on %s: %d prompt tokens, %d candidate tokens",
                    topic, meta.prompt_token_count, meta.candidates_token_count)
    return {"topic": topic, "quiz": resp.text}


@app.get("/healthz")
async def healthz():
    return {"ok": True, "google_key_suffix": GOOGLE_API_KEY[-4:] if GOOGLE_API_KEY else None}
