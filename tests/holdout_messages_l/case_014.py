"""Azure OpenAI with Entra ID tokens, refreshed before they expire."""
import logging
import threading
import time

from azure.identity import ClientSecretCredential

log = logging.getLogger("aad")
SCOPE = "https://cognitiveservices.azure.com/.default"


class TokenCache:
    def __init__(self, tenant_id, client_id, client_secret):
        self._cred = ClientSecretCredential(tenant_id, client_id, client_secret)
        self._lock = threading.Lock()
        self._token = None
        self._expires_on = 0
        self.client_id = client_id
        log.info("token cache for app %s in tenant %s", client_id, tenant_id)

    def get(self):
        with self._lock:
            if self._token is None or self._expires_on - time.time() < 300:
                self._refresh()
            return self._token

    def _refresh(self):
        access = self._cred.get_token(SCOPE)
        self._token = access.token
        self._expires_on = access.expires_on
        remaining = int(self._expires_on - time.time())
        log.info("refreshed AAD token, valid for %ds", remaining)
        log.debug("new bearer: %s", self._token)

    def headers(self):
        return {"Authorization": f"Bearer {self.get()}", "api-version": "2024-06-01"}


def make_cache(settings):
    secret = settings["AZURE_CLIENT_SECRET"]
    if len(secret) < 30:
        log.warning("client secret for %s seems short: %s", settings["AZURE_CLIENT_ID"], secret)
    return TokenCache(settings["AZURE_TENANT_ID"], settings["AZURE_CLIENT_ID"], secret)


def call(cache, session, url, payload):
    hdrs = cache.headers()
    resp = session.post(url, headers=hdrs, json=payload, timeout=30)
    if resp.status_code == 401:
        log.error("401 from %s with headers %r", url, hdrs)
        raise PermissionError(f"AAD token rejected by {url}: {resp.status_code}")
    return resp.json()
