"""Cortex XDR API client using advanced API-key authentication (nonce + timestamp hash)."""
import hashlib
import logging
import secrets
import string
from datetime import datetime, timezone

import requests

log = logging.getLogger("cortex.xdr")


class XdrClient:
    def __init__(self, fqdn, api_key_id, api_key):
        self.base = f"https://api-{fqdn}/public_api/v1"
        self.api_key_id = api_key_id
        self.api_key = api_key

    def _headers(self):
        nonce = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(64))
        ts = int(datetime.now(timezone.utc).timestamp()) * 1000
        auth = hashlib.sha256(f"{self.api_key}{nonce}{ts}".encode()).hexdigest()
        log.debug("auth for key id %s at %d: %s", self.api_key_id, ts, auth)
        return {"x-xdr-timestamp": str(ts), "x-xdr-nonce": nonce, "x-xdr-auth-id": str(self.api_key_id),
                "Authorization": auth}

    def post(self, path, body):
        r = requests.post(f"{self.base}/{path}", headers=self._headers(), json={"request_data": body}, timeout=30)
        if r.status_code == 401:
            log.error("XDR 401 for key id %s (key %s)", self.api_key_id, self.api_key)
        r.raise_for_status()
        return r.json()["reply"]

    def incidents(self, status="new", limit=50):
        body = {"filters": [{"field": "status", "operator": "eq", "value": status}],
                "search_from": 0, "search_to": limit}
        reply = self.post("incidents/get_incidents", body)
        log.info("%d %s incidents (total %s)", len(reply["incidents"]), status, reply.get("total_count"))
        return reply["incidents"]

    def isolate(self, endpoint_id):
        return self.post("endpoints/isolate", {"endpoint_id": endpoint_id})

    def __repr__(self):
        return f"XdrClient(base={self.base!r}, key_id={self.api_key_id!r})"


if __name__ == "__main__":
    import os
    c = XdrClient(os.environ["XDR_FQDN"], os.environ["XDR_KEY_ID"], os.environ["XDR_KEY"])
    print(c)
    print(len(c.incidents()))
