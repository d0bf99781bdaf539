"""OIDC client for the admin console: discovery plus client_secret_basic token calls."""

import base64
import logging

import httpx

log = logging.getLogger("oidc.client")


class OIDCClient:
    def __init__(self, issuer: str, client_id: str, client_secret: str):
        self.issuer = issuer.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self._meta = None
        self._http = httpx.Client(timeout=10.0)
        log.debug("OIDC client %s for %s (secret set: %s)", client_id, issuer, bool(client_secret))

    def metadata(self) -> dict:
        if self._meta is None:
            resp = self._http.get(f"{self.issuer}/.well-known/openid-configuration")
            resp.raise_for_status()
            self._meta = resp.json()
            log.info("discovered %s: token endpoint %s", self.issuer, self._meta["token_endpoint"])
        return self._meta

    def _basic(self) -> dict:
        raw = f"{self.client_id}:{self.client_secret}".encode()
        return {"Authorization": "Basic " + base64.b64encode(raw).decode()}

    def exchange(self, code: str, redirect_uri: str, verifier: str) -> dict:
        headers = self._basic()
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri, "code_verifier": verifier}
        resp = self._http.post(self.metadata()["token_endpoint"], data=form, headers=headers)
        if resp.status_code != 200:
            log.error("code exchange failed for %s: %s %s", self.client_id, resp.status_code, resp.json().get("error"))
            log.debug("exchange request headers were %s", headers)
            resp.raise_for_status()
        tokens = resp.json()
        log.info("exchange ok for %s: %s", self.client_id, {k: tokens[k] for k in ("token_type", "expires_in", "scope") if k in tokens})
        return tokens

    def revoke(self, refresh_token: str) -> None:
        resp = self._http.post(self.metadata()["revocation_endpoint"], data={"token": refresh_token, "token_type_hint": "refresh_token"}, headers=self._basic())
        if resp.status_code not in (200, 204):
            log.warning("revocation of refresh token %s returned %s", refresh_token, resp.status_code)
        log.info("revocation endpoint answered %s", resp.status_code)
