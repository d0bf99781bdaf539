import os
import asyncio
import logging
from modelred import *

# gen-3 async script: re-run every failed assessment of the drone planner models
logging.basicConfig(level=logging.INFO)
log = logging.getLogger("rerun")

mr_api_key = os.environ["MODELRED_API_KEY"]
PAGE_SIZE = 50
log.info("rerun starting (page_size=%d, key set=%s)", PAGE_SIZE, bool(mr_api_key))


async def rerun_failed(client):
    page = await client.list_assessments(status="failed", page_size=PAGE_SIZE)
    for a in page["data"]:
        if not a["model"]["name"].startswith("drone-"):
            continue
        try:
            new = await client.create_assessment(model_id=a["model"]["id"], probe_pack_ids=a["probePackIds"])
            log.info("re-queued %s as %s", a["id"], new["id"])
        except RateLimited as e:
            log.warning("rate limited on %s: %s", a["id"], e)
            await asyncio.sleep(30)
        except APIError as e:
            raise RuntimeError(f"could not re-run {a['id']}: {e}") from e


async def main():
    log.debug("client kwargs: %s", {"api_key": mr_api_key, "timeout": 30.0})
    log.debug("client timeout: %s page size: %s", 30.0, PAGE_SIZE)
    async with AsyncModelRed(mr_api_key, timeout=30.0) as client:
        log.info("client ready, key ends %s", mr_api_key[-4:])
        await rerun_failed(client)


try:
    asyncio.run(main())
except Unauthorized:
    log.error("ModelRed refused key %s", mr_api_key)
    raise
