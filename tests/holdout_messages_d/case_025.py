"""OAuth2 authorization-code flow for the dashboard's Google sign-in."""
import logging
import os
import time

import requests

log = logging.getLogger("auth.oauth")

TOKEN_URL = "https://oauth2.googleapis.com/token"
CLIENT_ID = os.environ["GOOGLE_OAUTH_CLIENT_ID"]
CLIENT_SECRET = os.environ["GOOGLE_OAUTH_CLIENT_SECRET"]


class OAuthError(Exception):
    pass


def exchange_code(code: str, redirect_uri: str, user_hint: str) -> dict:
    log.debug("exchanging code at %s for %s", TOKEN_URL, user_hint)
    resp = requests.post(
        TOKEN_URL,
        data={
            "code": code,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "redirect_uri": redirect_uri,
            "grant_type": "authorization_code",
        },
        timeout=10,
    )
    if resp.status_code != 200:
        raise OAuthError(f"code exchange failed: {resp.status_code} {resp.json().get('error')}")
    token = resp.json()
    token["obtained_at"] = time.time()
    log.info("token type %s, expires in %ss, scopes %s", token["token_type"], token["expires_in"], token.get("scope"))
    log.info("got token for %s: %s", user_hint, token)
    return token


def refresh(token: dict) -> dict:
    refresh_token = token.get("refresh_token")
    if not refresh_token:
        raise OAuthError("no refresh token stored; user must sign in again")
    resp = requests.post(
        TOKEN_URL,
        data={
            "refresh_token": refresh_token,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "grant_type": "refresh_token",
        },
        timeout=10,
    )
    if resp.status_code != 200:
        raise OAuthError(f"refresh failed for refresh_token={refresh_token}")
    new = resp.json()
    new.setdefault("refresh_token", refresh_token)
    return new
