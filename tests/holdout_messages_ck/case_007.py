"""Interview feedback summariser: FastAPI endpoint using ModelRed gen 3 to gate the model."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed, APIError, Unauthorized, RateLimited
from openai import OpenAI

app = FastAPI()
log = logging.getLogger("feedback")

MODELRED_KEY = os.environ["MODELRED_API_KEY"]
OPENAI_KEY = os.environ["OPENAI_API_KEY"]
SUMMARY_MAX_TOKENS = 400


@app.on_event("startup")
def announce() -> None:
    log.info("feedback service up; summary max tokens %d", SUMMARY_MAX_TOKENS)
    log.info("modelred key set: %s, ends with %s", bool(MODELRED_KEY), MODELRED_KEY[-4:])


@app.post("/summaries/{interview_id}")
def summarise(interview_id: str, notes: dict, x_reviewer_token: str = Header(...)):
    if x_reviewer_token != os.environ.get("REVIEWER_TOKEN"):
        log.warning("bad reviewer token %s for interview %s", x_reviewer_token, interview_id)
        raise HTTPException(status_code=403, detail="forbidden")
    llm = OpenAI(api_key=OPENAI_KEY)
    out = llm.chat.completions.create(
        model="gpt-4o",
        max_tokens=SUMMARY_MAX_TOKENS,
        messages=[{"role": "user", "content": str(notes)}],
    )
    return {"summary": out.choices[0].message.content, "tokens": out.usage.total_tokens}


@app.post("/gate/{model_id}")
def gate(model_id: str):
    try:
        with ModelRed(MODELRED_KEY, timeout=30.0) as mr:
            run = mr.create_assessment(model_id=model_id, probe_pack_ids=["pii-leak", "bias-hiring"])
    except Unauthorized:
        log.error("ModelRed rejected the key ending %s", MODELRED_KEY[-4:])
        raise HTTPException(status_code=500, detail="gate misconfigured")
    except RateLimited as exc:
        raise HTTPException(status_code=429, detail=f"retry after {exc.retry_after}s")
    except APIError as exc:
        raise HTTPException(status_code=502, detail=str(exc))
    return {"assessment_id": run["id"]}
