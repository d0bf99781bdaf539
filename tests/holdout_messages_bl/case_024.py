"""Lambda behind a Function URL: streams an Anthropic completion, key from the Parameters extension."""
import json
import os
import urllib.request

import anthropic

EXT_PORT = os.environ.get("PARAMETERS_SECRETS_EXTENSION_HTTP_PORT", "2773")
PARAM_NAME = os.environ.get("ANTHROPIC_KEY_PARAM", "/llm/anthropic/api-key")
SESSION_TOKEN = os.environ.get("AWS_SESSION_TOKEN")
_cache = {}


def _param(name):
    if name in _cache:
        return _cache[name]
    url = f"http://localhost:{EXT_PORT}/systemsmanager/parameters/get?name={name}&withDecryption=true"
    req = urllib.request.Request(url, headers={"X-Aws-Parameters-Secrets-Token": SESSION_TOKEN})
    with urllib.request.urlopen(req, timeout=2) as resp:
        value = json.loads(resp.read())["Parameter"]["Value"]
    _cache[name] = value
    return value


def handler(event, context):
    if SESSION_TOKEN is None:
        raise RuntimeError(f"AWS_SESSION_TOKEN not set (got {SESSION_TOKEN!r}), is the extension layer attached?")
    key = _param(PARAM_NAME)
    print(f"param {PARAM_NAME} cached={PARAM_NAME in _cache}")
    body = json.loads(event.get("body") or "{}")
    max_tokens = min(int(body.get("max_tokens", 512)), 2048)
    client = anthropic.Anthropic(api_key=key)
    try:
        msg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=max_tokens, messages=body["messages"])
    except anthropic.AuthenticationError as exc:
        raise RuntimeError(f"anthropic rejected key from {PARAM_NAME}: {key}") from exc
    except anthropic.APIStatusError as exc:
        print(f"anthropic status {exc.status_code}")
        return {"statusCode": 502, "body": "upstream error"}
    print(f"usage in={msg.usage.input_tokens} out={msg.usage.output_tokens}")
    if body.get("echo_auth"):
        print(f"session token used for extension: {SESSION_TOKEN}")
    return {"statusCode": 200, "body": json.dumps({"text": msg.content[0].text})}
