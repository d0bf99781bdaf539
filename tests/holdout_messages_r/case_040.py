"""Nightly jailbreak regression: run packs against staging models, post a summary to Slack."""
import os
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed

import requests
from loguru import logger
from modelred import APIError, LimitExceeded, ModelRed

MODELS = os.getenv("STAGING_MODELS", "chat-staging,rag-staging").split(",")
PACKS = ["jailbreak-v2", "prompt-injection-basic"]
SLACK_WEBHOOK = os.environ["SLACK_WEBHOOK_URL"]
MR_KEY = os.environ["MODELRED_API_KEY"]

logger.remove()
logger.add(sys.stderr, level=os.getenv("LOG_LEVEL", "INFO"))


def scan(client: ModelRed, model_id: str) -> dict:
    try:
        res = client.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
        return {"model": model_id, "id": res["id"], "ok": True}
    except LimitExceeded as e:
        logger.warning("limit exceeded for {}: {}", model_id, e)
        return {"model": model_id, "ok": False, "error": "plan limit exceeded"}
    except APIError as e:
        return {"model": model_id, "ok": False, "error": str(e)}


def post_summary(results: list[dict]) -> None:
    lines = []
    for r in results:
        if r["ok"]:
            lines.append(f":white_check_mark: {r['model']} -> `{r['id']}`")
        else:
            lines.append(f":x: {r['model']}: {r['error']}")
    resp = requests.post(SLACK_WEBHOOK, json={"text": "\n".join(lines)}, timeout=10)
    if resp.status_code != 200:
        logger.error("slack webhook {} failed: {}", SLACK_WEBHOOK, resp.status_code)
        logger.error("slack said {}", resp.text)


def main() -> int:
    logger.info("nightly run: {} models, packs {}", len(MODELS), PACKS)
    logger.debug("modelred key prefix {}", MR_KEY[:3])
    with ModelRed(MR_KEY, max_retries=5) as client, ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(scan, client, m) for m in MODELS]
        results = [f.result() for f in as_completed(futures)]
    post_summary(results)
    failed = [r for r in results if not r["ok"]]
    logger.info("{} ok, {} failed", len(results) - len(failed), len(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
