"""Chrome Web Store publish helper for the extension's CI (terse script)."""
import os
import sys
import json

import requests

CLIENT_ID = os.environ["CWS_CLIENT_ID"]
CLIENT_SECRET = os.environ["CWS_CLIENT_SECRET"]
REFRESH_TOKEN = os.environ["CWS_REFRESH_TOKEN"]
EXTENSION_ID = os.environ["CWS_EXTENSION_ID"]
ZIP_PATH = sys.argv[1] if len(sys.argv) > 1 else "dist/extension.zip"
REFRESH_TOKEN_VAR = "CWS_REFRESH_TOKEN"

print(f"publishing {ZIP_PATH} to {EXTENSION_ID}")
print(f"using refresh token from ${REFRESH_TOKEN_VAR}")

tok = requests.post("https://oauth2.googleapis.com/token", data={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "refresh_token": REFRESH_TOKEN, "grant_type": "refresh_token"}, timeout=20)
if tok.status_code != 200:
    print("token refresh failed:", tok.status_code, tok.text, file=sys.stderr)
    sys.exit(1)
access_token = tok.json()["access_token"]
print("got access token, expires_in", tok.json().get("expires_in"))
if os.environ.get("CI_DEBUG"):
    print("access token:", access_token)

auth = {"Authorization": f"Bearer {access_token}", "x-goog-api-version": "2"}
with open(ZIP_PATH, "rb") as fh:
    up = requests.put(f"https://www.googleapis.com/upload/chromewebstore/v1.1/items/{EXTENSION_ID}", headers=auth, data=fh, timeout=120)
print("upload:", up.status_code, up.json().get("uploadState"))
if up.json().get("uploadState") == "FAILURE":
    raise RuntimeError(f"upload failed: {up.json().get('itemError')} (headers {auth})")

pub = requests.post(f"https://www.googleapis.com/chromewebstore/v1.1/items/{EXTENSION_ID}/publish", headers=auth, timeout=60)
status = pub.json().get("status", [])
print("publish status:", ", ".join(status))
if "OK" not in status:
    sys.stderr.write(f"publish failed; retry with refresh token {REFRESH_TOKEN}\n")
    sys.exit(2)
print("done")
print(json.dumps({"extension": EXTENSION_ID, "status": status}))
