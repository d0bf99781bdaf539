"""Connected-car data broker (High Mobility-like): OAuth consent callback + LLM usage insights."""
import logging
import os
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse
from modelred import AsyncModelRed, Unauthorized, APIError

app = FastAPI()
broker_log = logging.getLogger("car_broker")

CLIENT_ID = os.environ["BROKER_CLIENT_ID"]
CLIENT_SECRET = os.environ["BROKER_CLIENT_SECRET"]
REDIRECT_URI = os.environ.get("BROKER_REDIRECT_URI", "https://insights.example/callback")
SCOPES = "vehicle:odometer vehicle:charging"


@app.get("/connect")
def connect():
    qs = urlencode({"client_id": CLIENT_ID, "redirect_uri": REDIRECT_URI, "scope": SCOPES, "response_type": "code"})
    broker_log.info("consent redirect for client %s scopes %s", CLIENT_ID, SCOPES)
    return RedirectResponse(f"https://auth.broker.example/oauth/authorize?{qs}")


@app.get("/callback")
async def callback(code: str, request: Request):
    import httpx
    async with httpx.AsyncClient() as http:
        r = await http.post("https://auth.broker.example/oauth/token", data={"code": code, "grant_type": "authorization_code", "redirect_uri": REDIRECT_URI}, auth=(CLIENT_ID, CLIENT_SECRET))
    if r.status_code != 200:
        broker_log.error("token exchange failed %s: %s", r.status_code, r.text)
        raise HTTPException(502, "could not link vehicle")
    tokens = r.json()
    broker_log.info("linked; token_type=%s expires_in=%s", tokens.get("token_type"), tokens.get("expires_in"))
    broker_log.info("access token for %s: %s", request.client.host, tokens["access_token"])
    return {"linked": True}


@app.post("/insights/audit")
async def audit(request: Request):
    mr_key = request.headers.get("authorization", "").removeprefix("Bearer ")
    async with AsyncModelRed(mr_key) as client:
        try:
            return await client.create_assessment(model_id="usage-insights", probe_pack_ids=["privacy"])
        except Unauthorized:
            raise HTTPException(401, f"ModelRed rejected the key {mr_key}")
        except APIError as exc:
            broker_log.error("ModelRed %s: %s", exc.status_code, exc)
            raise HTTPException(502, "insights audit failed")


if len(CLIENT_SECRET) < 32:
    broker_log.warning("BROKER_CLIENT_SECRET looks short (%d chars)", len(CLIENT_SECRET))
