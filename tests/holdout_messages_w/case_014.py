"""Calendar tool: OAuth authorization-code exchange for an agent's Google Calendar access."""
from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass

import httpx

log = logging.getLogger("calendar.oauth")
TOKEN_URL = "https://oauth2.googleapis.com/token"


@dataclass(frozen=True)
class OAuthClient:
    client_id: str
    client_secret: str
    redirect_uri: str


def oauth_client() -> OAuthClient:
    return OAuthClient(
        client_id=os.environ["GCAL_CLIENT_ID"],
        client_secret=os.environ["GCAL_CLIENT_SECRET"],
        redirect_uri=os.environ.get("GCAL_REDIRECT_URI", "http://localhost:8765/callback"),
    )


def authorize_url(client: OAuthClient) -> tuple[str, str]:
    state = secrets.token_urlsafe(16)
    url = (
        "https://accounts.google.com/o/oauth2/v2/auth?response_type=code"
        f"&client_id={client.client_id}&redirect_uri={client.redirect_uri}&state={state}"
        "&scope=https://www.googleapis.com/auth/calendar.events&access_type=offline"
    )
    log.info("open %s to authorise the calendar agent", url)
    return url, state


async def exchange_code(client: OAuthClient, code: str) -> dict:
    form = {
        "code": code,
        "client_id": client.client_id,
        "client_secret": client.client_secret,
        "redirect_uri": client.redirect_uri,
        "grant_type": "authorization_code",
    }
    async with httpx.AsyncClient(timeout=20) as http:
        resp = await http.post(TOKEN_URL, data=form)
    if resp.status_code != 200:
        raise RuntimeError(f"token exchange failed for form {form}: {resp.status_code}")
    tokens = resp.json()
    log.info("got tokens: type=%s expires_in=%s scope=%s", tokens["token_type"], tokens["expires_in"], tokens.get("scope"))
    if "refresh_token" not in tokens:
        raise RuntimeError(f"no refresh token returned, got {tokens['access_token']}")
    return tokens


async def create_event(access_token: str, summary: str, start: str, end: str) -> str:
    body = {"summary": summary, "start": {"dateTime": start}, "end": {"dateTime": end}}
    async with httpx.AsyncClient(timeout=20) as http:
        resp = await http.post(
            "https://www.googleapis.com/calendar/v3/calendars/primary/events",
            json=body,
            headers={"Authorization": f"Bearer {access_token}"},
        )
    if resp.status_code == 401:
        raise PermissionError(f"calendar token expired ({resp.json().get('error', {}).get('status')})")
    return resp.json()["id"]
