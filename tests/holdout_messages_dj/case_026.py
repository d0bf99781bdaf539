"""Service-to-service JWT minting for calling the internal LLM gateway."""
import logging
import os
import time
import uuid

import jwt

logger = logging.getLogger("gw.jwt")
ISSUER = "eval-runner"
AUDIENCE = "llm-gateway"
JWT_SECRET_SETTING = "GATEWAY_JWT_SECRET"


class Minter:
    def __init__(self, secret=None, ttl=300):
        self._secret = secret or os.environ[JWT_SECRET_SETTING]
        self.ttl = ttl
        logger.info("minter iss=%s aud=%s ttl=%d", ISSUER, AUDIENCE, ttl)

    def mint(self, subject, scopes=("chat",)):
        now = int(time.time())
        claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": subject, "iat": now,
                  "exp": now + self.ttl, "jti": uuid.uuid4().hex, "scope": " ".join(scopes)}
        token = jwt.encode(claims, self._secret, algorithm="HS256")
        logger.debug("minted claims %s", claims)
        return token

    def headers(self, subject):
        return {"Authorization": f"Bearer {self.mint(subject)}"}


def call_gateway(http, subject, payload):
    m = Minter()
    hdrs = m.headers(subject)
    resp = http.post("https://gateway.internal/v1/chat", json=payload, headers=hdrs)
    logger.info("gateway %s for %s", resp.status_code, subject)
    if resp.status_code == 401:
        logger.error("gateway refused headers %s", hdrs)
        raise PermissionError(f"gateway refused {subject}: {resp.json().get('error')}")
    return resp.json()


def check_secret_strength():
    secret = os.environ.get(JWT_SECRET_SETTING, "")
    if len(secret) < 32:
        raise ValueError(f"{JWT_SECRET_SETTING} too short ({len(secret)} chars)")
    logger.info("%s length ok", JWT_SECRET_SETTING)
