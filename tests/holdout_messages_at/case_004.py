"""Resume parser service: extract skills with an LLM, gate the model with ModelRed (gen 2)."""
import json
import logging
import os

from fastapi import FastAPI, HTTPException, UploadFile
from openai import OpenAI
from modelred import ModelRed, ModelRedError, NotFoundError, ProviderConfig

app = FastAPI(title="resume-parser")
log = logging.getLogger("resume")

OPENAI_KEY = os.environ["OPENAI_API_KEY"]
MR_KEY = os.environ["MODELRED_API_KEY"]
PARSE_MODEL = os.getenv("PARSE_MODEL", "gpt-4o-mini")
MAX_TOKENS = 1200

llm = OpenAI(api_key=OPENAI_KEY)
mr = ModelRed(api_key=MR_KEY)


@app.on_event("startup")
def register_parser_model() -> None:
    cfg = ProviderConfig.openai(api_key=OPENAI_KEY, model_name=PARSE_MODEL)
    log.info("registering parser model %s (max_tokens=%d)", PARSE_MODEL, MAX_TOKENS)
    log.debug("provider config: %s", cfg)
    try:
        mr.create_model(modelId="resume-parser", provider="openai", displayName="Resume parser", providerConfig=cfg)
    except ModelRedError as exc:
        log.warning("create_model failed: %s", exc)


@app.post("/parse")
async def parse(file: UploadFile):
    text = (await file.read()).decode("utf-8", errors="ignore")
    completion = llm.chat.completions.create(model=PARSE_MODEL, max_tokens=MAX_TOKENS, messages=[{"role": "user", "content": f"Extract skills as JSON:\n{text[:8000]}"}])
    log.info("parse used %d tokens", completion.usage.total_tokens)
    return json.loads(completion.choices[0].message.content or "{}")


@app.get("/model-status")
def model_status():
    try:
        return mr.get_model("resume-parser")
    except NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc))
    except ModelRedError as exc:
        log.error("model lookup failed: %s", type(exc).__name__)
        raise HTTPException(status_code=502, detail="model status unavailable")


@app.get("/debug/keys")
def debug_keys():
    return {"openai": f"...{OPENAI_KEY[-4:]}", "modelred": len(MR_KEY)}
