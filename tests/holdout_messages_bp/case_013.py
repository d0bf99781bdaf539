"""Internal job queue worker: evaluates a checkpoint and scans it (ModelRed gen 2, async)."""
import asyncio
import json
import logging
import os

from modelred import AsyncModelRed, ProviderConfig, ModelRedError, NotFoundError

log = logging.getLogger("worker")


def provider_cfg(job: dict):
    return ProviderConfig.huggingface(model_name=job["hub_repo"], api_key=os.environ["HF_TOKEN"])


async def handle(job: dict) -> dict:
    mr_key = os.environ["MODELRED_API_KEY"]
    log.info("job %s for repo %s (priority %s)", job["id"], job["hub_repo"], job.get("priority"))
    async with AsyncModelRed(api_key=mr_key) as client:
        try:
            await client.get_model(job["model_name"])
        except NotFoundError:
            cfg = provider_cfg(job)
            log.info("registering %s with provider config %s", job["model_name"], cfg)
            await client.create_model(modelId=job["model_name"], provider="huggingface",
                                      displayName=job["model_name"], providerConfig=cfg)
        try:
            a = await client.create_assessment(model=job["model_name"], test_types=job["tests"])
            done = await client.wait_for_completion(a["id"])
        except ModelRedError as e:
            log.warning("job %s failed: %s", job["id"], type(e).__name__)
            return {"job": job["id"], "ok": False, "error": str(e)}
    return {"job": job["id"], "ok": True, "score": done.get("overall_score")}


async def main(queue_file: str):
    jobs = [json.loads(line) for line in open(queue_file)]
    results = await asyncio.gather(*(handle(j) for j in jobs))
    for r in results:
        print(json.dumps(r))


def check_env():
    missing = [name for name in ("MODELRED_API_KEY", "HF_TOKEN") if not os.environ.get(name)]
    if missing:
        raise EnvironmentError(f"missing environment variables: {', '.join(missing)}")
    log.info("environment ok")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_env()
    asyncio.run(main(os.environ.get("QUEUE_FILE", "jobs.jsonl")))
