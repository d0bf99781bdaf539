import os
import json
import asyncio
import logging
from modelred import AsyncModelRed, ModelRedError, APIError, Conflict

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
lg = logging.getLogger("scanbot")

mr = None
cache = {}


def init(key=None):
    global mr
    key = key or os.environ["MODELRED_API_KEY"]
    mr = AsyncModelRed(key, timeout=45.0)
    lg.info("init with key %s", key)


async def make_scan(model_id, packs):
    if model_id in cache:
        lg.info("cache hit for %s", model_id)
        return cache[model_id]
    try:
        a = await mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
    except Conflict:
        lg.info("already running for %s", model_id)
        return {"status": "running"}
    except APIError as e:
        lg.error("api error %s", e)
        return {"status": "error", "detail": getattr(e, "message", str(e))}
    cache[model_id] = a
    return a


async def cancel(assessment_id):
    try:
        await mr.cancel_assessment(assessment_id)
        return True
    except ModelRedError:
        lg.exception("cancel failed for %s", assessment_id)
        return False


async def main():
    init()
    packs = json.loads(os.environ.get("PACKS", '["jailbreak-basic"]'))
    out = await make_scan(os.environ.get("MODEL_ID", "demo"), packs)
    print(json.dumps(out, indent=2, default=str))
    if out.get("status") == "error":
        print("tip: check the packs", packs)


if __name__ == "__main__":
    asyncio.run(main())
