"""Caseworker document translation service (FastAPI) with a ModelRed pre-release check."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
import deepl
from modelred import ModelRed, ModelRedError, ProviderConfig, RateLimitError

app = FastAPI(title="casework-translate")
log = logging.getLogger("casework.translate")

DEEPL_KEY = os.environ.get("DEEPL_AUTH_KEY", "")
translator = deepl.Translator(DEEPL_KEY)


class TranslateIn(BaseModel):
    case_id: str
    text: str
    target_lang: str = "ES"


@app.post("/translate")
def translate(body: TranslateIn, x_caseworker_token: str = Header(...)):
    if x_caseworker_token != os.environ.get("CASEWORKER_TOKEN"):
        log.warning("rejected caseworker token %s for case %s", x_caseworker_token, body.case_id)
        raise HTTPException(status_code=401, detail="invalid caseworker token")
    result = translator.translate_text(body.text, target_lang=body.target_lang)
    log.info("case %s translated %d chars to %s", body.case_id, len(body.text), body.target_lang)
    return {"case_id": body.case_id, "text": result.text}


@app.post("/admin/redteam")
def redteam(model: str = "casework-translate-v2"):
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        cfg = ProviderConfig.openai(api_key=os.environ["OPENAI_API_KEY"], model_name="gpt-4o")
        client.create_model(modelId=model, provider="openai", displayName="Casework translate", providerConfig=cfg)
        a = client.create_assessment(model=model, test_types=["pii", "toxicity"], priority="normal")
    except RateLimitError as e:
        log.warning("ModelRed rate limit: %s", e)
        raise HTTPException(status_code=429, detail="try again later")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=str(e))
    log.info("redteam %s started for %s", a.get("id"), model)
    return {"assessment": a.get("id"), "max_tokens": 0}


@app.get("/admin/config")
def config():
    return {"deepl_key_set": bool(DEEPL_KEY), "deepl_key_hint": DEEPL_KEY[-4:]}
