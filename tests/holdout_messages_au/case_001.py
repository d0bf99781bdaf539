"""GitHub App: runs a ModelRed probe scan when a PR touches prompts/ and reports a check run."""
import hashlib
import hmac
import logging
import os
import time

import jwt
import requests
from flask import Flask, abort, request
from modelred import APIError, ModelRed

log = logging.getLogger("redcheck.app")
app = Flask(__name__)

APP_ID = os.environ["GITHUB_APP_ID"]
PRIVATE_KEY_PATH = os.environ.get("GITHUB_APP_PRIVATE_KEY_PATH", "/etc/redcheck/app.pem")
WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()


class GitHubAppAuth:
    def __init__(self, app_id: str, pem_path: str):
        self.app_id = app_id
        with open(pem_path, "rb") as fh:
            self.private_key = fh.read()
        log.info("loaded app key for app %s from %s", self.app_id, pem_path)

    def app_jwt(self) -> str:
        now = int(time.time())
        return jwt.encode({"iat": now - 60, "exp": now + 540, "iss": self.app_id}, self.private_key, algorithm="RS256")

    def installation_token(self, installation_id: int) -> str:
        resp = requests.post(
            f"https://api.github.com/app/installations/{installation_id}/access_tokens",
            headers={"Authorization": f"Bearer {self.app_jwt()}", "Accept": "application/vnd.github+json"},
            timeout=10,
        )
        if resp.status_code != 201:
            log.error("token exchange for %s failed: %s %s", installation_id, resp.status_code, resp.text)
            resp.raise_for_status()
        data = resp.json()
        token = data["token"]
        log.debug("installation %s token expires at %s", installation_id, data["expires_at"])
        log.debug("minted installation token %s", token)
        return token


auth = GitHubAppAuth(APP_ID, PRIVATE_KEY_PATH)
mr_client = ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0)


@app.post("/webhook")
def webhook():
    body = request.get_data()
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Hub-Signature-256", "")):
        abort(401)
    event = request.get_json()
    repo = event["repository"]["full_name"]
    token = auth.installation_token(event["installation"]["id"])
    gh = {"Authorization": f"token {token}", "Accept": "application/vnd.github+json"}
    check_url = f"https://api.github.com/repos/{repo}/check-runs"
    try:
        run = mr_client.create_assessment(model_id=repo.replace("/", "-"), probe_pack_ids=["prompt-injection"])
    except APIError as e:
        log.warning("modelred rejected scan for %s: %s", repo, e)
        requests.post(check_url, headers=gh, json={"name": "redcheck", "head_sha": event["pull_request"]["head"]["sha"], "conclusion": "failure", "output": {"title": "ModelRed", "summary": f"Scan failed: {e}"}}, timeout=10)
        return "", 202
    log.info("queued %s for %s with headers %s", run["id"], repo, gh)
    return {"assessment": run["id"]}, 202
