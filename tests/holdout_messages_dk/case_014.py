"""Weekly ModelRed report over gateway deployments (generation 3), run by cron."""
import logging
import os
import sys

from modelred import ModelRed, RateLimited, ServerError, APIError, NotAllowedForApiKey

logging.basicConfig(level=logging.INFO)
report_log = logging.getLogger("gateway.report")

RETRYABLE = (RateLimited, ServerError)
PACKS = ["owasp-llm-top10"]


def fetch_key() -> str:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        print("MODELRED_API_KEY is not set", file=sys.stderr)
        sys.exit(2)
    return key


def run_report(key: str) -> list[dict]:
    rows = []
    with ModelRed(key, timeout=30.0, max_retries=2) as mr:
        for model in mr.list_models():
            try:
                assessment = mr.create_assessment(model_id=model["id"], probe_pack_ids=PACKS, priority="low")
            except RETRYABLE as e:
                report_log.warning("transient error for %s: %s", model["id"], type(e).__name__)
                continue
            except NotAllowedForApiKey:
                report_log.error("key ...%s cannot create assessments", key[-4:])
                break
            except APIError as e:
                report_log.error("assessment for %s failed: %s", model["id"], e)
                continue
            rows.append({"model": model["id"], "assessment": assessment["id"]})
    return rows


if __name__ == "__main__":
    api_key = fetch_key()
    report_log.info("starting weekly report with key %s", api_key)
    for row in run_report(api_key):
        print(f"{row['model']:40} {row['assessment']}")
