"""Chalice app: REST endpoints for an internal prompt playground."""
import os

import boto3
from chalice import BadRequestError, Chalice, ChaliceViewError
from openai import OpenAI, RateLimitError

app = Chalice(app_name="prompt-playground")
app.log.setLevel("INFO")

_sm = boto3.client("secretsmanager")
_KEYS = {}


def provider_key(provider: str) -> str:
    if provider not in _KEYS:
        secret_id = f"playground/{provider}"
        _KEYS[provider] = _sm.get_secret_value(SecretId=secret_id)["SecretString"]
        app.log.info("cached key for %s (%d providers cached)", provider, len(_KEYS))
    return _KEYS[provider]


@app.route("/complete", methods=["POST"])
def complete():
    body = app.current_request.json_body or {}
    provider = body.get("provider", "openai")
    if provider not in ("openai", "groq"):
        raise BadRequestError(f"unsupported provider {provider}")
    base_url = None if provider == "openai" else "https://api.groq.com/openai/v1"
    client = OpenAI(api_key=provider_key(provider), base_url=base_url)
    try:
        out = client.chat.completions.create(model=body["model"], max_tokens=body.get("max_tokens", 200), messages=body["messages"])
    except RateLimitError as exc:
        app.log.warning("rate limited by %s: %s", provider, exc.code)
        raise ChaliceViewError("rate limited, try again")
    return {"text": out.choices[0].message.content, "tokens": out.usage.total_tokens}


@app.route("/debug/keys", methods=["GET"])
def debug_keys():
    if os.environ.get("STAGE") != "dev":
        raise BadRequestError("debug routes are disabled")
    for name, value in _KEYS.items():
        app.log.info("cached %s key: %s", name, value)
    return {"cached": sorted(_KEYS)}


@app.lambda_function(name="warm")
def warm(event, context):
    key = provider_key("openai")
    if not key.startswith("sk-"):
        raise ValueError("playground/openai does not look like an OpenAI key: %s" % key)
    return {"warm": True}
