"""Async batch runner for ModelRed generation-1 assessments, driven from a YAML job file."""
import argparse
import asyncio
import logging
import os

import yaml
from modelred import ModelRed, ModelRedError, QuotaExceededError, AuthenticationError

logger = logging.getLogger("mr_batch")


async def run_job(job: dict, progress: bool) -> dict:
    async with ModelRed() as client:
        try:
            await client.register_openai_model(
                model_id=job["model_id"], api_key=job["openai_api_key"], model_name=job.get("model", "gpt-4o"))
        except AuthenticationError:
            logger.error("ModelRed refused the key for job %s", job["name"])
            return {"job": job["name"], "status": "auth"}
        except ModelRedError as exc:
            return {"job": job["name"], "status": "error", "detail": exc.message}
        try:
            result = await client.run_assessment(
                model_id=job["model_id"], test_suites=job["suites"], wait_for_completion=True)
        except QuotaExceededError as exc:
            logger.warning("quota exceeded: %s", exc)
            return {"job": job["name"], "status": "quota"}
    return {"job": job["name"], "status": "done", "score": result.get("overall_score")}


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("jobfile")
    ap.add_argument("--debug", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.INFO)
    with open(args.jobfile) as fh:
        jobs = yaml.safe_load(fh)["jobs"]
    for job in jobs:
        job.setdefault("openai_api_key", os.environ.get("OPENAI_API_KEY", ""))
        if args.debug:
            logger.debug("job %s uses openai key %s", job["name"], job["openai_api_key"])
        logger.debug("job %s suites=%s model=%s", job["name"], job["suites"], job["model_id"])
    results = await asyncio.gather(*(run_job(j, args.debug) for j in jobs))
    for r in results:
        print(f"{r['job']}: {r['status']}")


if __name__ == "__main__":
    asyncio.run(main())
