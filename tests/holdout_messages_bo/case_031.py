"""Sign in with Apple for the iOS app: code exchange and client-secret JWT (plain functions)."""
import logging
import time

import jwt
import requests

from config import APPLE

log = logging.getLogger("auth.apple")

TOKEN_URL = "https://appleid.apple.com/auth/token"


def client_secret() -> str:
    now = int(time.time())
    return jwt.encode({"iss": APPLE["team_id"], "iat": now, "exp": now + 3600,
                       "aud": "https://appleid.apple.com", "sub": APPLE["service_id"]},
                      APPLE["private_key"], algorithm="ES256", headers={"kid": APPLE["key_id"]})


def exchange(code: str) -> dict:
    secret = client_secret()
    form = {"client_id": APPLE["service_id"], "client_secret": secret, "code": code,
            "grant_type": "authorization_code"}
    log.info("exchanging code for client %s", APPLE["service_id"])
    r = requests.post(TOKEN_URL, data=form, timeout=10)
    if r.status_code == 400 and r.json().get("error") == "invalid_client":
        log.error("apple rejected client secret %s", secret)
        raise PermissionError("invalid_client from Apple")
    r.raise_for_status()
    tokens = r.json()
    log.info("apple tokens: type=%s expires_in=%s", tokens.get("token_type"), tokens.get("expires_in"))
    return tokens


def user_from_tokens(tokens: dict) -> dict:
    claims = jwt.decode(tokens["id_token"], options={"verify_signature": False})
    log.info("apple user %s email_verified=%s", claims.get("sub"), claims.get("email_verified"))
    if "refresh_token" not in tokens:
        raise KeyError("Apple response has no refresh_token field")
    log.debug("apple token response %s", tokens)
    return {"apple_sub": claims.get("sub"), "refresh_token": tokens["refresh_token"]}


def revoke(refresh_token: str) -> None:
    r = requests.post("https://appleid.apple.com/auth/revoke",
                      data={"client_id": APPLE["service_id"], "client_secret": client_secret(),
                            "token": refresh_token, "token_type_hint": "refresh_token"}, timeout=10)
    if r.status_code != 200:
        raise RuntimeError(f"revoke failed for {refresh_token}: {r.status_code}")
    log.info("revoked (len %d)", len(refresh_token))
