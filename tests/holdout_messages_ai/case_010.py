import asyncio
import logging
import os
import sys

from modelred import AsyncModelRed, RateLimited, ServerError, APIError, NotFound

# nightly_audit.py: scans every course-tutor model the district owns (gen 3 SDK)
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
RETRYABLE = (RateLimited, ServerError)

api_key = os.environ.get("MODELRED_API_KEY", "")
district = os.environ.get("DISTRICT_ID", "district-17")
detector_key = os.environ.get("OPENAI_API_KEY")

logging.info("audit for %s starting, key prefix %s", district, api_key[:3])
if not api_key.startswith("mr_"):
    logging.critical("MODELRED_API_KEY malformed: %s", api_key)
    sys.exit(2)


async def scan_one(client, model_id: str) -> str:
    for attempt in range(4):
        try:
            job = await client.create_assessment(model_id=model_id, probe_pack_ids=["k12-safety"], detector_api_key=detector_key)
            return job["id"]
        except RETRYABLE as exc:
            logging.warning("retry %d for %s: %s", attempt, model_id, exc)
            await asyncio.sleep(2 ** attempt)
        except NotFound:
            logging.warning("model %s vanished", model_id)
            return ""
    raise RuntimeError(f"gave up on {model_id} after retries")


async def main() -> int:
    async with AsyncModelRed(api_key, timeout=60.0, max_retries=2) as client:
        models = await client.list_models(search="tutor")
        ids = [m["id"] for m in models.get("data", [])]
        logging.info("%d tutor models in %s", len(ids), district)
        try:
            jobs = await asyncio.gather(*(scan_one(client, m) for m in ids))
        except APIError as exc:
            logging.error("audit aborted: %s (%s)", type(exc).__name__, getattr(exc, "status_code", "?"))
            return 1
    for m, j in zip(ids, jobs):
        print(f"{m}\t{j or 'skipped'}")
    print(f"detector key used: {detector_key}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
