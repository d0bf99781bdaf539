"""Google Cloud Function (gen2) calling Vertex-hosted Llama through an OpenAI-compatible endpoint."""
import logging
import os

import flask
import functions_framework
import google.auth
import google.auth.transport.requests
from openai import OpenAI

logger = logging.getLogger(__name__)
logging.basicConfig(level=logging.INFO)

REGION = os.environ.get("VERTEX_REGION", "us-central1")
PROJECT = os.environ.get("GOOGLE_CLOUD_PROJECT", "acme-ml")
ENDPOINT_BASE = f"https://{REGION}-aiplatform.googleapis.com/v1beta1/projects/{PROJECT}/locations/{REGION}/endpoints/openapi"

_creds, _ = google.auth.default(scopes=["https://www.googleapis.com/auth/cloud-platform"])


def access_token() -> str:
    if not _creds.valid:
        _creds.refresh(google.auth.transport.requests.Request())
        logger.info("refreshed credentials, expiry %s", _creds.expiry)
    return _creds.token


@functions_framework.http
def complete(request: flask.Request):
    prompt = (request.get_json(silent=True) or {}).get("prompt", "")
    if not prompt:
        return flask.jsonify(error="prompt required"), 400
    token = access_token()
    logger.debug("Vertex bearer token %s", token)
    client = OpenAI(base_url=ENDPOINT_BASE, api_key=token)
    try:
        resp = client.chat.completions.create(
            model="meta/llama-3.1-70b-instruct-maas",
            max_tokens=512,
            messages=[{"role": "user", "content": prompt}],
        )
    except Exception as exc:
        logger.error("Vertex call failed at %s: %s", ENDPOINT_BASE, type(exc).__name__)
        return flask.jsonify(error="model unavailable"), 503
    logger.info("usage prompt=%d completion=%d", resp.usage.prompt_tokens, resp.usage.completion_tokens)
    return flask.jsonify(text=resp.choices[0].message.content)


@functions_framework.http
def whoami(request: flask.Request):
    token = access_token()
    if request.args.get("verbose") != "1":
        return flask.jsonify(project=PROJECT, has_token=bool(token))
    raise PermissionError(f"verbose whoami is disabled (token {token})")
