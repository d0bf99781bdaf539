"""Nightly red-team job: run assessments, post the results to Slack."""
import logging
import os

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from modelred import ModelRed, APIError, RateLimited, ServerError

logger = logging.getLogger("nightly")

RETRYABLE = (RateLimited, ServerError)
CHANNEL = os.environ.get("SLACK_CHANNEL", "#redteam-nightly")
MODELS = ["support-bot-v7", "rag-search-v3"]
PACKS = ["pp_jailbreak_2024", "pp_prompt_injection", "pp_pii_exfil"]


def run_model(mr: ModelRed, model_id: str) -> str:
    for attempt in range(3):
        try:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
            res = mr.get_assessment(a["id"])
            return f":white_check_mark: `{model_id}` score {res.get('score', 0):.2f}"
        except RETRYABLE as exc:
            logger.warning("%s attempt %d: %s", model_id, attempt, type(exc).__name__)
        except APIError as exc:
            logger.error("assessment for %s failed: %s", model_id, exc)
            return f":x: `{model_id}` failed: {exc}"
    return f":hourglass: `{model_id}` gave up after retries"


def main() -> None:
    slack_token = os.environ["SLACK_BOT_TOKEN"]
    slack = WebClient(token=slack_token)
    with ModelRed(os.environ["MODELRED_API_KEY"], timeout=120.0) as mr:
        lines = [run_model(mr, m) for m in MODELS]
    try:
        slack.chat_postMessage(channel=CHANNEL, text="\n".join(lines))
    except SlackApiError as e:
        logger.error("slack error %s", e.response["error"])
        if e.response["error"] == "invalid_auth":
            logger.error("SLACK_BOT_TOKEN rejected: %s", slack_token)
        raise


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
