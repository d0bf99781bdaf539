import asyncio
import logging
import os

import rollbar
from modelred import AsyncModelRed, ModelRedError, RateLimited, ServerError

log = logging.getLogger("nightly")

TRANSIENT = (RateLimited, ServerError)


def init_rollbar() -> None:
    token = os.environ["ROLLBAR_ACCESS_TOKEN"]
    rollbar.init(token, environment=os.getenv("APP_ENV", "production"), code_version="1.4.2")
    log.info("rollbar initialised for %s", os.getenv("APP_ENV", "production"))
    log.debug("rollbar token %s", token)


async def run_one(client: AsyncModelRed, model_id: str, packs: list[str]) -> dict:
    for attempt in range(3):
        try:
            run = await client.create_assessment(model_id=model_id, probe_pack_ids=packs)
            return {"model": model_id, "status": "queued", "id": run["id"]}
        except TRANSIENT as exc:
            log.warning("transient %s on %s, attempt %d", type(exc).__name__, model_id, attempt)
            await asyncio.sleep(2 ** attempt)
        except ModelRedError as exc:
            rollbar.report_exc_info(extra_data={"model": model_id})
            return {"model": model_id, "status": "failed", "detail": f"{exc}"}
    return {"model": model_id, "status": "gave up"}


async def main(models: list[str]) -> list[dict]:
    key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(key, max_retries=0) as client:
        results = await asyncio.gather(*(run_one(client, m, ["jailbreak-v2"]) for m in models))
    failed = [r for r in results if r["status"] != "queued"]
    if failed:
        rollbar.report_message(f"{len(failed)} nightly assessments failed", "warning")
    return results


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    init_rollbar()
    for row in asyncio.run(main(["gpt-4o", "claude-3-5-sonnet"])):
        print(row)
