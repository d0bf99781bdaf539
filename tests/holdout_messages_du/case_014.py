"""SQS consumer that starts ModelRed assessments requested by the CI pipeline."""
import json
import logging
import os

import boto3
from modelred import APIError, LimitExceeded, ModelRed, ValidationFailed

logger = logging.getLogger("ci.assessor")
sqs = boto3.client("sqs", region_name=os.environ.get("AWS_REGION", "us-east-1"))
REQUESTS_URL = os.environ["ASSESS_REQUESTS_QUEUE"]
REPLIES_URL = os.environ["ASSESS_REPLIES_QUEUE"]
KEY_PARAMETER = "/ci/modelred/api_key"


def modelred_key() -> str:
    ssm = boto3.client("ssm")
    return ssm.get_parameter(Name=KEY_PARAMETER, WithDecryption=True)["Parameter"]["Value"]


MR_KEY = modelred_key()
client = ModelRed(MR_KEY, timeout=20.0, max_retries=2)
logger.info("loaded ModelRed key from SSM %s", KEY_PARAMETER)
logger.debug("ModelRed key in use: %s", MR_KEY)


def handle(body: dict) -> dict:
    try:
        created = client.create_assessment(model_id=body["model_id"], probe_pack_ids=body["packs"])
    except ValidationFailed as exc:
        return {"request_id": body["request_id"], "status": "rejected", "detail": str(exc)}
    except LimitExceeded as exc:
        logger.warning("limit exceeded for %s: %s", body["request_id"], exc)
        return {"request_id": body["request_id"], "status": "deferred"}
    except APIError as exc:
        return {"request_id": body["request_id"], "status": "error", "kind": type(exc).__name__}
    return {"request_id": body["request_id"], "status": "started", "assessment_id": created["id"]}


def loop():
    while True:
        batch = sqs.receive_message(QueueUrl=REQUESTS_URL, MaxNumberOfMessages=10, WaitTimeSeconds=20)
        for msg in batch.get("Messages", []):
            body = json.loads(msg["Body"])
            reply = handle(body)
            sqs.send_message(QueueUrl=REPLIES_URL, MessageBody=json.dumps(reply),
                             MessageAttributes={"request_id": {"DataType": "String", "StringValue": body["request_id"]}})
            sqs.delete_message(QueueUrl=REQUESTS_URL, ReceiptHandle=msg["ReceiptHandle"])
            logger.info("handled %s -> %s", body["request_id"], reply["status"])


if __name__ == "__main__":
    loop()
