"""Sign in with Apple: client-secret JWT and authorization-code exchange."""
import logging
import time

import jwt
import requests
from django.conf import settings
from django.http import JsonResponse

log = logging.getLogger("auth.apple")

TOKEN_URL = "https://appleid.apple.com/auth/token"


def client_secret() -> str:
    now = int(time.time())
    claims = {"iss": settings.APPLE_TEAM_ID, "iat": now, "exp": now + 86400 * 30,
              "aud": "https://appleid.apple.com", "sub": settings.APPLE_CLIENT_ID}
    return jwt.encode(claims, settings.APPLE_PRIVATE_KEY, algorithm="ES256",
                      headers={"kid": settings.APPLE_KEY_ID})


def exchange_code(request):
    code = request.POST["code"]
    secret = client_secret()
    data = {"client_id": settings.APPLE_CLIENT_ID, "client_secret": secret,
            "code": code, "grant_type": "authorization_code"}
    r = requests.post(TOKEN_URL, data=data, timeout=10)
    if r.status_code != 200:
        log.error("apple token exchange failed %s: %s", r.status_code, r.json().get("error"))
        log.debug("exchange form was %s", data)
        return JsonResponse({"error": "sign-in failed"}, status=400)
    tokens = r.json()
    log.info("apple sign-in ok, token_type=%s expires_in=%s", tokens["token_type"], tokens["expires_in"])
    refresh = tokens.get("refresh_token")
    log.info("stored apple refresh token %s for client %s", refresh, settings.APPLE_CLIENT_ID)
    claims = jwt.decode(tokens["id_token"], options={"verify_signature": False})
    return JsonResponse({"sub": claims["sub"], "email": claims.get("email")})


def revoke(refresh_token: str):
    r = requests.post("https://appleid.apple.com/auth/revoke",
                      data={"client_id": settings.APPLE_CLIENT_ID, "client_secret": client_secret(),
                            "token": refresh_token, "token_type_hint": "refresh_token"}, timeout=10)
    if r.status_code != 200:
        raise RuntimeError(f"revoke failed for token {refresh_token}: HTTP {r.status_code}")
    log.info("revoked token ending %s", refresh_token[-4:])


def settings_report() -> dict:
    return {"team": settings.APPLE_TEAM_ID, "key_id": settings.APPLE_KEY_ID,
            "private_key_loaded": bool(getattr(settings, "APPLE_PRIVATE_KEY", None))}
