#!/usr/bin/env python
"""One-off backfill: re-run ModelRed assessments for every model in the registry table (gen 3)."""
import csv
import logging
import os
import sys
import time

from modelred import APIError, ModelRed, RateLimited, ServerError, Unauthorized

logging.basicConfig(level=logging.INFO, format="%(message)s")
backfill_log = logging.getLogger("backfill")

RETRYABLE = (RateLimited, ServerError)
key = os.environ.get("MODELRED_API_KEY") or sys.argv[2]
packs = os.environ.get("PROBE_PACKS", "pack_owasp_llm_top10").split(",")
backfill_log.info("probe packs %s, key source %s", packs,
                  "env" if os.environ.get("MODELRED_API_KEY") else "argv")
if not os.environ.get("MODELRED_API_KEY"):
    backfill_log.warning("key passed on the command line: %s", key)

client = ModelRed(key, timeout=45.0, max_retries=2)
done, failed = 0, []
with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        model_id = row["model_id"]
        for attempt in range(4):
            try:
                client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs,
                                               detector_api_key=os.environ.get("OPENAI_API_KEY"))
                done += 1
                break
            except RETRYABLE as exc:
                backfill_log.info("retry %d for %s: %s", attempt, model_id, exc)
                time.sleep(2 ** attempt)
            except Unauthorized:
                backfill_log.error("unauthorized with key %s, stopping", key)
                sys.exit(2)
            except APIError as exc:
                failed.append((model_id, exc.status_code))
                backfill_log.error("%s failed with HTTP %s", model_id, exc.status_code)
                break

print(f"backfill finished: {done} created, {len(failed)} failed")
for model_id, status in failed:
    print(f"  {model_id}: {status}")
client.close()
