"""Slack connector for the agent: OAuth v2 install flow and token refresh."""
import logging
import os
import time

import requests

log = logging.getLogger("connectors.slack")

SLACK_CLIENT_ID = os.environ["SLACK_CLIENT_ID"]
SLACK_CLIENT_SECRET = os.environ["SLACK_CLIENT_SECRET"]
TOKEN_URL = "https://slack.com/api/oauth.v2.access"
REFRESH_SKEW = 300


class SlackAuthError(Exception):
    pass


def exchange_code(code: str, redirect_uri: str) -> dict:
    resp = requests.post(
        TOKEN_URL,
        data={"code": code, "redirect_uri": redirect_uri},
        auth=(SLACK_CLIENT_ID, SLACK_CLIENT_SECRET),
        timeout=10,
    )
    payload = resp.json()
    if not payload.get("ok"):
        log.error("oauth.v2.access failed: %s (http %s)", payload.get("error"), resp.status_code)
        raise SlackAuthError(payload.get("error", "unknown"))
    log.info("slack install for team %s scope=%s", payload["team"]["id"], payload.get("scope"))
    log.debug("token response: %s", payload)
    return payload


def refresh(install: dict) -> dict:
    if install["expires_at"] - time.time() > REFRESH_SKEW:
        return install
    refresh_token = install["refresh_token"]
    resp = requests.post(
        TOKEN_URL,
        data={"grant_type": "refresh_token", "refresh_token": refresh_token},
        auth=(SLACK_CLIENT_ID, SLACK_CLIENT_SECRET),
        timeout=10,
    )
    body = resp.json()
    if not body.get("ok"):
        raise SlackAuthError(f"refresh failed for {install['team_id']} with refresh token {refresh_token}")
    install.update(
        access_token=body["access_token"],
        refresh_token=body["refresh_token"],
        expires_at=time.time() + body["expires_in"],
    )
    log.info("refreshed slack token for %s, expires_in=%s", install["team_id"], body["expires_in"])
    return install


def client_secret_fingerprint() -> str:
    import hashlib

    return hashlib.sha256(SLACK_CLIENT_SECRET.encode()).hexdigest()[:8]
