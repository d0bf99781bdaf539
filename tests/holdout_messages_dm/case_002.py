"""Cloud Function (HTTP): classify feedback with Claude; key from Secret Manager."""
import logging
import os

import anthropic
import functions_framework
from google.cloud import secretmanager

log = logging.getLogger("feedback-classifier")
logging.basicConfig(level=logging.INFO)

PROJECT = os.environ.get("GOOGLE_CLOUD_PROJECT", "acme-prod")
SECRET_NAME = f"projects/{PROJECT}/secrets/anthropic-api-key/versions/latest"

_secrets = secretmanager.SecretManagerServiceClient()
_cached = {}


def anthropic_key() -> str:
    if "key" not in _cached:
        version = _secrets.access_secret_version(name=SECRET_NAME)
        log.info("loaded secret %s (%s)", SECRET_NAME, version.name)
        value = version.payload.data.decode("utf-8").strip()
        if not value.startswith("sk-ant-"):
            raise ValueError(f"secret {SECRET_NAME} does not hold an Anthropic key: {value}")
        _cached["key"] = value
    return _cached["key"]


@functions_framework.http
def classify(request):
    payload = request.get_json(silent=True) or {}
    text = payload.get("text")
    if not text:
        return {"error": "missing text"}, 400
    client = anthropic.Anthropic(api_key=anthropic_key())
    try:
        msg = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=20,
            messages=[{"role": "user", "content": f"Label as positive/negative/neutral: {text}"}],
        )
    except anthropic.AuthenticationError as exc:
        log.error("Anthropic auth failed (%s); key length %d", exc.status_code, len(anthropic_key()))
        return {"error": "classifier unavailable"}, 503
    except anthropic.APIError as exc:
        log.warning("Anthropic error: %s", exc)
        return {"error": "classifier unavailable"}, 503
    label = msg.content[0].text.strip().lower()
    log.info("label=%s in=%d out=%d", label, msg.usage.input_tokens, msg.usage.output_tokens)
    return {"label": label}, 200
