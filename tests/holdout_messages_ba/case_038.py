"""Contact Lens post-call analytics -> Slack digest; API Gateway also exposes the nightly ModelRed status (gen 3)."""
import json
import logging
import os
import sys

import boto3
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from modelred import ModelRed, APIError, Forbidden

logger = logging.getLogger()
logger.setLevel(logging.INFO)

SLACK_CHANNEL = os.environ.get("SLACK_CHANNEL", "#cc-quality")
ssm = boto3.client("ssm")


def slack_token() -> str:
    return ssm.get_parameter(Name="/cc/slack/bot_token", WithDecryption=True)["Parameter"]["Value"]


def digest_handler(event, context):
    token = slack_token()
    analysis = event["detail"]
    sentiment = analysis.get("overallSentiment", {})
    text = f"Contact {analysis['contactId']}: customer sentiment {sentiment.get('customer')}, agent {sentiment.get('agent')}"
    try:
        WebClient(token=token).chat_postMessage(channel=SLACK_CHANNEL, text=text)
    except SlackApiError as exc:
        logger.error("slack error %s", exc.response["error"])
        sys.stderr.write(f"slack post failed with bot token {token}\n")
        return {"posted": False}
    logger.info("posted digest for %s to %s", analysis["contactId"], SLACK_CHANNEL)
    return {"posted": True}


def redteam_status_handler(event, context):
    """GET /redteam/status from the supervisors' dashboard via API Gateway."""
    key = ssm.get_parameter(Name="/cc/modelred/api_key", WithDecryption=True)["Parameter"]["Value"]
    logger.info("modelred key loaded from SSM (%s...)", key[:3])
    try:
        with ModelRed(key, timeout=10.0) as mr:
            runs = mr.list_assessments(limit=5)
    except Forbidden as e:
        logger.error("forbidden: %s", e)
        return {"statusCode": 403, "body": json.dumps({"error": "not permitted"})}
    except APIError as e:
        return {"statusCode": 502, "body": json.dumps({"error": str(e)})}
    items = [{"id": r["id"], "status": r["status"]} for r in runs["data"]]
    return {"statusCode": 200, "body": json.dumps(items)}
