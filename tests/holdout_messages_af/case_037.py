"""Serverless GPU scan jobs: submit, poll and collect (used by the scan API)."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, ModelRedError, NotFoundError

log = logging.getLogger("jobs.poll")

RUNPOD_ENDPOINT = os.environ.get("RUNPOD_ENDPOINT_ID", "abc123xyz")
RUNPOD_KEY = os.environ.get("RUNPOD_API_KEY", "")
BASE = f"https://api.runpod.ai/v2/{RUNPOD_ENDPOINT}"


async def submit(http: httpx.AsyncClient, model_id: str) -> str:
    r = await http.post(f"{BASE}/run", json={"input": {"model_id": model_id}})
    r.raise_for_status()
    job_id = r.json()["id"]
    log.info("submitted job %s for %s to endpoint %s", job_id, model_id, RUNPOD_ENDPOINT)
    return job_id


async def poll(http: httpx.AsyncClient, job_id: str, every: float = 5.0) -> dict:
    while True:
        r = await http.get(f"{BASE}/status/{job_id}")
        body = r.json()
        if body["status"] in ("COMPLETED", "FAILED", "CANCELLED", "TIMED_OUT"):
            return body
        log.debug("job %s %s (delay %sms)", job_id, body["status"], body.get("delayTime"))
        await asyncio.sleep(every)


async def scan_and_collect(model_id: str) -> dict:
    headers = {"Authorization": RUNPOD_KEY}
    async with httpx.AsyncClient(headers=headers, timeout=30) as http:
        job_id = await submit(http, model_id)
        result = await poll(http, job_id)
    if result["status"] != "COMPLETED":
        log.error("job %s %s; authorization used: %s", job_id, result["status"], headers)
        return {"error": f"job {result['status'].lower()}"}
    assessment_id = result["output"].get("assessment_id")
    try:
        async with AsyncModelRed(api_key=os.environ.get("MODELRED_API_KEY")) as mr:
            assessment = await mr.get_assessment(assessment_id)
    except NotFoundError:
        return {"error": f"assessment {assessment_id} not found"}
    except ModelRedError as e:
        return {"error": f"{e}"}
    return {"assessment_id": assessment_id, "status": assessment.get("status"), "job": job_id}


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(asyncio.run(scan_and_collect("voicebot-llm")))
