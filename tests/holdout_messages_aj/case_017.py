import os
import sys
import logging

from loguru import logger
from modelred import ModelRed, Unauthorized, LimitExceeded, APIError

# nightly: scan every storyteller persona model registered for the writing app

MR_KEY = os.environ.get("MODELRED_API_KEY", "")
PACKS = os.environ.get("STORY_PACKS", "story-jailbreak,story-pii").split(",")
DRY_RUN = os.environ.get("DRY_RUN") == "1"

logger.remove()
logger.add(sys.stderr, level="DEBUG" if os.environ.get("VERBOSE") else "INFO")
logger.info("packs={} dry_run={}", PACKS, DRY_RUN)

if not MR_KEY:
    logger.error("MODELRED_API_KEY empty: {!r}", MR_KEY)
    sys.exit(1)

logger.debug("using modelred key {}", MR_KEY)

started, failed = [], []
with ModelRed(MR_KEY, timeout=20.0, max_retries=3) as client:
    try:
        models = client.list_models(page_size=100)
    except Unauthorized:
        logger.critical("key rejected: {}", MR_KEY)
        sys.exit(2)
    for m in models["data"]:
        if not m["name"].startswith("storyteller-"):
            continue
        if DRY_RUN:
            logger.info("would scan {}", m["id"])
            continue
        try:
            job = client.create_assessment_by_id(model_id=m["id"], probe_pack_ids=PACKS)
            started.append(job["id"])
        except LimitExceeded as exc:
            logger.warning("plan limit hit at {}: {}", m["id"], exc)
            break
        except APIError as exc:
            failed.append((m["id"], type(exc).__name__))

logger.info("started {} scans, {} failures: {}", len(started), len(failed), failed)
logging.shutdown()
sys.exit(1 if failed else 0)
