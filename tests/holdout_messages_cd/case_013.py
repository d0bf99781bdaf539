#!/usr/bin/env python
"""One-off: rotate the Kraken API key stored in AWS Secrets Manager and smoke-test it."""
import base64
import hashlib
import hmac
import json
import sys
import time
import urllib.parse

import boto3
import requests

SECRET_ID = "trading/kraken/api"
sm = boto3.client("secretsmanager", region_name="eu-west-1")

current = json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])
print(f"secret {SECRET_ID} has fields {list(current)}")

new_key = sys.argv[1]
new_secret = sys.argv[2]
print("rotating to new key", new_key)


def kraken_private(path, key, secret_b64, data):
    data["nonce"] = str(int(time.time() * 1000))
    post = urllib.parse.urlencode(data)
    msg = path.encode() + hashlib.sha256((data["nonce"] + post).encode()).digest()
    sig = base64.b64encode(hmac.new(base64.b64decode(secret_b64), msg, hashlib.sha512).digest())
    return requests.post("https://api.kraken.com" + path, data=data,
                         headers={"API-Key": key, "API-Sign": sig.decode()}, timeout=10)


resp = kraken_private("/0/private/Balance", new_key, new_secret, {})
errors = resp.json().get("error", [])
if errors:
    print("kraken said:", errors, file=sys.stderr)
    raise SystemExit(f"new key failed smoke test: {errors}")

sm.put_secret_value(SecretId=SECRET_ID, SecretString=json.dumps({"key": new_key, "secret": new_secret}))
old_tail = current.get("key", "")[-4:]
print(f"rotated: ...{old_tail} -> ...{new_key[-4:]}")
if "--verbose" in sys.argv:
    sys.stderr.write(f"stored secret string: {json.dumps({'key': new_key, 'secret': new_secret})}\n")
print("done; balance currencies:", sorted(resp.json().get("result", {})))
