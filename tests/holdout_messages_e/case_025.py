"""loguru-based runner for the weekly probe pack refresh."""
import os
import sys

from loguru import logger
from modelred import ModelRed, ModelRedError

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"), serialize=True)

hf_token = os.environ.get("HUGGINGFACE_API_TOKEN")
mr_key = os.environ["MODELRED_API_KEY"]

logger.info("starting refresh; hf token configured={}", hf_token is not None)
logger.debug("hf token {}", hf_token)


def refresh(pack_ids: list) -> int:
    updated = 0
    with ModelRed(mr_key) as client:
        for pack_id in pack_ids:
            try:
                data = client.get_probe_pack_data(pack_id)
            except ModelRedError as e:
                logger.opt(exception=e).warning("pack {} skipped", pack_id)
                continue
            logger.info("pack {} has {} probes, {} tokens", pack_id, len(data["probes"]), data.get("token_count"))
            updated += 1
    return updated


if __name__ == "__main__":
    n = refresh(sys.argv[1:])
    logger.success("refreshed {} packs with key {}", n, mr_key)
