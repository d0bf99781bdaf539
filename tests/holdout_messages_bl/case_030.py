"""GitHub App webhook receiver (ChatOps): `/redteam` PR comments start ModelRed runs (generation 3)."""
import hashlib
import hmac
import logging
import os
import time

import jwt
import requests
from fastapi import FastAPI, Header, HTTPException, Request
from modelred import ModelRed, ModelRedError, NotAllowedForApiKey

app = FastAPI()
log = logging.getLogger("redteam-app")

WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()
APP_ID = os.environ["GITHUB_APP_ID"]
PRIVATE_KEY = open(os.environ["GITHUB_APP_KEY_PATH"], encoding="utf-8").read()
mr = ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0)


def installation_token(installation_id):
    now = int(time.time())
    app_jwt = jwt.encode({"iat": now - 60, "exp": now + 540, "iss": APP_ID}, PRIVATE_KEY, algorithm="RS256")
    r = requests.post(f"https://api.github.com/app/installations/{installation_id}/access_tokens",
                      headers={"Authorization": f"Bearer {app_jwt}", "Accept": "application/vnd.github+json"}, timeout=10)
    r.raise_for_status()
    data = r.json()
    log.info("installation %s token expires %s", installation_id, data["expires_at"])
    return data["token"]


@app.post("/webhook")
async def webhook(request: Request, x_hub_signature_256: str = Header(...), x_github_event: str = Header(...)):
    raw = await request.body()
    digest = "sha256=" + hmac.new(WEBHOOK_SECRET, raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, x_hub_signature_256):
        log.warning("signature mismatch for %s event, got %s", x_github_event, x_hub_signature_256[:12])
        raise HTTPException(401, "bad signature")
    event = await request.json()
    if x_github_event != "issue_comment" or not event["comment"]["body"].startswith("/redteam"):
        return {"ignored": True}
    token = installation_token(event["installation"]["id"])
    repo = event["repository"]["full_name"]
    number = event["issue"]["number"]
    model_id = event["comment"]["body"].split()[1] if len(event["comment"]["body"].split()) > 1 else repo.split("/")[1]
    try:
        job = mr.create_assessment(model_id=model_id, probe_pack_ids=["prompt-injection"])
        body = f"Red-team run `{job['id']}` started for `{model_id}`."
    except NotAllowedForApiKey:
        body = "This ModelRed key may not start runs; ask #security."
    except ModelRedError as e:
        body = "ModelRed could not start the run; see the app logs."
        log.error("create_assessment failed: %s", e)
    resp = requests.post(f"https://api.github.com/repos/{repo}/issues/{number}/comments",
                         headers={"Authorization": f"token {token}"}, json={"body": body}, timeout=10)
    if resp.status_code >= 300:
        log.error("comment on %s#%s failed with token %s", repo, number, token)
        raise HTTPException(502, f"GitHub said {resp.status_code}: {resp.text[:200]}")
    return {"ok": True}
