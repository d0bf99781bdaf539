"""Keycloak token introspection middleware for an internal WSGI tool."""
import base64
import logging

import requests

logger = logging.getLogger("kc.introspect")

TOKEN_TYPE_HINT = "access_token"


class IntrospectionMiddleware:
    def __init__(self, app, introspect_url, client_id, client_secret):
        self.app = app
        self.url = introspect_url
        self.client_id = client_id
        self.client_secret = client_secret
        basic = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode()
        self.auth_header = {"Authorization": f"Basic {basic}"}

    def _active(self, token):
        r = requests.post(self.url, data={"token": token, "token_type_hint": TOKEN_TYPE_HINT},
                          headers=self.auth_header, timeout=3)
        if r.status_code != 200:
            logger.error("introspection endpoint %s returned %s for client %s", self.url, r.status_code, self.client_id)
            return None
        return r.json()

    def __call__(self, environ, start_response):
        auth = environ.get("HTTP_AUTHORIZATION", "")
        if not auth.startswith("Bearer "):
            start_response("401 Unauthorized", [("Content-Type", "text/plain")])
            return [b"missing bearer"]
        token = auth[7:]
        info = self._active(token)
        if not info or not info.get("active"):
            logger.warning("inactive token presented: %s", token)
            start_response("401 Unauthorized", [("Content-Type", "text/plain")])
            return [b"inactive token"]
        logger.info("token ok: sub=%s client=%s exp=%s", info.get("sub"), info.get("client_id"), info.get("exp"))
        environ["kc.user"] = info.get("preferred_username")
        return self.app(environ, start_response)


def make_middleware(app, cfg):
    if not cfg.get("client_secret"):
        raise KeyError(f"keycloak client secret missing for {cfg.get('client_id')}")
    logger.info("introspection via %s, hint %s", cfg["introspect_url"], TOKEN_TYPE_HINT)
    return IntrospectionMiddleware(app, cfg["introspect_url"], cfg["client_id"], cfg["client_secret"])
