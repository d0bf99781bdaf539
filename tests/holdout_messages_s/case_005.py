"""Poll an assessment with the 0.1.3x client and post the outcome to a Slack channel."""
import logging
import os
import sys

import requests

from modelred import ModelRedClient, ModelRedError, RateLimitError, NotFoundError

log = logging.getLogger("notify.slack")
SLACK_WEBHOOK = os.environ["SLACK_REDTEAM_WEBHOOK"]


def post(text: str) -> None:
    resp = requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10)
    if resp.status_code != 200:
        log.error("slack returned %s: %s", resp.status_code, resp.text)
        log.error("could not post to %s", SLACK_WEBHOOK)


def report(assessment_id: str) -> int:
    client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        result = client.wait_for_completion(assessment_id, timeout_minutes=45)
    except NotFoundError:
        post(f":warning: assessment `{assessment_id}` does not exist")
        return 1
    except RateLimitError as e:
        log.warning("rate limited while polling %s: %s", assessment_id, e)
        post(":hourglass: ModelRed is rate limiting us, will retry at the next run")
        return 75
    except ModelRedError as e:
        post(f":x: assessment `{assessment_id}` failed: {e}")
        return 1
    risk = result.get("overall_score")
    post(f":shield: `{assessment_id}` finished, risk score {risk}")
    return 0


if __name__ == "__main__":
    sys.exit(report(sys.argv[1]))
