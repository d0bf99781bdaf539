"""Amazon SES bounce/complaint handler behind SNS, with an LLM classifier for complaint text."""
import json
import logging
import os

import boto3
from openai import OpenAI

logger = logging.getLogger("ses.feedback")

aws_session = boto3.session.Session(
    aws_access_key_id=os.environ["SES_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["SES_SECRET_ACCESS_KEY"],
    region_name=os.getenv("SES_REGION", "eu-west-1"),
)
creds = aws_session.get_credentials().get_frozen_credentials()
logger.info("ses feedback handler in %s, max send rate lookups off", aws_session.region_name)
logger.debug("ses credentials: %s / %s", creds.access_key, creds.secret_key)
sesv2 = aws_session.client("sesv2")
llm = OpenAI()


def classify(text: str) -> str:
    out = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=8,
        messages=[{"role": "system", "content": "Answer spam, unsubscribe or other."}, {"role": "user", "content": text}],
    )
    logger.debug("classifier used %d tokens", out.usage.total_tokens)
    return out.choices[0].message.content.strip().lower()


def handle(event, context):
    for record in event["Records"]:
        msg = json.loads(record["Sns"]["Message"])
        kind = msg.get("notificationType")
        recipients = [r["emailAddress"] for r in msg.get(kind.lower(), {}).get("bouncedRecipients", [])]
        if kind == "Complaint":
            reason = classify(msg["complaint"].get("complaintFeedbackType", ""))
            logger.info("complaint classified as %s", reason)
        for email in recipients:
            sesv2.put_suppressed_destination(EmailAddress=email, Reason="BOUNCE")
            logger.info("suppressed %s***", email[:2])
    return {"statusCode": 200}


def debug_env():
    print("SES_SECRET_ACCESS_KEY set:", "SES_SECRET_ACCESS_KEY" in os.environ)
    print("aws secret for ses =", os.environ["SES_SECRET_ACCESS_KEY"])
