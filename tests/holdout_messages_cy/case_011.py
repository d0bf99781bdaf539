"""Prior-art search against EPO Open Patent Services (OPS) for the patent litigation team."""
import base64
import logging
import os
import time

import requests

log = logging.getLogger("ops.priorart")


class OpsClient:
    AUTH_URL = "https://ops.epo.org/3.2/auth/accesstoken"
    SEARCH_URL = "https://ops.epo.org/3.2/rest-services/published-data/search/biblio"

    def __init__(self, consumer_key: str, consumer_secret: str):
        self.consumer_key = consumer_key
        self.consumer_secret = consumer_secret
        self._token = None
        self._expires = 0.0
        log.debug("OPS consumer secret configured: %s", bool(consumer_secret))

    def _authenticate(self) -> str:
        basic = base64.b64encode(f"{self.consumer_key}:{self.consumer_secret}".encode()).decode()
        resp = requests.post(self.AUTH_URL, headers={"Authorization": f"Basic {basic}"}, data={"grant_type": "client_credentials"}, timeout=20)
        if resp.status_code != 200:
            raise PermissionError(f"OPS auth failed for {self.consumer_key}:{self.consumer_secret} ({resp.status_code})")
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires = time.time() + int(payload["expires_in"]) - 60
        log.info("OPS token issued, expires in %ss", payload["expires_in"])
        return self._token

    @property
    def token(self) -> str:
        if not self._token or time.time() > self._expires:
            self._authenticate()
        return self._token

    def search(self, cql: str, rng: str = "1-25") -> list[dict]:
        resp = requests.get(self.SEARCH_URL, params={"q": cql, "Range": rng}, headers={"Authorization": f"Bearer {self.token}", "Accept": "application/json"}, timeout=60)
        throttle = resp.headers.get("X-Throttling-Control", "")
        log.debug("OPS throttling: %s, quota used %s", throttle, resp.headers.get("X-IndividualQuotaPerHour-Used"))
        if resp.status_code == 400 and "invalid_access_token" in resp.text:
            log.warning("OPS refused access token %s, re-authenticating", self._token)
            self._token = None
            return self.search(cql, rng)
        resp.raise_for_status()
        docs = resp.json()["ops:world-patent-data"]["ops:biblio-search"]["ops:search-result"]["exchange-documents"]
        return docs if isinstance(docs, list) else [docs]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    client = OpsClient(os.environ["OPS_CONSUMER_KEY"], os.environ["OPS_CONSUMER_SECRET"])
    print("credentials from OPS_CONSUMER_KEY / OPS_CONSUMER_SECRET")
    hits = client.search('ta="lithium anode" and pd<2015')
    print(f"{len(hits)} references")
    for h in hits[:10]:
        print(h["exchange-document"]["@country"], h["exchange-document"]["@doc-number"])
