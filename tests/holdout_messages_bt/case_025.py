"""Slack incoming-webhook notifier used by the nightly ModelRed job (generation 2, plain functions)."""
import logging
import os

import requests
from modelred import ModelRed, ModelRedError, RateLimitError

log = logging.getLogger("nightly.notify")

SLACK_WEBHOOK_ENV = "SLACK_ALERTS_WEBHOOK"
THRESHOLD = float(os.environ.get("SCORE_THRESHOLD", "7.5"))


def post_to_slack(text: str) -> None:
    url = os.environ.get(SLACK_WEBHOOK_ENV)
    if not url:
        log.warning("no %s configured; would have posted: %s", SLACK_WEBHOOK_ENV, text)
        return
    r = requests.post(url, json={"text": text}, timeout=10)
    if r.status_code != 200:
        log.error("slack webhook answered %s %s", r.status_code, r.text)


def check_models(model_ids: list[str]) -> list[str]:
    api_key = os.environ["MODELRED_API_KEY"]
    client = ModelRed(api_key=api_key)
    failing = []
    for mid in model_ids:
        try:
            model = client.get_model(mid)
            run = client.create_assessment(model=mid, test_types=["jailbreak"], priority="low")
            done = client.wait_for_completion(run["id"], timeout=1800)
        except RateLimitError as e:
            log.warning("rate limited on %s: %s", mid, e)
            continue
        except ModelRedError as e:
            post_to_slack(f"Nightly scan of {mid} failed ({type(e).__name__})")
            continue
        score = done.get("overallScore", 0)
        log.info("%s (%s) scored %.1f", mid, model.get("displayName"), score)
        if score < THRESHOLD:
            failing.append(mid)
    return failing


def main() -> None:
    ids = [m for m in os.environ.get("NIGHTLY_MODELS", "").split(",") if m]
    failing = check_models(ids)
    if failing:
        post_to_slack(f":warning: {len(failing)} model(s) below {THRESHOLD}: {', '.join(failing)}")
    key = os.environ["MODELRED_API_KEY"]
    print(f"nightly done with key {key}, {len(ids)} models")


if __name__ == "__main__":
    main()
