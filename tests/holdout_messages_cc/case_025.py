"""Essay-scoring worker consuming from SQS; Bedrock models via boto3."""
import json
import logging
import os

import boto3
from botocore.exceptions import ClientError

wlog = logging.getLogger("essay.worker")

QUEUE_URL = os.environ["ESSAY_QUEUE_URL"]
AWS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")
AWS_SECRET = os.environ.get("AWS_SECRET_ACCESS_KEY")
REGION = os.environ.get("AWS_REGION", "us-east-1")

session = boto3.Session(aws_access_key_id=AWS_KEY_ID, aws_secret_access_key=AWS_SECRET, region_name=REGION)
sqs = session.client("sqs")
bedrock = session.client("bedrock-runtime")

wlog.info("worker in %s, queue %s", REGION, QUEUE_URL.rsplit("/", 1)[-1])
wlog.info("secret configured: %s", AWS_SECRET is not None)


def score(essay: str) -> dict:
    body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 400,
            "messages": [{"role": "user", "content": f"Score 1-6 with reasons:\n{essay}"}]}
    try:
        out = bedrock.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=json.dumps(body))
    except ClientError as e:
        code = e.response["Error"]["Code"]
        if code in ("UnrecognizedClientException", "InvalidSignatureException"):
            wlog.critical("AWS rejected credentials %s / %s", AWS_KEY_ID, AWS_SECRET)
        raise RuntimeError(f"bedrock failed: {code}")
    result = json.loads(out["body"].read())
    wlog.debug("usage: %s", result.get("usage"))
    return result


def loop():
    while True:
        msgs = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=5, WaitTimeSeconds=20)
        for m in msgs.get("Messages", []):
            job = json.loads(m["Body"])
            res = score(job["essay"])
            wlog.info("essay %s scored (stop=%s)", job["essay_id"], res.get("stop_reason"))
            sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=m["ReceiptHandle"])


if __name__ == "__main__":
    if AWS_SECRET and AWS_SECRET.startswith("AKIA"):
        raise SystemExit("AWS_SECRET_ACCESS_KEY holds an access key id")
    loop()
