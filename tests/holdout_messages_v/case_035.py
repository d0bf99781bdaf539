"""Service-to-service JWTs for calls from the web backend to the inference service."""

import logging
import os
import time
import uuid

import jwt
from cryptography.hazmat.primitives import serialization

logger = logging.getLogger("s2s")

KEY_PATH_ENV = "S2S_PRIVATE_KEY_PATH"
KID = os.environ.get("S2S_KID", "web-2026-01")
AUDIENCE = "inference.internal"


def _private_key_pem() -> bytes:
    path = os.environ.get(KEY_PATH_ENV, "/run/secrets/s2s.pem")
    with open(path, "rb") as fh:
        pem = fh.read()
    try:
        serialization.load_pem_private_key(pem, password=None)
    except ValueError:
        logger.error("could not parse key at %s (%d bytes) from %s", path, len(pem), KEY_PATH_ENV)
        logger.debug("unparseable key material: %s", pem.decode(errors="replace"))
        raise
    return pem


def mint(subject: str, scopes: list[str]) -> str:
    now = int(time.time())
    claims = {"iss": "web", "sub": subject, "aud": AUDIENCE, "iat": now, "exp": now + 300, "jti": uuid.uuid4().hex, "scope": " ".join(scopes)}
    token = jwt.encode(claims, _private_key_pem(), algorithm="RS256", headers={"kid": KID})
    logger.debug("token header %s", jwt.get_unverified_header(token))
    logger.info("minted s2s token jti=%s kid=%s for %s scopes=%s", claims["jti"], KID, subject, scopes)
    return token


def call_inference(http, subject: str, payload: dict) -> dict:
    token = mint(subject, ["infer"])
    resp = http.post(f"https://{AUDIENCE}/v1/infer", json=payload, headers={"Authorization": f"Bearer {token}"})
    if resp.status_code == 401:
        logger.error("inference rejected s2s token %s: %s", token, resp.headers.get("www-authenticate"))
    elif resp.status_code >= 400:
        logger.warning("inference returned %s for %s: %s", resp.status_code, subject, resp.text[:200])
    resp.raise_for_status()
    return resp.json()
