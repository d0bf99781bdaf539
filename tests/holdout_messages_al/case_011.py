"""Donor CRM enrichment: Salesforce NPSP contacts get an LLM-written engagement note."""
import os
import logging

import requests

log = logging.getLogger("npsp.enrich")


class NpspClient:
    def __init__(self, instance_url: str, access_token: str, api_version: str = "v60.0"):
        self.instance_url = instance_url.rstrip("/")
        self.access_token = access_token
        self.api_version = api_version
        self.session = requests.Session()
        log.debug("npsp client for %s (api %s)", self.instance_url, api_version)
        self.session.headers.update({"Authorization": f"Bearer {access_token}"})

    def __repr__(self):
        return f"NpspClient({self.instance_url!r}, api={self.api_version})"

    def patch_contact(self, contact_id: str, note: str):
        url = f"{self.instance_url}/services/data/{self.api_version}/sobjects/Contact/{contact_id}"
        r = self.session.patch(url, json={"Engagement_Note__c": note}, timeout=20)
        if r.status_code == 401:
            raise PermissionError(f"Salesforce rejected access token {self.access_token} for {contact_id}")
        if not r.ok:
            raise RuntimeError(f"patch {contact_id} failed: {r.status_code} {r.text[:200]}")
        log.debug("patched %s via %r", contact_id, self)


def oauth_login() -> NpspClient:
    resp = requests.post("https://login.salesforce.com/services/oauth2/token", data={
        "grant_type": "client_credentials",
        "client_id": os.environ["SF_CLIENT_ID"],
        "client_secret": os.environ["SF_CLIENT_SECRET"],
    }, timeout=20)
    tok = resp.json()
    log.info("oauth ok: instance=%s token_type=%s issued_at=%s", tok["instance_url"], tok["token_type"], tok.get("issued_at"))
    log.debug("oauth response: %s", tok)
    return NpspClient(tok["instance_url"], tok["access_token"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    c = oauth_login()
    c.patch_contact("0035g00000XyZAbC", "Long-time monthly donor; invite to volunteer gala.")
