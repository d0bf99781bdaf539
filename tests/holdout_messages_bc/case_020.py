import asyncio, os, sys, logging
from modelred import *

# nightly batch: scan every listing-assistant model we host (gen 3, star import)
logging.basicConfig(stream=sys.stderr, level=logging.INFO)
lg = logging.getLogger("nightly-scan")

MODELRED_KEY = os.environ.get("MODELRED_API_KEY", "")
PACKS = ["fair-housing", "pii-leak", "prompt-injection"]
MODELS = os.environ.get("LISTING_MODELS", "listing-writer,chat-concierge").split(",")


async def scan_one(mr, model_id):
    try:
        a = await mr.create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="low")
        lg.info("queued %s -> %s", model_id, a["id"])
        return a["id"]
    except LimitExceeded as e:
        lg.warning("limit hit on %s (%s)", model_id, type(e).__name__)
    except APIError as e:
        lg.error("scan of %s failed: %s", model_id, e)
    return None


async def main():
    if not MODELRED_KEY.startswith("mr_"):
        raise ValueError(f"MODELRED_API_KEY should start with mr_, got {MODELRED_KEY}")
    async with AsyncModelRed(MODELRED_KEY, max_retries=5) as mr:
        ids = await asyncio.gather(*(scan_one(mr, m) for m in MODELS))
    lg.info("queued %d of %d", sum(1 for i in ids if i), len(MODELS))


if not MODELRED_KEY:
    lg.error("no key, value is %r", MODELRED_KEY)
    sys.exit(1)

lg.info("models: %s packs: %s", MODELS, PACKS)
lg.info("key %s...%s", MODELRED_KEY[:3], MODELRED_KEY[-4:])
asyncio.run(main())
lg.debug("run finished with key=%s", MODELRED_KEY)
