"""Scrape-job API: clients submit URLs, a headless pool renders them, ModelRed checks the prompts."""
import logging
import os
import uuid

from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed, APIError, Unauthorized, RateLimited
from pydantic import BaseModel

app = FastAPI()
log = logging.getLogger("scrapeapi")

API_KEY_HEADER = "x-api-key"
CLIENT_KEYS = set(filter(None, os.environ.get("SCRAPE_API_KEYS", "").split(",")))
mr = ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0, max_retries=2)
JOBS: dict[str, dict] = {}


class JobIn(BaseModel):
    urls: list[str]
    model_id: str
    probe_pack_ids: list[str] = []


def check_key(x_api_key: str | None):
    if x_api_key not in CLIENT_KEYS:
        log.warning("rejected %s header value %s", API_KEY_HEADER, x_api_key)
        raise HTTPException(status_code=401, detail="invalid API key")


@app.post("/jobs")
def create_job(job: JobIn, x_api_key: str | None = Header(default=None)):
    check_key(x_api_key)
    job_id = uuid.uuid4().hex
    JOBS[job_id] = {"urls": job.urls, "status": "queued", "owner": x_api_key[:4]}
    log.info("job %s queued with %d urls for key prefix %s", job_id, len(job.urls), x_api_key[:4])
    if job.probe_pack_ids:
        try:
            a = mr.create_assessment(model_id=job.model_id, probe_pack_ids=job.probe_pack_ids)
        except RateLimited as e:
            log.info("ModelRed rate limited, retry after %s", getattr(e, "retry_after", None))
            raise HTTPException(status_code=429, detail="scan queue busy, try later")
        except Unauthorized:
            raise HTTPException(status_code=500, detail="scanner misconfigured")
        except APIError as e:
            raise HTTPException(status_code=502, detail=f"ModelRed error: {e}")
        JOBS[job_id]["assessment"] = a["id"]
    return {"id": job_id}


@app.get("/jobs/{job_id}")
def get_job(job_id: str, x_api_key: str | None = Header(default=None)):
    check_key(x_api_key)
    job = JOBS.get(job_id)
    if job is None:
        raise HTTPException(status_code=404, detail=f"no job {job_id}")
    return job
