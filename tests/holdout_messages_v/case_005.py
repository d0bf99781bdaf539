"""OIDC id_token verification with a cached JWKS."""

import logging
import time

import jwt
import requests

log = logging.getLogger("oidc")

JWKS_TTL = 3600


class IdTokenInvalid(Exception):
    pass


class JwksCache:
    def __init__(self, jwks_uri: str, audience: str, issuer: str):
        self.jwks_uri = jwks_uri
        self.audience = audience
        self.issuer = issuer
        self._keys = {}
        self._fetched = 0.0

    def _refresh(self) -> None:
        resp = requests.get(self.jwks_uri, timeout=5)
        resp.raise_for_status()
        self._keys = {k["kid"]: k for k in resp.json()["keys"]}
        self._fetched = time.monotonic()
        log.info("loaded %d signing keys from %s: %s", len(self._keys), self.jwks_uri, sorted(self._keys))

    def key_for(self, kid: str):
        if time.monotonic() - self._fetched > JWKS_TTL or kid not in self._keys:
            self._refresh()
        if kid not in self._keys:
            raise IdTokenInvalid(f"no JWKS key with kid {kid!r}")
        return jwt.algorithms.RSAAlgorithm.from_jwk(self._keys[kid])

    def verify(self, id_token: str) -> dict:
        header = jwt.get_unverified_header(id_token)
        key = self.key_for(header["kid"])
        try:
            claims = jwt.decode(id_token, key=key, algorithms=["RS256"], audience=self.audience, issuer=self.issuer)
        except jwt.ExpiredSignatureError:
            raise IdTokenInvalid(f"id_token expired (alg={header.get('alg')}, kid={header.get('kid')})")
        except jwt.InvalidTokenError as exc:
            raise IdTokenInvalid(f"id_token rejected ({exc}): {id_token}")
        log.debug("verified id_token for sub=%s aud=%s", claims["sub"], claims["aud"])
        return claims
