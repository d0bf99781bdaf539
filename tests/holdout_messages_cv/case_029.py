"""Driver onboarding: OCR of licence and insurance card photos with a vision model (FastAPI)."""
import base64
import logging
import os

from fastapi import FastAPI, File, Request, UploadFile
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, APIError, NotAllowedForApiKey
from openai import AsyncOpenAI

docs_log = logging.getLogger("onboarding.docs")
app = FastAPI()

OPENAI_KEY = os.environ["OPENAI_API_KEY"]
MR_KEY = os.environ["MODELRED_API_KEY"]
EXTRACT_MAX_TOKENS = 300
llm = AsyncOpenAI(api_key=OPENAI_KEY)


@app.exception_handler(APIError)
async def modelred_failed(request: Request, exc: APIError):
    docs_log.error("modelred %s on %s: %s", exc.status_code, request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "red-team service error", "detail": str(exc)})


@app.post("/drivers/{driver_id}/documents")
async def extract(driver_id: str, kind: str, photo: UploadFile = File(...)):
    img = base64.b64encode(await photo.read()).decode()
    out = await llm.chat.completions.create(
        model="gpt-4o",
        max_tokens=EXTRACT_MAX_TOKENS,
        response_format={"type": "json_object"},
        messages=[{"role": "user", "content": [
            {"type": "text", "text": f"Extract name, number, expiry from this {kind}. JSON."},
            {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{img}"}},
        ]}],
    )
    docs_log.info("driver %s %s extracted (%s tokens)", driver_id, kind, out.usage.total_tokens)
    return JSONResponse({"driver_id": driver_id, "fields": out.choices[0].message.content})


@app.post("/admin/redteam")
async def redteam(model_id: str):
    async with AsyncModelRed(MR_KEY) as mr:
        try:
            run = await mr.create_assessment(model_id=model_id, probe_pack_ids=["pii-extraction", "identity-fraud"])
        except NotAllowedForApiKey:
            docs_log.warning("key ...%s may not start assessments", MR_KEY[-4:])
            return JSONResponse({"error": "not allowed for this key"}, status_code=403)
    return {"assessment": run["id"]}


@app.on_event("startup")
async def startup() -> None:
    docs_log.info("openai key %s, modelred key set %s", OPENAI_KEY, bool(MR_KEY))
