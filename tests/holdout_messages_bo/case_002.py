# apns_send.py - terse script: send an APNs alert after a nightly red-team run
import os
import sys
import time

import httpx
import jwt
from modelred import ModelRed, APIError

TEAM_ID = os.environ["APNS_TEAM_ID"]
KEY_ID = os.environ["APNS_KEY_ID"]
P8_PATH = os.environ.get("APNS_P8_PATH", "AuthKey.p8")
BUNDLE = "com.example.chatbuddy"
DEVICE = sys.argv[1]

with open(P8_PATH) as fh:
    signing_key = fh.read()

provider_token = jwt.encode(
    {"iss": TEAM_ID, "iat": int(time.time())},
    signing_key,
    algorithm="ES256",
    headers={"kid": KEY_ID},
)
print(f"apns team={TEAM_ID} kid={KEY_ID}")
print(f"provider token: {provider_token}")

mr_key = os.environ["MODELRED_API_KEY"]
with ModelRed(mr_key, timeout=30.0) as client:
    try:
        page = client.list_assessments()
    except APIError as exc:
        print("modelred error", type(exc).__name__, file=sys.stderr)
        sys.exit(2)

latest = page["data"][0] if page.get("data") else {}
status = latest.get("status", "unknown")

headers = {
    "authorization": f"bearer {provider_token}",
    "apns-topic": BUNDLE,
    "apns-push-type": "alert",
}
payload = {"aps": {"alert": {"title": "Red-team run", "body": f"status: {status}"}}}

with httpx.Client(http2=True) as http:
    resp = http.post(f"https://api.push.apple.com/3/device/{DEVICE}", json=payload, headers=headers)

if resp.status_code != 200:
    print(f"apns rejected: {resp.status_code} {resp.text}", file=sys.stderr)
    print("request headers:", headers, file=sys.stderr)
    sys.exit(1)

print("apns-id", resp.headers.get("apns-id"))
print("apns topic", headers["apns-topic"])
