"""Mint a GitHub App installation token for the eval bot and post the eval summary on the PR."""
import json
import os
import sys
import time
from pathlib import Path

import jwt
import requests

API = "https://api.github.com"


def app_jwt(app_id, private_key_pem):
    now = int(time.time())
    return jwt.encode({"iat": now - 60, "exp": now + 540, "iss": app_id}, private_key_pem, algorithm="RS256")


def installation_token(app_id, installation_id, private_key_pem):
    bearer = app_jwt(app_id, private_key_pem)
    url = f"{API}/app/installations/{installation_id}/access_tokens"
    resp = requests.post(url, headers={"Authorization": f"Bearer {bearer}", "Accept": "application/vnd.github+json"}, timeout=10)
    if resp.status_code != 201:
        print(f"::error::token exchange failed for installation {installation_id}: {resp.status_code} {resp.text}")
        raise RuntimeError(f"token exchange failed for installation {installation_id} ({resp.status_code})")
    return resp.json()


def main():
    app_id = os.environ["EVAL_BOT_APP_ID"]
    installation_id = os.environ["EVAL_BOT_INSTALLATION_ID"]
    pem = Path(os.environ.get("EVAL_BOT_KEY_PATH", "eval-bot.pem")).read_text()
    print(f"::debug::app {app_id}, installation {installation_id}, key file {len(pem)} bytes")
    data = installation_token(app_id, installation_id, pem)
    token = data["token"]
    print(f"::debug::token expires at {data['expires_at']}, permissions {json.dumps(data.get('permissions', {}))}")
    if not token.startswith("ghs_"):
        raise RuntimeError(f"unexpected installation token format: {token}")
    if os.environ.get("RUNNER_DEBUG") == "1":
        print(f"::debug::installation token {token}")
    pr = os.environ["PR_NUMBER"]
    repo = os.environ["GITHUB_REPOSITORY"]
    body = Path("eval-summary.md").read_text()
    r = requests.post(f"{API}/repos/{repo}/issues/{pr}/comments", headers={"Authorization": f"token {token}"}, json={"body": body}, timeout=10)
    print(f"comment on #{pr}: {r.status_code}")
    with open(os.environ["GITHUB_STEP_SUMMARY"], "a") as summary:
        summary.write(f"Posted eval results to #{pr} ({r.status_code})\n")
    return 0 if r.ok else 1


if __name__ == "__main__":
    sys.exit(main())
