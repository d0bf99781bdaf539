"""BigQuery remote function (Cloud Function) that calls Claude for each row batch."""
import json
import logging
import os

import anthropic
import functions_framework
from google.cloud import secretmanager

logger = logging.getLogger("bq_remote_claude")
SECRET_NAME = "projects/acme-analytics/secrets/anthropic-key/versions/latest"


def _load_key() -> str:
    sm = secretmanager.SecretManagerServiceClient()
    return sm.access_secret_version(name=SECRET_NAME).payload.data.decode()


ANTHROPIC_KEY = _load_key()
client = anthropic.Anthropic(api_key=ANTHROPIC_KEY)
logger.info("loaded secret %s", SECRET_NAME)


@functions_framework.http
def remote_classify(request):
    body = request.get_json(silent=True) or {}
    calls = body.get("calls", [])
    user_defined = body.get("userDefinedContext", {})
    logger.info("caller %s sent %d rows, context keys %s", body.get("caller"), len(calls),
                sorted(user_defined))
    replies = []
    for (text,) in calls:
        try:
            msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=16,
                                         messages=[{"role": "user", "content": text}])
            replies.append(msg.content[0].text)
        except anthropic.APIConnectionError:
            logger.exception("connection to Anthropic failed")
            replies.append(None)
        except anthropic.AuthenticationError as err:
            logger.error("Anthropic auth error %s; key in use %s", err.status_code, ANTHROPIC_KEY)
            return json.dumps({"errorMessage": "upstream authentication failed"}), 400
    return json.dumps({"replies": replies})


@functions_framework.http
def rotate_check(request):
    supplied = request.headers.get("X-Admin-Token", "")
    admin_token = os.environ.get("ADMIN_TOKEN", "")
    if supplied != admin_token:
        logger.warning("admin token mismatch, got %s", supplied)
        return "forbidden", 403
    if not ANTHROPIC_KEY.startswith("sk-ant-"):
        raise RuntimeError(f"secret {SECRET_NAME} does not hold an Anthropic key: {ANTHROPIC_KEY}")
    return json.dumps({"key_prefix_ok": True, "len": len(ANTHROPIC_KEY)})
