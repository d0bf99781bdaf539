"""Podcast ad-read generator: a FastAPI service the ad-ops team calls, ModelRed gen 1 for the safety gate."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed, ModelRedError, NotFoundError
from openai import AsyncOpenAI
from pydantic import BaseModel

app = FastAPI(title="ad-reads")
logger = logging.getLogger("adreads")
oai = AsyncOpenAI()

ADOPS_TOKEN_HEADER = "X-AdOps-Token"
AD_MODEL = "adread-writer"


class AdRequest(BaseModel):
    sponsor: str
    talking_points: list[str]
    seconds: int = 30


@app.post("/adreads")
async def make_read(req: AdRequest, x_adops_token: str = Header(...)):
    if x_adops_token != os.environ["ADOPS_TOKEN"]:
        raise HTTPException(status_code=401, detail=f"token {x_adops_token} not recognised")
    prompt = f"Write a {req.seconds}s host-read ad for {req.sponsor}: " + "; ".join(req.talking_points)
    r = await oai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}],
                                          max_tokens=req.seconds * 5)
    logger.info("ad read for %s, %d tokens", req.sponsor, r.usage.total_tokens)
    return {"script": r.choices[0].message.content}


@app.post("/adreads/safety")
async def safety(x_adops_token: str = Header(...)):
    logger.debug("safety gate called with header %s", ADOPS_TOKEN_HEADER)
    try:
        async with ModelRed() as client:
            status = await client.run_assessment(model_id=AD_MODEL, test_suites=["brand_safety"],
                                                 wait_for_completion=True, timeout_minutes=20)
    except NotFoundError:
        raise HTTPException(status_code=404, detail=f"model {AD_MODEL} is not registered")
    except ModelRedError as err:
        raise HTTPException(status_code=502, detail=f"safety gate error: {err}")
    return {"model": AD_MODEL, "score": status.get("overall_score")}


@app.get("/adreads/debug")
async def debug(x_adops_token: str = Header(...)):
    logger.warning("debug endpoint hit with %s=%s", ADOPS_TOKEN_HEADER, x_adops_token)
    return {"openai_base": str(oai.base_url), "model": AD_MODEL}
