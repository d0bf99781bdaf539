import os
import sys
import time

from loguru import logger
from modelred import ModelRed, RateLimited, ServerError

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))
TRANSIENT = (RateLimited, ServerError)
MODELRED_KEY = os.environ.get("MODELRED_API_KEY", "")


def poll(assessment_id: str, interval: float = 5.0) -> dict:
    logger.info("polling {} every {}s", assessment_id, interval)
    logger.debug("polling with key {}", MODELRED_KEY)
    with ModelRed(MODELRED_KEY) as client:
        while True:
            try:
                run = client.get_assessment(assessment_id)
            except TRANSIENT as exc:
                logger.warning("transient {}: {}", type(exc).__name__, exc)
                time.sleep(interval)
                continue
            if run["status"] in ("COMPLETED", "FAILED"):
                return run
            time.sleep(interval)


def report_key_status() -> None:
    if MODELRED_KEY:
        logger.info("ModelRed key configured: ...{}", MODELRED_KEY[-4:])
    else:
        logger.error("ModelRed key missing; set MODELRED_API_KEY")
    logger.opt(colors=True).info("<green>key</green>: {}", MODELRED_KEY)
