"""Lambda@Edge-style request signer for the LLM gateway: HMAC of the body with a shared secret."""
import base64
import hashlib
import hmac
import json
import os
import time

import boto3

SIGNING_SECRET_ID = "llm-gateway/signing-secret"
SIG_HEADER = "x-gw-signature"
TOKEN_HEADER = "x-gw-token"
_secret_cache = None


def signing_secret():
    global _secret_cache
    if _secret_cache is None:
        sm = boto3.client("secretsmanager", region_name="us-east-1")
        _secret_cache = sm.get_secret_value(SecretId=SIGNING_SECRET_ID)["SecretString"]
    return _secret_cache


def handler(event, context):
    request = event["Records"][0]["cf"]["request"]
    body = base64.b64decode(request.get("body", {}).get("data", "") or b"")
    secret = signing_secret()
    ts = str(int(time.time()))
    sig = hmac.new(secret.encode(), ts.encode() + b"." + body, hashlib.sha256).hexdigest()
    request["headers"][SIG_HEADER] = [{"key": SIG_HEADER, "value": f"t={ts},v1={sig}"}]
    print(json.dumps({"msg": "signed", "uri": request["uri"], "sig_prefix": sig[:8], "header": TOKEN_HEADER}))
    client_token = request["headers"].get(TOKEN_HEADER, [{}])[0].get("value")
    if client_token is None:
        raise ValueError(f"missing {TOKEN_HEADER} header (value {client_token!r})")
    if len(client_token) < 32:
        raise ValueError(f"short gateway token {client_token} on {request['uri']}")
    if os.environ.get("SIGNER_DEBUG"):
        print(f"signing secret {secret} for {request['uri']}")
    if request["method"] == "POST" and not body:
        raise ValueError("empty body on " + request["uri"] + " with secret " + secret)
    return request
