"""Claims-coding assistant: suggests ICD-10 codes for a note; runs under a Starlette app."""
import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from openai import AsyncOpenAI, AuthenticationError as OpenAIAuthError
from modelred import AsyncModelRed, ModelRedError, NotFound

log = logging.getLogger("icd.assist")

oai_key = os.environ.get("OPENAI_API_KEY", "")
oai = AsyncOpenAI(api_key=oai_key)


async def suggest(request: Request):
    data = await request.json()
    try:
        r = await oai.chat.completions.create(model="gpt-4o-mini", max_tokens=200, messages=[
            {"role": "system", "content": "Suggest up to five ICD-10-CM codes with one-line rationales."},
            {"role": "user", "content": data["note"]}])
    except OpenAIAuthError as e:
        log.error("OpenAI auth error %s (%s)", e.status_code, e.code)
        raise RuntimeError(f"OpenAI rejected key {oai_key}") from e
    return JSONResponse({"codes": r.choices[0].message.content, "tokens": r.usage.total_tokens})


async def model_card(request: Request):
    model_id = request.path_params["model_id"]
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            models = await mr.list_models()
    except ModelRedError as e:
        return JSONResponse({"error": repr(e)}, status_code=502)
    card = next((m for m in models if m.get("id") == model_id), None)
    if card is None:
        return JSONResponse({"error": f"no model {model_id}"}, status_code=404)
    return JSONResponse(card)


async def ping(request: Request):
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            await mr.get_assessment(request.query_params.get("id", "none"))
        except NotFound as e:
            log.info("ping: not found (%s)", e)
    return JSONResponse({"ok": True})


app = Starlette(routes=[Route("/suggest", suggest, methods=["POST"]),
                        Route("/models/{model_id}", model_card), Route("/ping", ping)])
