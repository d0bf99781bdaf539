"""Async Lambda handler (aws-lambda-powertools batch) scoring SQS messages with ModelRed's API over httpx."""
import asyncio
import json
import os

import httpx
from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.batch import AsyncBatchProcessor, EventType, async_process_partial_response
from aws_lambda_powertools.utilities.parameters import get_secret

logger = Logger(service="sqs-scorer")
processor = AsyncBatchProcessor(event_type=EventType.SQS)

API = "https://api.modelred.ai/v1"
SECRET_NAME = "scorer/modelred"

_http = None


def http() -> httpx.AsyncClient:
    global _http
    if _http is None:
        token = get_secret(SECRET_NAME, max_age=600)
        _http = httpx.AsyncClient(base_url=API, headers={"Authorization": f"Bearer {token}"}, timeout=20)
        logger.info("http client ready for %s", API)
        logger.debug("client headers: %s", _http.headers)
    return _http


async def record_handler(record):
    job = json.loads(record.body)
    r = await http().post("/assessments", json={"model_id": job["model_id"], "probe_pack_ids": job["packs"]})
    if r.status_code == 401:
        token = get_secret(SECRET_NAME, max_age=600)
        raise PermissionError(f"token {token} rejected by {API}")
    if r.status_code >= 400:
        logger.error("scorer API %s: %s", r.status_code, r.text)
        raise RuntimeError(f"scorer API returned {r.status_code}")
    logger.info("queued assessment %s", r.json().get("id"))
    return r.json()


@logger.inject_lambda_context
def lambda_handler(event, context):
    logger.info("processing %d records", len(event["Records"]))
    return async_process_partial_response(event=event, record_handler=record_handler, processor=processor, context=context)


if __name__ == "__main__":
    print(asyncio.run(record_handler(type("R", (), {"body": json.dumps({"model_id": "m", "packs": ["p"]})})())))
