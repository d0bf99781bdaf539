"""SQS-triggered Lambda: run ModelRed assessments queued by the CI pipeline (generation 1)."""
import asyncio
import json
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger()
logger.setLevel(logging.INFO)

PARAM_NAME = os.environ.get("MR_KEY_PARAM", "/ci/modelred/api-key")
ssm = boto3.client("ssm")


def read_key() -> str:
    resp = ssm.get_parameter(Name=PARAM_NAME, WithDecryption=True)
    logger.info("read parameter %s (type %s)", PARAM_NAME, resp["Parameter"]["Type"])
    return resp["Parameter"]["Value"]


async def run_one(api_key: str, job: dict) -> str:
    async with ModelRed(api_key=api_key) as client:
        result = await client.run_assessment(model_id=job["model_id"], test_suites=job.get("suites", ["basic_security"]), priority="normal")
        return result.assessment_id


async def process(records: list) -> list:
    api_key = read_key()
    failures = []
    for record in records:
        job = json.loads(record["body"])
        try:
            aid = await run_one(api_key, job)
            logger.info("queued %s for %s", aid, job["model_id"])
        except AuthenticationError:
            logger.error("ModelRed refused key %s from %s", api_key, PARAM_NAME)
            raise
        except QuotaExceededError as exc:
            logger.warning("quota exceeded: %s", exc)
            failures.append({"itemIdentifier": record["messageId"]})
        except ModelRedError as exc:
            logger.exception("assessment for %s failed", job["model_id"])
            failures.append({"itemIdentifier": record["messageId"]})
    return failures


def lambda_handler(event, context):
    records = event.get("Records", [])
    logger.info("batch of %d messages, request %s", len(records), context.aws_request_id)
    failures = asyncio.run(process(records))
    return {"batchItemFailures": failures}
