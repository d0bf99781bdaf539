"""OAuth2 client-credentials token for the partner LLM API."""
import logging
import time

import requests

log = logging.getLogger("partner.auth")


class TokenProvider:
    def __init__(self, token_url, client_id, client_secret, scope="llm.invoke"):
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self._access_token = None
        self._expires_at = 0.0

    def _fetch(self):
        form = {"grant_type": "client_credentials", "client_id": self.client_id,
                "client_secret": self.client_secret, "scope": self.scope}
        resp = requests.post(self.token_url, data=form, timeout=15)
        if resp.status_code != 200:
            log.error("token endpoint %s -> %s: %s", self.token_url, resp.status_code, resp.text)
            log.debug("form sent: %s", form)
            raise RuntimeError(f"token request failed ({resp.status_code})")
        data = resp.json()
        log.info("got %s token, expires_in=%s, scope=%s", data.get("token_type"), data.get("expires_in"),
                 data.get("scope"))
        return data

    def token(self):
        if self._access_token is None or time.time() > self._expires_at - 60:
            data = self._fetch()
            self._access_token = data["access_token"]
            self._expires_at = time.time() + int(data.get("expires_in", 3600))
            log.debug("access token %s cached until %.0f", self._access_token, self._expires_at)
        return self._access_token

    def invalidate(self, reason):
        log.info("dropping cached token for %s: %s", self.client_id, reason)
        self._access_token = None


def auth_header(provider):
    tok = provider.token()
    if tok.count(".") != 2:
        raise ValueError("expected a JWT access token, got: {}".format(tok))
    return {"Authorization": f"Bearer {tok}"}
