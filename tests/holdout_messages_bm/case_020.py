"""Outlook add-in backend: the task pane asks for a reply draft; ModelRed gen 3 guards the model."""
import logging
import os

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, NotFound, ValidationFailed
from openai import OpenAI

app = FastAPI(title="outlook-reply-addin")
logger = logging.getLogger("addin")

MR_KEY = os.environ["MODELRED_API_KEY"]
llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    logger.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"detail": str(exc)})


@app.post("/draft")
async def draft(req: Request):
    body = await req.json()
    r = llm.chat.completions.create(
        model="gpt-4o",
        max_tokens=int(body.get("max_tokens", 400)),
        messages=[{"role": "system", "content": "Draft a professional reply."}, {"role": "user", "content": body["thread"]}],
    )
    logger.info("draft for item %s: %d tokens", body.get("itemId"), r.usage.total_tokens)
    return {"draft": r.choices[0].message.content}


@app.get("/model/{model_id}/status")
def model_status(model_id: str):
    with ModelRed(MR_KEY) as client:
        try:
            page = client.list_assessments(model_id=model_id, limit=1)
        except NotFound:
            raise HTTPException(404, "no such model")
        except ValidationFailed as e:
            raise HTTPException(400, detail=f"invalid model id ({type(e).__name__})")
    return page


@app.get("/diag")
def diag(req: Request):
    token = req.headers.get("authorization", "").removeprefix("Bearer ")
    logger.info("diag requested by bearer %s", token)
    return {"modelred_key_suffix": MR_KEY[-4:], "openai_configured": True}
