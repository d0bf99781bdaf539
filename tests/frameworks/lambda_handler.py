"""handlers.py: AWS Lambda functions behind API Gateway (HTTP API, payload v2).

serverless.yml maps POST /assessments -> handlers.start, GET /assessments/{assessment_id}
-> handlers.status, DELETE /assessments/{assessment_id} -> handlers.cancel,
GET /packs -> handlers.pack, and the re-run queue -> handlers.rerun.
"""

import json
import logging
import os
import re
import uuid

from modelred import ModelRed, NotFound, ValidationFailed

logger = logging.getLogger()
logger.setLevel(logging.INFO)

PACK_RE = re.compile(r"pack-[a-z0-9]{6,24}")
DEFAULT_PACKS = ["pack-basicsec01"]
APPROVED_MODELS = {"support-bot", "billing-bot"}

# Created once per container, reused across invocations.
client = ModelRed(os.environ["MODELRED_API_KEY"], timeout=10.0)


def _response(status: int, body: dict) -> dict:
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(body),
    }


def start(event, context):
    body = json.loads(event.get("body") or "{}")
    model = body.get("model")
    packs = body.get("probe_pack_ids", DEFAULT_PACKS)
    if not isinstance(packs, list) or not all(PACK_RE.fullmatch(str(p)) for p in packs):
        return _response(400, {"error": "probe_pack_ids must be a list of pack ids"})
    logger.info("start requested %s", context.aws_request_id)
    try:
        assessment = client.create_assessment(
            model=model,
            probe_pack_ids=packs,
        )
    except ValidationFailed:
        return _response(422, {"error": "rejected"})
    return _response(201, {"id": assessment["id"]})


def status(event, context):
    assessment_id = event["pathParameters"]["assessment_id"]
    try:
        data = client.get_assessment(assessment_id)
    except NotFound:
        return _response(404, {"error": "not found"})
    return _response(200, {"status": data["status"], "progress": data.get("progress")})


def cancel(event, context):
    assessment_id = event["pathParameters"]["assessment_id"]
    try:
        uuid.UUID(assessment_id)
    except ValueError:
        return _response(400, {"error": "assessment ids are UUIDs"})
    client.cancel_assessment(assessment_id)
    return _response(204, {})


def pack(event, context):
    params = event.get("queryStringParameters") or {}
    pack_id = params.get("id", DEFAULT_PACKS[0])
    return _response(200, client.get_probe_pack(pack_id))


def pack_data(event, context):
    pack_id = (event.get("queryStringParameters") or {}).get("id", "")
    if PACK_RE.fullmatch(pack_id):
        return _response(200, client.get_probe_pack_data(pack_id))
    return _response(400, {"error": "bad pack id"})


def rerun(event, context):
    """Re-runs queued by the approval bot; the bot forwards what users typed in Slack."""
    for record in event["Records"]:
        message = json.loads(record["body"])
        model = message["model"]
        if model not in APPROVED_MODELS:
            logger.error("dropping re-run for unapproved model")
            continue
        client.create_assessment(
            model=model,
            probe_pack_ids=message.get("packs", DEFAULT_PACKS),
        )
