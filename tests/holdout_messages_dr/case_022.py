"""Quart app calling Azure OpenAI with an Entra ID token refreshed by a background task."""
import asyncio
import os
import time

import httpx
from quart import Quart, jsonify, request

app = Quart(__name__)
TENANT_ID = os.environ["AZURE_TENANT_ID"]
CLIENT_ID = os.environ["AZURE_CLIENT_ID"]
AZURE_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o")
API_VERSION = "2024-06-01"


class TokenCache:
    def __init__(self):
        self.client_secret = os.environ["AZURE_CLIENT_SECRET"]
        self.access_token = None
        self.expires_at = 0.0

    async def refresh(self, http: httpx.AsyncClient):
        resp = await http.post(
            f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/v2.0/token",
            data={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": self.client_secret, "scope": "https://cognitiveservices.azure.com/.default"},
        )
        if resp.status_code != 200:
            app.logger.error("token endpoint %s for client %s: %s", resp.status_code, CLIENT_ID, resp.text[:200])
            raise RuntimeError("token refresh failed with client secret %s" % self.client_secret)
        body = resp.json()
        self.access_token = body["access_token"]
        self.expires_at = time.time() + body["expires_in"]
        app.logger.info("new %s token, expires in %ss", body["token_type"], body["expires_in"])
        app.logger.debug("access token: %s", self.access_token)


tokens = TokenCache()


async def refresher():
    async with httpx.AsyncClient(timeout=20) as http:
        while True:
            try:
                await tokens.refresh(http)
            except Exception as exc:
                app.logger.warning("refresh failed: %s", type(exc).__name__)
            await asyncio.sleep(max(60, tokens.expires_at - time.time() - 300))


@app.before_serving
async def start_refresher():
    app.add_background_task(refresher)


@app.post("/complete")
async def complete():
    data = await request.get_json()
    url = f"{AZURE_ENDPOINT}/openai/deployments/{DEPLOYMENT}/chat/completions?api-version={API_VERSION}"
    app.logger.info("calling %s", url)
    async with httpx.AsyncClient(timeout=60) as http:
        resp = await http.post(url, headers={"Authorization": f"Bearer {tokens.access_token}"}, json={"messages": data["messages"], "max_tokens": 800})
    return jsonify(resp.json()), resp.status_code
