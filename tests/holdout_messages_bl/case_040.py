"""Lambda: Slack interactive endpoint approving LLM deploys, with request signing and per-env keys (generation 1)."""
import asyncio
import hashlib
import hmac
import json
import logging
import os
import time
import urllib.parse

from modelred import ModelRed, AuthorizationError, SubscriptionLimitError, ModelRedError

log = logging.getLogger()
log.setLevel(logging.INFO)
SLACK_SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]
ENV_KEYS = {"staging": os.environ.get("MODELRED_KEY_STAGING"), "prod": os.environ.get("MODELRED_KEY_PROD")}


def verify(headers, raw):
    ts = headers.get("x-slack-request-timestamp", "0")
    if abs(time.time() - int(ts)) > 300:
        raise PermissionError(f"stale slack request, timestamp {ts}")
    base = f"v0:{ts}:{raw}".encode()
    expected = "v0=" + hmac.new(SLACK_SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    got = headers.get("x-slack-signature", "")
    if not hmac.compare_digest(expected, got):
        raise PermissionError(f"bad slack signature, expected {expected} with secret {SLACK_SIGNING_SECRET}")


async def approve(env, model_id):
    api_key = ENV_KEYS[env]
    if not api_key:
        raise LookupError(f"no ModelRed key configured for {env} (got {api_key!r})")
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(model_id=model_id, test_suites=["release"], priority="high")


def handler(event, context):
    headers = {k.lower(): v for k, v in event["headers"].items()}
    raw = event["body"]
    verify(headers, raw)
    payload = json.loads(urllib.parse.parse_qs(raw)["payload"][0])
    env, model_id = payload["actions"][0]["value"].split(":", 1)
    log.info("approval for %s in %s by %s", model_id, env, payload["user"]["username"])
    try:
        result = asyncio.run(approve(env, model_id))
    except AuthorizationError:
        log.error("ModelRed key for %s not authorised: %s", env, ENV_KEYS[env])
        return {"statusCode": 200, "body": json.dumps({"text": "key not authorised for release gates"})}
    except SubscriptionLimitError as e:
        return {"statusCode": 200, "body": json.dumps({"text": f"ModelRed limit: {e}"})}
    except ModelRedError as e:
        log.warning("approval failed: %s", e)
        raise RuntimeError(f"{env} release gate for {model_id} could not start") from e
    log.info("release gate %s started, keys configured: %s", result["assessment_id"], {k: bool(v) for k, v in ENV_KEYS.items()})
    return {"statusCode": 200, "body": json.dumps({"text": f"release gate {result['assessment_id']} started"})}
