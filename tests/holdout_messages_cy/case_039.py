"""New-client intake: Typeform webhook -> conflict pre-screen summary; ModelRed admin routes."""
import hashlib
import hmac
import base64
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from openai import OpenAI
from modelred import ModelRed, ModelRedError, NotFound

app = FastAPI(title="client-intake")
log = logging.getLogger("intake")

TYPEFORM_SECRET = os.environ["TYPEFORM_WEBHOOK_SECRET"]
oa = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
mr = ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    log.error("ModelRed failure on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "ModelRed", "detail": str(exc)})


@app.post("/intake/typeform")
async def typeform(request: Request, typeform_signature: str = Header(...)):
    raw = await request.body()
    digest = base64.b64encode(hmac.new(TYPEFORM_SECRET.encode(), raw, hashlib.sha256).digest()).decode()
    if not hmac.compare_digest(f"sha256={digest}", typeform_signature):
        log.warning("Typeform signature %s did not match secret %s", typeform_signature, TYPEFORM_SECRET)
        raise HTTPException(status_code=401, detail="bad signature")
    answers = (await request.json())["form_response"]["answers"]
    facts = "\n".join(str(a.get("text") or a.get("choice", {}).get("label") or "") for a in answers)
    out = oa.chat.completions.create(model="gpt-4o-mini", max_tokens=350, messages=[{"role": "user", "content": "List all parties and adverse parties for a conflict check:\n" + facts}])
    log.info("intake summarised, %d tokens", out.usage.total_tokens)
    return {"parties": out.choices[0].message.content}


@app.get("/admin/models/{model_id}")
def model_info(model_id: str):
    try:
        models = mr.list_models(search=model_id)
    except NotFound:
        raise HTTPException(status_code=404, detail="unknown model")
    return {"models": [m["modelId"] for m in models]}


@app.get("/admin/config")
def config():
    return {"typeform_secret_sha": hashlib.sha256(TYPEFORM_SECRET.encode()).hexdigest()[:8], "max_tokens": 350}
