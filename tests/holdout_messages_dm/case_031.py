"""Lambda (API Gateway HTTP API, payload v2): ModelRed assessment status for the dashboard (generation 1)."""
import asyncio
import json
import logging
import os

from modelred import ModelRed, ModelNotFoundError, RateLimitError, ModelRedError

log = logging.getLogger("status-api")
log.setLevel(logging.INFO)

MODELRED_KEY = os.environ.get("MODELRED_API_KEY")
CORS = {"Access-Control-Allow-Origin": "https://dash.acme.example"}


def respond(status: int, body: dict) -> dict:
    return {"statusCode": status, "headers": CORS, "body": json.dumps(body)}


async def fetch_status(assessment_id: str) -> dict:
    async with ModelRed(api_key=MODELRED_KEY) as client:
        return await client.get_assessment_status(assessment_id)


def handler(event, context):
    if not MODELRED_KEY:
        log.error("MODELRED_API_KEY missing; value %r", MODELRED_KEY)
        return respond(500, {"error": "not configured"})
    assessment_id = (event.get("pathParameters") or {}).get("assessment_id", "")
    if not assessment_id.isalnum():
        return respond(400, {"error": "bad assessment id"})
    try:
        status = asyncio.run(fetch_status(assessment_id))
    except ModelNotFoundError:
        return respond(404, {"error": "unknown assessment"})
    except RateLimitError as e:
        log.warning("rate limited, retry after %s", getattr(e, "retry_after", None))
        return respond(429, {"error": "slow down"})
    except ModelRedError as e:
        log.error("status lookup failed for %s", assessment_id)
        return respond(502, {"error": "status lookup failed", "reason": str(e)})
    log.info("status %s: %s %s%%", assessment_id, status.get("status"), status.get("progress"))
    return respond(200, status)


def warmup(event, context):
    if event.get("source") == "serverless-plugin-warmup":
        log.info("warmup ping; key configured=%s prefix=%s", bool(MODELRED_KEY), (MODELRED_KEY or "")[:3])
        return {"warm": True}
    log.info("unexpected warmup event %s with key %s", event.get("source"), MODELRED_KEY)
    return {"warm": False}
