# aps_token_probe.py -- quick check that our Autodesk Platform Services app works
# and that the BIM summariser model is registered in ModelRed. Run by hand.
import asyncio
import base64
import os
import sys

import requests
from modelred import ModelRed, ModelRedError

APS_AUTH_URL = "https://developer.api.autodesk.com/authentication/v2/token"
APS_SCOPES = "data:read viewables:read"

client_id = os.environ["APS_CLIENT_ID"]
client_secret = os.environ["APS_CLIENT_SECRET"]
print(f"APS client id: {client_id}")
print(f"APS secret set: {bool(client_secret)}")

basic = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode()
resp = requests.post(
    APS_AUTH_URL,
    headers={"Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded"},
    data={"grant_type": "client_credentials", "scope": APS_SCOPES},
    timeout=20,
)
if resp.status_code != 200:
    print(f"token request failed {resp.status_code}: {resp.text}", file=sys.stderr)
    sys.exit(1)

tok = resp.json()
aps_token = tok["access_token"]
print(f"token type {tok['token_type']}, expires in {tok['expires_in']}s")
print("access token:", aps_token)
print("client secret was", client_secret)


async def check_model():
    async with ModelRed() as mr:
        try:
            model = await mr.get_model("bim-summariser-v2")
            print("registered:", model.get("status"))
        except ModelRedError as exc:
            print("ModelRed lookup failed:", type(exc).__name__, file=sys.stderr)


asyncio.run(check_model())
print("MODELRED_API_KEY present:", "MODELRED_API_KEY" in os.environ)
