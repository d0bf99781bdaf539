"""Async agent worker: pulls jobs, runs ModelRed assessments (generation 1), posts results back."""
import asyncio
import logging
import os

import aiohttp
from modelred import ModelRed, ModelRedError, QuotaExceededError, ValidationError

log = logging.getLogger("worker")
CALLBACK_SECRET = os.environ["CALLBACK_HMAC_SECRET"]
QUEUE_URL = os.environ.get("JOB_QUEUE_URL", "http://queue:8080/jobs")


async def post_result(http: aiohttp.ClientSession, job: dict, body: dict) -> None:
    import hashlib
    import hmac
    import json

    raw = json.dumps(body).encode()
    sig = hmac.new(CALLBACK_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    async with http.post(job["callback_url"], data=raw, headers={"X-Signature": sig}) as resp:
        log.info("callback %s -> %s (sig %s)", job["id"], resp.status, sig[:8])


async def handle(job: dict, http: aiohttp.ClientSession) -> None:
    async with ModelRed(api_key=job["modelred_key"]) as client:
        try:
            result = await client.run_assessment(
                model_id=job["model_id"], test_suites=job["suites"], wait_for_completion=True, timeout_minutes=30
            )
        except QuotaExceededError as e:
            log.warning("quota exceeded for tenant %s: %s", job["tenant"], e)
            await post_result(http, job, {"ok": False, "error": "quota_exceeded"})
            return
        except (ValidationError, ModelRedError) as e:
            await post_result(http, job, {"ok": False, "error": f"{e}"})
            return
    await post_result(http, job, {"ok": True, "score": result.get("overall_score")})


async def main() -> None:
    async with aiohttp.ClientSession() as http:
        while True:
            async with http.get(QUEUE_URL) as resp:
                if resp.status == 204:
                    await asyncio.sleep(5)
                    continue
                job = await resp.json()
            log.info("job %s for model %s suites=%s", job["id"], job["model_id"], job["suites"])
            log.debug("job payload fields: %s", sorted(job))
            try:
                await handle(job, http)
            except Exception:
                log.exception("job %s crashed", job["id"])


if __name__ == "__main__":
    asyncio.run(main())
