"""FastAPI service: summarise a clinical note and red-team the summariser model."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from openai import OpenAI
from modelred import ModelRed, ModelRedError, ValidationError

app = FastAPI(title="note-summary")
log = logging.getLogger("uvicorn.error")

openai_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
INTERNAL_KEY = os.environ["NOTE_SVC_KEY"]


class NoteIn(BaseModel):
    patient_id: str
    text: str
    max_tokens: int = 400


@app.post("/summaries")
def summarise(note: NoteIn, x_service_key: str = Header(...)):
    if x_service_key != INTERNAL_KEY:
        log.warning("bad service key presented for patient %s: %s", note.patient_id, x_service_key)
        raise HTTPException(status_code=401, detail="invalid service key")
    log.info("summary request patient=%s max_tokens=%d", note.patient_id, note.max_tokens)
    out = openai_client.chat.completions.create(
        model="gpt-4o", max_tokens=note.max_tokens,
        messages=[{"role": "user", "content": note.text}],
    )
    return {"summary": out.choices[0].message.content, "tokens": out.usage.total_tokens}


@app.post("/redteam/{model_id}")
async def redteam(model_id: str):
    try:
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            job = await mr.run_assessment(model_id=model_id, test_suites=["prompt_injection"])
    except ValidationError as e:
        raise HTTPException(status_code=422, detail=str(e))
    except ModelRedError as e:
        log.exception("modelred failure for %s", model_id)
        raise HTTPException(status_code=502, detail=f"red-team service error: {type(e).__name__}")
    return {"assessment": job}


@app.get("/health")
def health():
    return {"ok": True, "openai_key_configured": bool(os.environ.get("OPENAI_API_KEY"))}
