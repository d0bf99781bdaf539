"""Nightly red-team sweep, run as a script (generation 3, star import)."""
import argparse
import logging
import os
import sys
import time

from modelred import *  # noqa: F403  (the SDK's __all__ is small)

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("sweep")
RETRYABLE = (RateLimited, ServerError)

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--models", nargs="+", required=True)
parser.add_argument("--packs", nargs="+", default=["owasp-llm-top10"])
parser.add_argument("--max-tokens", type=int, default=1024)
args = parser.parse_args()

MODELRED_API_KEY = os.environ.get("MODELRED_API_KEY", "")
if not MODELRED_API_KEY.startswith("mr_"):
    sys.exit(f"MODELRED_API_KEY must be an mr_ key, got {MODELRED_API_KEY}")
log.info("sweeping %d models with packs %s (max_tokens=%d)", len(args.models), args.packs, args.max_tokens)


def start(client, model_id: str, attempts: int = 3):
    for attempt in range(attempts):
        try:
            return client.create_assessment_by_id(model_id=model_id, probe_pack_ids=args.packs)
        except RETRYABLE as exc:
            log.warning("attempt %d for %s: %s", attempt + 1, model_id, type(exc).__name__)
            time.sleep(2 ** attempt)
    raise RuntimeError(f"gave up on {model_id} after {attempts} attempts")


def summary(client, model_id: str) -> str:
    try:
        run = start(client, model_id)
    except ModelRedError as exc:
        return f"{model_id}: FAILED {exc}"
    except RuntimeError as exc:
        return f"{model_id}: FAILED {exc}"
    return f"{model_id}: started {run['id']}"


with ModelRed(MODELRED_API_KEY, timeout=30.0) as client:
    for model_id in args.models:
        line = summary(client, model_id)
        log.info(line)
