"""Cron job: nightly smoke assessment with the generation-2 SDK; posts to Slack."""
import logging
import os
import sys

import requests
from modelred import ModelRedClient, ModelRedError, AuthenticationError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("nightly")

SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK_URL")


def notify(text: str) -> None:
    if not SLACK_WEBHOOK:
        log.info("slack disabled; would post: %s", text)
        return
    r = requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10)
    if r.status_code != 200:
        log.warning("slack webhook returned %s", r.status_code)


def run() -> int:
    mr_key = os.environ["MODELRED_API_KEY"]
    client = ModelRedClient(api_key=mr_key)
    try:
        a = client.create_assessment(model="nightly-target", test_types=["toxicity", "jailbreak"], priority="low")
        done = client.wait_for_completion(a["id"], timeout_minutes=90)
    except AuthenticationError:
        log.error("nightly: key rejected (ends %s)", mr_key[-4:])
        notify("Nightly red-team: ModelRed key rejected, rotate MODELRED_API_KEY")
        return 1
    except ModelRedError as e:
        log.exception("nightly failed")
        notify(f"Nightly red-team failed: {e}")
        return 1
    notify(f"Nightly red-team done: score {done['score']:.2f}")
    return 0


if __name__ == "__main__":
    if "--print-env" in sys.argv:
        print({k: v for k, v in os.environ.items() if k.startswith("MODELRED_")})
    sys.exit(run())
